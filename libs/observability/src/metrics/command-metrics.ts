import { Counter } from 'prom-client';
import { tracer } from '../tracing/tracer';
import { SpanStatusCode } from '@opentelemetry/api';
import { requestDurations } from './buckets';
import { metricsRegistry } from './metrics-registry';
import { currentCorrelationId } from '../correlation/correlation';

export const commandOutcomes = new Counter({
  name: 'recours_commands_total',
  help: 'Dispute commands handled, by command and outcome code: OK, DUPLICATE (an idempotent retry), a domain rule code, CONFLICT, UNAVAILABLE or ERROR.',
  labelNames: ['command', 'code'],
  registers: [metricsRegistry],
});

export const commandDuration = requestDurations(
  'recours_command_duration_seconds',
  'Dispute commands, from reading the stream to the append (retries included), by command.',
  ['command'],
);

/** What the command path says about a finished command: its outcome code. */
export interface CommandReport<T> {
  /** The code of a command that returned. */
  codeOf(result: T): string;
  /** The code of a command that threw. */
  codeOfError(error: unknown): string;
}

/**
 * The hook of the command path: one span per command (a child of the request's), the outcome
 * counted by command and code, the time taken. The span carries the correlation id that the
 * command's events will carry, which is what links the request's trace to the projections.
 */
export function observeCommand<T extends R, R = T>(command: string, correlationId: string | undefined, report: CommandReport<R>, work: () => Promise<T>): Promise<T> {
  const stop = commandDuration.startTimer({ command });
  return tracer.startActiveSpan(`command ${command}`, { attributes: { 'recours.command': command, 'recours.correlation_id': correlationId ?? currentCorrelationId() ?? '' } }, async (span) => {
    let code = 'ERROR';
    try {
      const result = await work();
      code = report.codeOf(result);
      return result;
    } catch (error) {
      code = report.codeOfError(error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: code });
      throw error;
    } finally {
      stop();
      commandOutcomes.inc({ command, code });
      span.setAttribute('recours.command.code', code);
      span.end();
    }
  });
}
