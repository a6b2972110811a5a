import { listeningConnections } from '@recours/database';
import { Gauge } from 'prom-client';
import { metricsRegistry } from './metrics-registry';

/**
 * The process's listening connections (libs/database ListeningConnection), up or down. While one is
 * down the process hears no NOTIFY: token revocations are read from the database at every request,
 * the event store's readers and the live subscriptions find new events by their slower polls.
 */
export const listeningConnectionsGauge = new Gauge({
  name: 'recours_pg_listening_connections',
  help: "The process's PostgreSQL LISTEN connections by state: up, or down (lost, reconnecting; notifications are not heard meanwhile).",
  labelNames: ['state'],
  registers: [metricsRegistry],
  collect() {
    const connections = listeningConnections();
    const up = connections.filter((connection) => connection.up).length;
    this.set({ state: 'up' }, up);
    this.set({ state: 'down' }, connections.length - up);
  },
});
