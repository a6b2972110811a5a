/** MAX_UPLOAD_BYTES, 20 MiB by default: a phone photo, a scanned invoice, a short video. */
export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export function maxUploadBytes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.MAX_UPLOAD_BYTES;
  if (raw === undefined || raw === '') return DEFAULT_MAX_UPLOAD_BYTES;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`MAX_UPLOAD_BYTES must be a whole number of bytes ≥ 1, not "${raw}"`);
  return value;
}
