import { Gauge } from 'prom-client';
import { metricsRegistry } from './metrics-registry';

/** What node-postgres's Pool tells about itself. */
export interface PoolLike {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
  readonly options?: { max?: number };
}

const pools = new Map<PoolLike, string>();

/** Reports this pool's use under `name` at each scrape; returns the way to stop. */
export function watchPool(name: string, pool: PoolLike): () => void {
  pools.set(pool, name);
  return () => pools.delete(pool);
}

/** The pg Pool behind a TypeORM DataSource (PostgresDriver.master), if it has one. */
export function poolOfDataSource(dataSource: { isInitialized?: boolean; driver?: unknown }): PoolLike | undefined {
  const master = (dataSource.driver as { master?: PoolLike } | undefined)?.master;
  return master && typeof master.totalCount === 'number' ? master : undefined;
}

/** Per name: pools of one name (several test applications in one process) add up. */
function byName(): Map<string, { total: number; idle: number; waiting: number; max: number }> {
  const totals = new Map<string, { total: number; idle: number; waiting: number; max: number }>();
  for (const [pool, name] of pools) {
    const t = totals.get(name) ?? { total: 0, idle: 0, waiting: 0, max: 0 };
    t.total += pool.totalCount;
    t.idle += pool.idleCount;
    t.waiting += pool.waitingCount;
    t.max += pool.options?.max ?? 10;
    totals.set(name, t);
  }
  return totals;
}

export const poolConnections = new Gauge({
  name: 'recours_pg_pool_connections',
  help: 'PostgreSQL pool connections by pool and state: total (open), idle, in_use, and waiting (callers queued for a connection).',
  labelNames: ['pool', 'state'],
  registers: [metricsRegistry],
  collect() {
    this.reset();
    for (const [pool, t] of byName()) {
      this.set({ pool, state: 'total' }, t.total);
      this.set({ pool, state: 'idle' }, t.idle);
      this.set({ pool, state: 'in_use' }, t.total - t.idle);
      this.set({ pool, state: 'waiting' }, t.waiting);
    }
  },
});

export const poolMax = new Gauge({
  name: 'recours_pg_pool_max_connections',
  help: 'The most connections a PostgreSQL pool may open, by pool.',
  labelNames: ['pool'],
  registers: [metricsRegistry],
  collect() {
    this.reset();
    for (const [pool, t] of byName()) this.set({ pool }, t.max);
  },
});
