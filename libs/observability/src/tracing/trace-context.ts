import { context, propagation, ROOT_CONTEXT, trace, type Link } from '@opentelemetry/api';

/**
 * The active trace, as W3C `traceparent` (and `tracestate`) fields to keep in an event's
 * metadata; empty when tracing is off. Whoever handles the event later (a projection, the
 * notifier) links its own span to the request that caused it.
 */
export function traceContextFields(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

/** At most this many links per span: a batch of 500 events from one busy minute must not carry 500. */
const MAX_LINKS = 32;

/** Links to the traces that wrote these events (one per distinct trace), from their metadata. */
export function linksToCauses(metadatas: ReadonlyArray<Record<string, unknown>>): Link[] {
  const links: Link[] = [];
  const traces = new Set<string>();
  for (const metadata of metadatas) {
    if (links.length >= MAX_LINKS) break;
    if (typeof metadata.traceparent !== 'string') continue;
    const carrier = { traceparent: metadata.traceparent, ...(typeof metadata.tracestate === 'string' ? { tracestate: metadata.tracestate } : {}) };
    const spanContext = trace.getSpanContext(propagation.extract(ROOT_CONTEXT, carrier));
    if (!spanContext || traces.has(spanContext.traceId)) continue;
    traces.add(spanContext.traceId);
    links.push({ context: spanContext, attributes: typeof metadata.correlationId === 'string' ? { 'recours.correlation_id': metadata.correlationId } : {} });
  }
  return links;
}
