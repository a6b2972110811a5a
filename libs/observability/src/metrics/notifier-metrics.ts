import { Counter, Gauge } from 'prom-client';
import { metricsRegistry } from './metrics-registry';

/**
 * The notifier's series, defined here so that dashboards and alerts can rely on them before the
 * notifier process exists (issue 15). The notifier registers its queue with `watchNotifierQueue`
 * and counts each delivery with `notificationDelivered` / `notificationFailed`.
 */
export interface NotifierQueue {
  /** Notifications waiting to be sent. */
  depth(): Promise<number> | number;
}

const queues = new Map<NotifierQueue, string>();

/** Reports the queue's depth under `name` at each scrape; returns the way to stop. */
export function watchNotifierQueue(name: string, queue: NotifierQueue): () => void {
  queues.set(queue, name);
  return () => queues.delete(queue);
}

export const notifierQueueDepth = new Gauge({
  name: 'recours_notifier_queue_depth',
  help: 'Notifications waiting to be sent, by queue, as the notifier of this process sees it (no series in a process without a notifier).',
  labelNames: ['queue'],
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    for (const [queue, name] of queues) this.set({ queue: name }, await queue.depth());
  },
});

export const notifications = new Counter({
  name: 'recours_notifications_total',
  help: 'Notifications the notifier tried to send, by channel (email, …) and outcome (sent, failed).',
  labelNames: ['channel', 'outcome'],
  registers: [metricsRegistry],
});

export const notificationDelivered = (channel: string) => notifications.inc({ channel, outcome: 'sent' });
export const notificationFailed = (channel: string) => notifications.inc({ channel, outcome: 'failed' });
