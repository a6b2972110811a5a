import bidiFactory, { type EmbeddingLevels } from 'bidi-js';

/**
 * Right-to-left text in a document (Arabic, Hebrew): the Unicode Bidirectional Algorithm (UAX #9,
 * npm `bidi-js`) run on each line as it is set. pdfkit has none: it shapes each word (fontkit
 * reverses the glyphs of a word in a right-to-left script) but sets the words of a line left to
 * right, so « محمد العلي » read « العلي محمد », and a French label or digits beside Arabic stood
 * on the wrong side. A line is cut into the lines it takes on the page first (`wrap`), then each
 * of them is reordered on its own (`visualPieces`), as the algorithm asks (its rules from L1 on
 * work on a line as displayed). Its levels come from bidi-js, for the whole line (a paragraph).
 */
const bidi = bidiFactory();

/**
 * The characters of the right-to-left blocks (Hebrew, Arabic, Syriac, Thaana, NKo…, their
 * presentation forms, the historic scripts of the SMP): a line without one needs no reordering,
 * and is set as before, at no cost but this test.
 */
const RIGHT_TO_LEFT_BLOCK = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * The line's embedding levels, its direction that of its first strong character (Arabic or
 * Hebrew: right to left; Latin: left to right), or null when it reads left to right throughout
 * (every level 0): such a line is set as pdfkit sets it.
 */
export function bidiLevels(line: string): EmbeddingLevels | null {
  if (!RIGHT_TO_LEFT_BLOCK.test(line)) return null;
  const levels = bidi.getEmbeddingLevels(line);
  return levels.levels.some((level) => level > 0) ? levels : null;
}

/** Whether the line's paragraph reads right to left (its first strong character is Arabic or Hebrew). */
export const isRightToLeft = (levels: EmbeddingLevels) => (levels.paragraphs[0]?.level ?? 0) % 2 === 1;

/** The places a line may end: after white space but the no-break ones (pdf-document.ts, BREAKING_SPACE), zero-width space included. */
const BREAKING = '\\t\\n\\v\\f\\r \\u1680\\u2000-\\u2006\\u2008-\\u200b\\u2028\\u2029\\u205f\\u3000';
const SEGMENT = new RegExp(`[^${BREAKING}]*[${BREAKING}]*`, 'gu');
const TRAILING = new RegExp(`[${BREAKING}]+$`, 'u');

/**
 * The lines a text takes when set `width` wide, each as [start, end) in the text, its trailing
 * spaces left out: as pdfkit wraps, a word and the spaces after it go on the line if they fit,
 * else on the next; a word wider than a line is cut where the line is full (between two
 * characters, never inside one, its marks with it). At least one line, empty for an empty text.
 */
export function wrap(text: string, width: number, measure: (text: string) => number): [number, number][] {
  const lines: [number, number][] = [];
  let start = 0;
  let end = 0;
  let spaceLeft = width;
  const close = () => {
    lines.push([start, start + text.slice(start, end).replace(TRAILING, '').length]);
    start = end;
    spaceLeft = width;
  };
  for (const [segment] of text.matchAll(SEGMENT)) {
    if (segment === '') continue;
    const w = measure(segment);
    if (w <= spaceLeft) {
      end += segment.length;
      spaceLeft -= w;
      continue;
    }
    if (end > start) close();
    if (w <= width) {
      end += segment.length;
      spaceLeft -= w;
      continue;
    }
    // Wider than a line: as many characters as fit, line after line.
    for (const { segment: character } of graphemes.segment(segment)) {
      if (end > start && measure(text.slice(start, end + character.length)) > width) close();
      end += character.length;
    }
    spaceLeft = width - measure(text.slice(start, end));
  }
  if (end > start || lines.length === 0) close();
  return lines;
}
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The scripts fontkit sets right to left (it reverses the glyphs of a word whose first letter is in one). */
const RIGHT_TO_LEFT_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Cypriot}\p{Script=Kharoshthi}\p{Script=Phoenician}\p{Script=Nko}\p{Script=Lydian}\p{Script=Avestan}\p{Script=Imperial_Aramaic}\p{Script=Inscriptional_Pahlavi}\p{Script=Inscriptional_Parthian}\p{Script=Old_South_Arabian}\p{Script=Old_Turkic}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Meroitic_Cursive}\p{Script=Meroitic_Hieroglyphs}\p{Script=Manichaean}\p{Script=Mende_Kikakui}\p{Script=Nabataean}\p{Script=Old_North_Arabian}\p{Script=Palmyrene}\p{Script=Psalter_Pahlavi}]/u;
/** A letter of some script (not a digit, space or punctuation that every script shares, nor a mark). */
const SCRIPT_LETTER = /[^\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;

/** Whether fontkit lays the text out right to left: its first character of a script is of a right-to-left one. */
function laidOutRightToLeft(text: string): boolean {
  const letter = SCRIPT_LETTER.exec(text);
  return letter !== null && RIGHT_TO_LEFT_SCRIPT.test(letter[0]);
}

/** The text in reverse order, character by character (a letter's marks stay with it). */
const reverse = (text: string) => [...graphemes.segment(text)].map(({ segment }) => segment).reverse().join('');

/**
 * The indices of the line [start, end) in the order they stand on the page, left to right: rule
 * L2, from the highest level down to the lowest odd one (the line's lowest, or the odd one above
 * it), each sequence at that level or above reversed. (bidi-js's getReorderedIndices does the same for a whole text; on a line that does
 * not begin the text, its rule L1 writes the levels it resets to the wrong places.) The line has
 * no trailing space (`wrap`), which L1 would reset.
 */
function visualOrder(levels: Uint8Array, start: number, end: number): number[] {
  const order = Array.from({ length: end - start }, (_, i) => start + i);
  const levelAt = (position: number) => levels[order[position]];
  let highest = 0;
  let lowest = Infinity;
  for (let i = start; i < end; i++) {
    highest = Math.max(highest, levels[i]);
    lowest = Math.min(lowest, levels[i]);
  }
  const lowestOdd = lowest | 1;
  for (let level = highest; level >= lowestOdd; level--) {
    for (let from = 0; from < order.length; from++) {
      if (levelAt(from) < level) continue;
      let to = from;
      while (to + 1 < order.length && levelAt(to + 1) >= level) to++;
      order.splice(from, to - from + 1, ...order.slice(from, to + 1).reverse());
      from = to;
    }
  }
  return order;
}

/** A piece of a line as it stands on the page, set left of the next one: the text to hand pdfkit, the run (font) it is in, how pdfkit is to lay it out. */
export interface Piece {
  text: string;
  /** The index, in the runs given, of the run the piece belongs to. */
  run: number;
  /**
   * How pdfkit lays the text out. `words`: word by word (words of Arabic or Hebrew, each laid out
   * right to left, in the order they stand, as `pdf-document.ts` sets them: pdfkit's
   * word-spacing mode, each word's layout kept, a space's width between two); `whole`: the text
   * as one, with the font's default features (neither word by word, nor kept: what little
   * else reads right to left); `plain`: as pdfkit always does (no letter of a right-to-left script).
   */
  layout: 'words' | 'whole' | 'plain';
}

/**
 * The line [start, end) of `text` in visual order, left to right, in pieces pdfkit sets as they
 * stand: each piece a run of one level (one direction) in one font, its brackets mirrored where
 * it reads right to left (« ( » that opens a phrase in Arabic is drawn « ) »). fontkit shapes a
 * text in its reading order and reverses the glyphs of a text whose first letter is in a
 * right-to-left script; pdfkit lays a text out word by word (each word reversed on its own, the
 * words left to right). Each piece is handed over accordingly: a phrase of Arabic or Hebrew as
 * its words, last first, each in its own order; digits and Latin as they read; what must read
 * right to left but has no such letter (the punctuation between two Arabic words), reversed.
 * `runs`: the text's runs by font (font-runs.ts), which joined are the text itself.
 */
export function visualPieces(text: string, levels: EmbeddingLevels, start: number, end: number, runs: readonly { text: string }[]): Piece[] {
  if (end <= start) return [];
  const runOf = new Uint16Array(text.length);
  let at = 0;
  runs.forEach((run, i) => {
    runOf.fill(i, at, at + run.text.length);
    at += run.text.length;
  });
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels, start, end - 1);
  const spans: { from: number; to: number; level: number; run: number }[] = [];
  for (const i of visualOrder(levels.levels, start, end)) {
    const level = levels.levels[i];
    const last = spans.at(-1);
    // A span is text in its logical order: a left-to-right one grows to the right, a right-to-left one to the left.
    if (last && last.level === level && last.run === runOf[i] && (level % 2 === 1 ? i === last.from - 1 : i === last.to)) {
      if (level % 2 === 1) last.from = i;
      else last.to = i + 1;
    } else spans.push({ from: i, to: i + 1, level, run: runOf[i] });
  }
  return spans.flatMap(({ from, to, level, run }): Piece[] => {
    let logical = '';
    for (let i = from; i < to; i++) logical += mirrored.get(i) ?? text[i];
    const readsRightToLeft = level % 2 === 1;
    if (!readsRightToLeft && !RIGHT_TO_LEFT_SCRIPT.test(logical)) return [{ text: logical, run, layout: 'plain' }];
    if (readsRightToLeft) {
      // The spaces at either end of the span (before a number or a Latin word, which the algorithm
      // sets apart) and a lone bracket or stop among the words keep the span word by word: laid out
      // whole, a span is shaped anew each time (pdfkit keeps no layout of it), ten times the cost
      // of a case file in Arabic whose sentences hold numbers (docs/performance.md, 2026-12-07).
      const [, lead, core, trail] = EDGE_SPACES.exec(logical)!;
      if (core === '') return [{ text: logical, run, layout: 'plain' }];
      const words = core.split(' ');
      if (SPACED_WORDS.test(core) && words.every((word) => laidOutRightToLeft(word) || readsAlikeBothWays(word))) {
        const spaces = (text: string): Piece[] => (text === '' ? [] : [{ text, run, layout: 'plain' }]);
        return [...spaces(trail), { text: words.reverse().join(' '), run, layout: 'words' }, ...spaces(lead)];
      }
    }
    const reversed = reverse(logical);
    // What fontkit, laying the text out as one, turns into the span as it must show: the text it reverses (right to left), or the text as it shows (left to right).
    const [first, second] = readsRightToLeft ? [logical, reversed] : [reversed, logical];
    if (laidOutRightToLeft(first)) return [{ text: first, run, layout: 'whole' }];
    if (!laidOutRightToLeft(second)) return [{ text: second, run, layout: 'whole' }];
    // Neither (digits in Arabic script, then Latin, all left to right): each character alone.
    const characters = [...graphemes.segment(logical)].map(({ segment }): Piece => ({ text: segment, run, layout: 'whole' }));
    return readsRightToLeft ? characters.reverse() : characters;
  });
}
/** Words parted by one space each, the only white space (pdfkit's word-spacing mode parts words at any, and sets each as one space). */
const SPACED_WORDS = /^[^\s]+(?: [^\s]+)*$/u;
/** A span's white space at its start, what is between, its white space at its end. */
const EDGE_SPACES = /^(\s*)([\s\S]*?)(\s*)$/u;
/** A word of no script that reads the same either way (one bracket, one stop, « … » or « -- »): laid out left to right as it is, it shows as it must right to left. */
function readsAlikeBothWays(word: string): boolean {
  return !SCRIPT_LETTER.test(word) && new Set([...graphemes.segment(word)].map(({ segment }) => segment)).size === 1;
}
