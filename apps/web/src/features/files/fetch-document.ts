/**
 * A file the server only gives with the bearer token (evidence, letters, case files): fetched,
 * then saved or shown from a blob URL, so it never opens in the app's own origin as a page.
 */
export async function fetchDocument(path: string, token: string | null, locale: string): Promise<Blob> {
  const answer = await fetch(path, { headers: { 'accept-language': locale, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  if (!answer.ok) {
    const body = (await answer.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
    throw new DocumentRefused(answer.status, body?.error?.message);
  }
  return answer.blob();
}

/** A download refused; a refusal of the reader's request (4xx: a file erased, not found) says why in her language. */
export class DocumentRefused extends Error {
  constructor(readonly status: number, readonly reason: string | undefined) {
    super(reason ?? String(status));
  }

  /**
   * What to tell the reader, when the server said it for her: a refusal of her request (4xx: a file
   * erased, too many downloads this hour), or 503 (too many documents being produced, the database
   * out of reach: try again in a moment). Its faults (500) it words for nobody.
   */
  static reasonOf(error: unknown): string | undefined {
    return error instanceof DocumentRefused && ((error.status >= 400 && error.status < 500) || error.status === 503) ? error.reason : undefined;
  }
}

export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
