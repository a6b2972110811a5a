/** A piece of a field's text, and whether the query matched it. */
export interface HighlightPart {
  text: string;
  match: boolean;
}

/** Where the query matched, field by field. */
export const SEARCH_FIELDS = ['ORDER_REFERENCE', 'SERIAL_NUMBER', 'PRODUCT', 'DESCRIPTION', 'CONSUMER', 'MERCHANT'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export interface SearchHighlight {
  field: SearchField;
  parts: HighlightPart[];
}

/** What ts_headline marks the matched words with (private-use characters: never shown). */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

/** A headline from ts_headline, cut at its marks. */
export function partsOfHeadline(headline: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  for (const [i, piece] of headline.split(new RegExp(`[${MARK_START}${MARK_END}]`)).entries()) if (piece) parts.push({ text: piece, match: i % 2 === 1 });
  return parts;
}

/** Lower case without accents, one character at a time, so that a position in the folded text is one in the original. */
const foldChar = (c: string): string => c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The parts of `text` where one of the query's words occurs, accents and case aside (the
 * substrings the search matched by: order references, names). Null when none occurs.
 */
export function partsOfSubstrings(text: string, words: readonly string[]): HighlightPart[] | null {
  const chars = [...text];
  const folded = chars.map(foldChar);
  const flat = folded.join('');
  // Position in the folded text → index of the original character it came from.
  const origin: number[] = [];
  folded.forEach((f, i) => {
    for (let k = 0; k < f.length; k++) origin.push(i);
  });
  const marked = new Array<boolean>(chars.length).fill(false);
  let any = false;
  for (const word of words) {
    const needle = [...word].map(foldChar).join('');
    if (!needle) continue;
    for (let at = flat.indexOf(needle); at !== -1; at = flat.indexOf(needle, at + 1)) {
      any = true;
      for (let k = at; k < at + needle.length; k++) marked[origin[k]] = true;
    }
  }
  if (!any) return null;
  const parts: HighlightPart[] = [];
  chars.forEach((c, i) => {
    const last = parts[parts.length - 1];
    if (last && last.match === marked[i]) last.text += c;
    else parts.push({ text: c, match: marked[i] });
  });
  return parts;
}

/** The words of a query for substring matching: split on spaces, quotes and brackets around them dropped, excluded words (`-word`) left to the full-text query. */
export function wordsOf(query: string): string[] {
  return query
    .split(/\s+/)
    .map((word) => word.replace(/^["'«»“”()[\]]+|["'«»“”()[\]]+$/g, ''))
    .filter((word) => word.length >= 2 && !word.startsWith('-') && !/^or$/i.test(word));
}
