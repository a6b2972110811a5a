/** Names are shown to people and put in headers: at most this many characters. */
const MAX_NAME = 200;

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Windows-1252's bytes 0x80–0x9F (Latin-1 elsewhere); Node 20's TextDecoder reads them as Latin-1's control characters. */
const WINDOWS_1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * The name as the client's bytes spell it, from busboy's reading of one character per byte:
 * UTF-8, as browsers send it; otherwise Windows-1252, the Latin-1 of older Windows programs
 * (« relevé.pdf », not « relev�.pdf »). A name with a character past U+00FF came from a
 * `filename*` naming its charset, decoded already: kept as it is.
 */
export function receivedFileName(raw: string | undefined): string | undefined {
  if (raw === undefined || !/[\u0080-\u00ff]/u.test(raw) || /[^\u0000-\u00ff]/u.test(raw)) return raw;
  try {
    return utf8.decode(Buffer.from(raw, 'latin1'));
  } catch {
    return raw.replace(/[\u0080-\u009f]/gu, (c) => WINDOWS_1252_80_9F[c.charCodeAt(0) - 0x80]);
  }
}

/**
 * A file's name as recours keeps it: the last segment of whatever path came with it, without
 * control or invisible formatting characters (bidirectional overrides could make "fdp.exe"
 * read as "exe.pdf"), without leading dots, spaces collapsed, at most 200 characters with the
 * extension kept. Characters that could not be decoded (« � », from bytes foreign to the charset
 * a `filename*` names) become « _ », and a name left with no letter or digit is « document ».
 * Never empty.
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
  if (segment.includes('\uFFFD')) {
    const readable = cleaned.replace(/\uFFFD+/gu, '_');
    const extension = extensionOf(readable);
    const stem = extension ? readable.slice(0, -extension.length - 1) : readable;
    if (!/[\p{L}\p{N}]/u.test(stem)) return /^[\p{L}\p{N}]{1,10}$/u.test(extension) ? `document.${extension}` : 'document';
    return safeFileName(readable);
  }
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

/** Characters of a field's name quoted back to the client: its name, not a page of text. */
const MAX_FIELD_NAME = 100;

/** A form field's name as a refusal quotes it: decoded as a file's name is, without control or invisible formatting characters, cut to 100 characters. */
export function fieldName(raw: string | undefined): string {
  const cleaned = (receivedFileName(raw) ?? '').replace(/[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu, '').trim();
  const chars = [...cleaned];
  return chars.length <= MAX_FIELD_NAME ? cleaned : `${chars.slice(0, MAX_FIELD_NAME - 1).join('')}…`;
}
