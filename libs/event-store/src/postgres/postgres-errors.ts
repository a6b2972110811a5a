import { EventStoreUnavailableError } from '../errors';

// Connection-level failures (refused, reset, server shutting down, too many clients): the
// operation may be retried once the database is back.
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300']);

export function isConnectionFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code;
  if (code && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
  // 'Query read timeout': no answer within the pool's query_timeout (a database that stopped answering).
  return /Connection terminated|connection timeout|Client has encountered a connection error|timeout exceeded when trying to connect|Query read timeout/i.test(error.message);
}

/** Maps a driver failure to the port's retryable error; anything else is rethrown as is. */
export function mapPostgresError(error: unknown): never {
  if (isConnectionFailure(error)) throw new EventStoreUnavailableError('the event store database is unavailable', error);
  throw error;
}
