import { startTracing } from '@recours/observability/tracing';

// Imported first by main: the instrumentations patch http and pg as they load (a no-op without OTEL_EXPORTER_OTLP_ENDPOINT).
startTracing('recours-api');
