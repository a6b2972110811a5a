// Nest wiring: metrics server, pools, draining
export * from './observability.module';
export * from './lifecycle/draining';
export * from './lifecycle/answer-within';

// Metrics: the registry, the server and each family of series
export * from './metrics/metrics-registry';
export * from './metrics/metrics-server';
export * from './metrics/http-metrics';
export * from './metrics/graphql-metrics';
export * from './metrics/command-metrics';
export * from './metrics/event-store-metrics';
export * from './metrics/projection-metrics';
export * from './metrics/pool-metrics';
export * from './metrics/listening-metrics';
export * from './metrics/notifier-metrics';

// Traces and correlation (starting the SDK is in '@recours/observability/tracing')
export * from './tracing/tracer';
export * from './tracing/trace-context';
export * from './correlation/correlation';
export * from './correlation/log-context';
export * from './correlation/recorded-path';
