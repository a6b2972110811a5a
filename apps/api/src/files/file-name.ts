/** Names are shown to people and put in headers: at most this many characters. */
const MAX_NAME = 200;

/**
 * A file's name as recours keeps it: the last segment of whatever path came with it, without
 * control or invisible formatting characters (bidirectional overrides could make "fdp.exe"
 * read as "exe.pdf"), without leading dots, spaces collapsed, at most 200 characters with the
 * extension kept. Never empty.
 */
export function safeFileName(raw: string | undefined): string {
  const segment = (raw ?? '').normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = segment
    .replace(/[\t\n\v\f\r]/gu, ' ')
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[.\s]+/u, '');
  if (cleaned === '') return 'document';
  const chars = [...cleaned];
  if (chars.length <= MAX_NAME) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return chars.slice(0, MAX_NAME - [...extension].length).join('') + extension;
}

/** The extension, lower-cased, or '' when the name has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
