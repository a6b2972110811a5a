import { DocumentRefused } from './document-refused';

export { DocumentRefused };

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
