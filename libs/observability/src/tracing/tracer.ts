import { SpanStatusCode, trace, type Attributes, type Link, type Span } from '@opentelemetry/api';

/** recours's own spans (commands, appends, projection batches); a no-op until tracing starts. */
export const tracer = trace.getTracer('recours');

/** Runs `work` inside a new active span, ended when it settles; a failure marks the span as an error. */
export async function inSpan<T>(name: string, options: { attributes?: Attributes; links?: Link[] }, work: (span: Span) => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(name, { attributes: options.attributes, links: options.links }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      throw error;
    } finally {
      span.end();
    }
  });
}
