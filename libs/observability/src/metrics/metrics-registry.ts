import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';

/**
 * The one registry of this process: every recours series, and the process's own (CPU, memory,
 * event loop, garbage collection) once `collectProcessMetrics` has run. One per process, not per
 * Nest application, so the hooks in the command path and the event store need no wiring.
 */
export const metricsRegistry = new Registry();

let collecting = false;

/** Process metrics (prom-client's defaults) and build information; once per process. */
export function collectProcessMetrics(service: string): void {
  if (collecting) return;
  collecting = true;
  collectDefaultMetrics({ register: metricsRegistry });
  new Gauge({
    name: 'recours_build_info',
    help: 'Always 1: the service, the package version and the Node.js version running it.',
    labelNames: ['service', 'version', 'node'],
    registers: [metricsRegistry],
  }).set({ service, version: process.env.npm_package_version ?? packageVersion(), node: process.version }, 1);
}

function packageVersion(): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require(`${process.cwd()}/package.json`) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
