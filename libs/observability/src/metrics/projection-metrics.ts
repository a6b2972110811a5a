import { Counter, Gauge, Histogram } from 'prom-client';
import { linksToCauses } from '../tracing/trace-context';
import { inSpan } from '../tracing/tracer';
import { STORAGE_BUCKETS } from './buckets';
import { metricsRegistry } from './metrics-registry';

/** How far one projection is behind, as the read models report it. */
export interface ProjectionLagReading {
  projection: string;
  eventsBehind: number;
  /** When the oldest event not applied yet was recorded (undefined: caught up). */
  oldestPendingAt: Date | undefined;
  /** This process holds the projection's lease. */
  runningHere: boolean;
}

export interface ProjectionLagSource {
  lag(): Promise<ProjectionLagReading[]>;
}

const sources = new Set<ProjectionLagSource>();

/** Registers where the lag is read at each scrape; returns the way to unregister. */
export function watchProjectionLag(source: ProjectionLagSource): () => void {
  sources.add(source);
  return () => sources.delete(source);
}

/** Read once per scrape for the three gauges below, not three times. */
let reading: Promise<ProjectionLagReading[]> | undefined;
async function readLag(): Promise<ProjectionLagReading[]> {
  reading ??= Promise.all([...sources].map((s) => s.lag()))
    .then((all) => all.flat())
    .finally(() => setImmediate(() => (reading = undefined)));
  return reading;
}

export const projectionLagEvents = new Gauge({
  name: 'recours_projection_lag_events',
  help: 'Events a projection handles that are in the store but not applied yet (counted up to the lag limit).',
  labelNames: ['projection'],
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    for (const lag of await readLag()) this.set({ projection: lag.projection }, lag.eventsBehind);
  },
});

export const projectionLagSeconds = new Gauge({
  name: 'recours_projection_lag_seconds',
  help: 'Age of the oldest event a projection has not applied yet; 0 when it has caught up.',
  labelNames: ['projection'],
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    const now = Date.now();
    for (const lag of await readLag()) this.set({ projection: lag.projection }, lag.oldestPendingAt ? Math.max(0, (now - lag.oldestPendingAt.getTime()) / 1000) : 0);
  },
});

export const projectionLeading = new Gauge({
  name: 'recours_projection_leading',
  help: '1 when this process holds the projection lease and applies its events, 0 when it stands by.',
  labelNames: ['projection'],
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    for (const lag of await readLag()) this.set({ projection: lag.projection }, lag.runningHere ? 1 : 0);
  },
});

export const projectionEventsApplied = new Counter({
  name: 'recours_projection_events_applied_total',
  help: 'Events applied to the read models by this process, by projection.',
  labelNames: ['projection'],
  registers: [metricsRegistry],
});

export const projectionBatchDuration = new Histogram({
  name: 'recours_projection_batch_duration_seconds',
  help: 'One projection batch: applying its events and moving the checkpoint, in one transaction.',
  labelNames: ['projection'],
  buckets: STORAGE_BUCKETS,
  registers: [metricsRegistry],
});

export const projectionFailures = new Counter({
  name: 'recours_projection_failures_total',
  help: 'Times a projection stopped on an error and started again from its checkpoint, by projection.',
  labelNames: ['projection'],
  registers: [metricsRegistry],
});

export const projectionFailedAttempts = new Gauge({
  name: 'recours_projection_failed_attempts',
  help: 'Attempts in a row that failed on the same events of a projection led by this process (a poison event: retried with backoff, never skipped); 0 once it applied past them.',
  labelNames: ['projection'],
  registers: [metricsRegistry],
});

/** An event as the runner hands it over: its metadata carries the writer's trace context. */
interface EventLike {
  metadata: Record<string, unknown>;
}

/**
 * The hook of the projection runner: one span per batch, linked to the traces of the requests
 * whose events it applies (through the trace context and correlation id in their metadata),
 * timed, and counted once it has committed.
 */
export function observeProjectionBatch<T>(projection: string, events: readonly EventLike[], work: () => Promise<T>): Promise<T> {
  const correlationIds = [...new Set(events.map((e) => e.metadata.correlationId).filter((id): id is string => typeof id === 'string'))];
  const attributes = { 'recours.projection': projection, 'recours.events': events.length, 'recours.correlation_ids': correlationIds.slice(0, 32) };
  return inSpan(`projection ${projection}`, { attributes, links: linksToCauses(events.map((e) => e.metadata)) }, async () => {
    const stop = projectionBatchDuration.startTimer({ projection });
    const result = await work();
    stop();
    projectionEventsApplied.inc({ projection }, events.length);
    return result;
  });
}
