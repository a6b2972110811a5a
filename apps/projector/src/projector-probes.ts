import { HttpException, Injectable } from '@nestjs/common';
import type { HealthProbes, ProbeAnswer } from '@recours/observability';
import { Readiness } from '@recours/read-models';

/** /health/live and /health/ready on the projector's metrics port, for the kubelet. */
@Injectable()
export class ProjectorProbes implements HealthProbes {
  constructor(private readonly readiness: Readiness) {}

  async live(): Promise<ProbeAnswer> {
    return { status: 200, body: { status: 'ok' } };
  }

  async ready(): Promise<ProbeAnswer> {
    try {
      return { status: 200, body: await this.readiness.check() };
    } catch (error) {
      if (error instanceof HttpException) return { status: error.getStatus(), body: error.getResponse() };
      throw error;
    }
  }
}
