import { Counter, Histogram } from 'prom-client';
import { STORAGE_BUCKETS } from './buckets';
import { metricsRegistry } from './metrics-registry';

export const appendDuration = new Histogram({
  name: 'recours_event_store_append_duration_seconds',
  help: 'Event-store appends, by store (postgres, eventstoredb) and outcome (ok, duplicate, conflict, error).',
  labelNames: ['store', 'outcome'],
  buckets: STORAGE_BUCKETS,
  registers: [metricsRegistry],
});

export const appendedEvents = new Counter({
  name: 'recours_event_store_appended_events_total',
  help: 'Events written to the event store, by store.',
  labelNames: ['store'],
  registers: [metricsRegistry],
});
