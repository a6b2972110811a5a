/** What the runners say about themselves; Nest's Logger fits, so does console. */
export interface RunnerLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const SILENT_LOGGER: RunnerLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };
