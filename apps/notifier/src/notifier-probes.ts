import { Inject, Injectable } from '@nestjs/common';
import { NOTIFICATIONS_POOL } from '@recours/notifications';
import type { HealthProbes, ProbeAnswer } from '@recours/observability';
import type { Pool } from 'pg';

/** /health/live and /health/ready on the notifier's metrics port, for the kubelet: ready while its database answers. */
@Injectable()
export class NotifierProbes implements HealthProbes {
  constructor(@Inject(NOTIFICATIONS_POOL) private readonly pool: Pool) {}

  async live(): Promise<ProbeAnswer> {
    return { status: 200, body: { status: 'ok' } };
  }

  async ready(): Promise<ProbeAnswer> {
    try {
      await this.pool.query('SELECT 1');
      return { status: 200, body: { status: 'ok' } };
    } catch (error) {
      return { status: 503, body: { status: 'error', database: error instanceof Error ? error.message : String(error) } };
    }
  }
}
