import { trace } from '@opentelemetry/api';
import { currentCorrelationId } from './correlation';

/**
 * pino's `mixin`: every log line written while handling a request or a batch carries its
 * correlation id and, when tracing is on, the trace and span ids (the names OpenTelemetry's
 * log correlation uses), so a line leads to its trace and a trace to its lines.
 */
export function logContext(): Record<string, string> {
  const fields: Record<string, string> = {};
  const correlationId = currentCorrelationId();
  if (correlationId) fields.correlationId = correlationId;
  const span = trace.getActiveSpan()?.spanContext();
  if (span && trace.isSpanContextValid(span)) {
    fields.trace_id = span.traceId;
    fields.span_id = span.spanId;
    fields.trace_flags = `0${span.traceFlags.toString(16)}`;
  }
  return fields;
}
