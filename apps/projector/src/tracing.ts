import { startTracing } from '@recours/observability/tracing';

// Imported first by main: the instrumentations patch pg as it loads (a no-op without OTEL_EXPORTER_OTLP_ENDPOINT).
startTracing('recours-projector');
