import { Logger, ServiceUnavailableException } from '@nestjs/common';
import type { HealthCheckResult, HealthIndicatorResult } from '@nestjs/terminus';

/** What a health answer says instead of an error's own words, which may name internal hosts, users and databases. */
export const CAUSE_IN_LOGS = 'down: the cause is in the server logs';

/** Our own sentences, which name nothing internal: kept as they are. */
const OWN_WORDS = /^(timeout of \d+ms exceeded|behind by \d+ events or more: [\w, -]+|shutting down: finishing what is in flight)$/;

const logger = new Logger('Health');

function withoutCauses(part: Partial<HealthIndicatorResult> | undefined): Partial<HealthIndicatorResult> | undefined {
  if (!part) return part;
  return Object.fromEntries(
    Object.entries(part).map(([key, value]) => [key, typeof value?.message === 'string' && !OWN_WORDS.test(value.message) ? { ...value, message: CAUSE_IN_LOGS } : value]),
  ) as Partial<HealthIndicatorResult>;
}

/**
 * A health check as /health and /health/ready answer it on the public port: a 503 keeps each
 * indicator's status and figures, but an error's text (a driver's "password authentication failed
 * for user …", "connect ECONNREFUSED 10.0.0.5:5432") goes to the log, not to whoever asks.
 */
export async function answeredWithoutCauses(check: () => Promise<HealthCheckResult>): Promise<HealthCheckResult> {
  try {
    return await check();
  } catch (error) {
    if (!(error instanceof ServiceUnavailableException)) throw error;
    const body = error.getResponse() as HealthCheckResult;
    logger.warn({ msg: 'a health check is down', error: body.error });
    throw new ServiceUnavailableException({ ...body, error: withoutCauses(body.error), details: withoutCauses(body.details) });
  }
}
