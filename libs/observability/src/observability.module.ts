import { Global, Inject, Logger, Module, type DynamicModule, type InjectionToken, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleDestroy, type Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Draining } from './lifecycle/draining';
import { collectProcessMetrics } from './metrics/metrics-registry';
import { MetricsServer, metricsServerOptionsFrom, type HealthProbes } from './metrics/metrics-server';
import { poolOfDataSource, watchPool, type PoolLike } from './metrics/pool-metrics';
import { stopTracing } from './tracing/start-tracing';

export interface ObservabilityOptions {
  /** The process's name in metrics and traces: api, projector, notifier. */
  service: string;
  /** Health probes served on the metrics port (processes without HTTP of their own), provided by another module. */
  probes?: Type<HealthProbes>;
  /** PostgreSQL pools to report, by name: a pg Pool, a TypeORM DataSource, or an object with a `pool`. */
  pools?: Record<string, InjectionToken>;
}

const OPTIONS = Symbol.for('recours.ObservabilityOptions');

/**
 * Metrics server (METRICS_PORT, METRICS_TOKEN), process metrics, pool gauges and the draining
 * state of one process. The series themselves are defined in ./metrics and fed by hooks in
 * the command path, the event store and the projection runner.
 */
@Global()
@Module({})
export class ObservabilityModule implements OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown {
  private server: MetricsServer | undefined;
  /** The port /metrics listens on, once started (METRICS_PORT=0 picks a free one). */
  metricsPort: number | undefined;
  private readonly unwatch: Array<() => void> = [];
  private readonly logger = new Logger('Observability');

  constructor(
    @Inject(OPTIONS) private readonly options: ObservabilityOptions,
    private readonly moduleRef: ModuleRef,
    private readonly draining: Draining,
  ) {}

  static forRoot(options: ObservabilityOptions): DynamicModule {
    return {
      module: ObservabilityModule,
      providers: [{ provide: OPTIONS, useValue: options }, Draining],
      exports: [Draining],
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    collectProcessMetrics(this.options.service);
    for (const [name, token] of Object.entries(this.options.pools ?? {})) {
      const pool = poolOf(this.moduleRef.get(token, { strict: false }));
      if (pool) this.unwatch.push(watchPool(name, pool));
    }
    const settings = metricsServerOptionsFrom(process.env);
    if (!settings) return;
    const probes = this.options.probes ? this.moduleRef.get(this.options.probes, { strict: false }) : undefined;
    this.server = new MetricsServer({ ...settings, probes });
    const port = (this.metricsPort = await this.server.start());
    this.logger.log(`metrics on http://${settings.host}:${port}/metrics${settings.token ? ' (bearer token required)' : ''}${probes ? ', health on /health/live and /health/ready' : ''}`);
  }

  /** The first step of closing: readiness answers 503 from now on. */
  onModuleDestroy(): void {
    this.draining.start();
  }

  async onApplicationShutdown(): Promise<void> {
    for (const stop of this.unwatch.splice(0)) stop();
    await this.server?.stop();
    await stopTracing(); // the spans still buffered, last
  }
}

function poolOf(value: unknown): PoolLike | undefined {
  if (!value || typeof value !== 'object') return undefined;
  if (typeof (value as PoolLike).totalCount === 'number') return value as PoolLike;
  if ('driver' in value) return poolOfDataSource(value as { driver?: unknown });
  if ('pool' in value) return poolOf((value as { pool: unknown }).pool);
  return undefined;
}
