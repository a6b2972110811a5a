/** How long disputes are kept after they end, and how the retention job runs (README, "Configuration"). */
export interface RetentionSettings {
  /** RETENTION_YEARS (default 5: the ordinary limitation period, Civil Code art. 2224). */
  years: number;
  /** RETENTION_NOTICE_DAYS (default 30): the parties are told this many days before the erasure. */
  noticeDays: number;
  /** RETENTION_INTERVAL_MS (default an hour): how often the job looks. */
  intervalMs: number;
  /**
   * ACCESS_LOG_KEPT_DAYS (default 365): an access-log entry goes once it is this old and its
   * dispute ended this long ago (or was erased), unless the dispute is under a legal hold.
   */
  accessLogKeptDays: number;
  /** OUTBOX_KEPT_DAYS (default 90): a delivery ended this long ago keeps only its tombstone (LogRetention). */
  outboxKeptDays: number;
  /** RETENTION=off: this process does not run the job (another one does). */
  run: boolean;
}

/** The settings from the environment, or an error naming the variable and what it must be: read once at start-up. */
export function retentionSettings(env: NodeJS.ProcessEnv = process.env): RetentionSettings {
  if (env.RETENTION !== undefined && env.RETENTION !== '' && env.RETENTION !== 'off' && env.RETENTION !== 'on') throw new Error(`RETENTION must be "on" or "off", not "${env.RETENTION}"`);
  return {
    years: whole(env, 'RETENTION_YEARS', 5, 1, 100, 'years'),
    noticeDays: whole(env, 'RETENTION_NOTICE_DAYS', 30, 1, 365, 'days'),
    accessLogKeptDays: whole(env, 'ACCESS_LOG_KEPT_DAYS', 365, 30, 36_500, 'days'),
    outboxKeptDays: whole(env, 'OUTBOX_KEPT_DAYS', 90, 1, 36_500, 'days'),
    intervalMs: whole(env, 'RETENTION_INTERVAL_MS', 60 * 60 * 1000, 1000, 7 * 24 * 60 * 60 * 1000, 'milliseconds'),
    run: env.RETENTION !== 'off',
  };
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, unit: string): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number of ${unit} from ${min} to ${max}, not "${raw}"`);
  return value;
}
