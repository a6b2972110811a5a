import { Histogram } from 'prom-client';
import { metricsRegistry } from './metrics-registry';

/** Seconds: a request or an operation, from a few milliseconds to a slow 10 s. */
export const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Seconds: one database round trip or one append, from a millisecond. */
export const STORAGE_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/** How long requests and operations take, by the given labels, on the shared buckets and registry. */
export function requestDurations<L extends string>(name: string, help: string, labelNames: L[]): Histogram<L> {
  return new Histogram({ name, help, labelNames, buckets: REQUEST_BUCKETS, registers: [metricsRegistry] });
}
