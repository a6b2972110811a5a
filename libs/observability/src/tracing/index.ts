// The entry imported first by each process's main (see start-tracing.ts): OpenTelemetry only.
export { startTracing, stopTracing } from './start-tracing';
