import PDFDocument from 'pdfkit';
import type { EmbeddingLevels } from 'bidi-js';
import { bidiLevels, isRightToLeft, visualPieces, wrap, type Piece } from './bidi-lines';
import { DOCUMENT_FONTS, fontRuns, runPlacement, type Weight } from './font-runs';

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'small'; text: string }
  | { kind: 'right'; text: string }
  | { kind: 'space' };

export interface PdfContent {
  title: string;
  language: 'fr' | 'en';
  blocks: Block[];
  /** A file carried inside the PDF (the case file's JSON), stored uncompressed so any reader finds it. */
  attachment?: { name: string; type: string; content: Buffer; description: string };
}

// DejaVu sets Latin, Greek, Cyrillic, Arabic and Hebrew, which the PDF standard fonts do not; Noto
// Sans SC and KR set what it lacks, Chinese, Japanese and Korean (font-runs.ts).

/** How each kind of text block is set: font, size, alignment, and the space after it (in lines). */
const STYLES: Record<Exclude<Block['kind'], 'space'>, { font: 'regular' | 'bold'; size: number; align?: 'left' | 'right'; after: number }> = {
  title: { font: 'bold', size: 16, after: 0.6 },
  heading: { font: 'bold', size: 11.5, after: 0.3 },
  paragraph: { font: 'regular', size: 10.5, align: 'left', after: 0.5 },
  small: { font: 'regular', size: 8, after: 0.3 },
  right: { font: 'regular', size: 10.5, align: 'right', after: 0.5 },
};

/**
 * How long the renderer sets text before it lets the event loop run whatever else waits (other
 * requests, /health/live). A line of a block is never split: the longest, a message of 5,000
 * characters, takes a few milliseconds, some 30 at worst (see breakable); the attachment and the
 * document's end each get a turn of their own.
 */
const SLICE_MS = 8;

/**
 * The spaces a line may end at: white space but the no-break ones (U+00A0, the figure space U+2007,
 * the narrow U+202F, U+FEFF), which glue their neighbours as a letter does; and the zero-width
 * space. A run of « mot\u00a0mot\u00a0… » has no place to break however many spaces it holds.
 */
const BREAKING_SPACE = '\\t\\n\\v\\f\\r \\u1680\\u2000-\\u2006\\u2008-\\u200b\\u2028\\u2029\\u205f\\u3000';
/** A run of more than 80 characters where no line may break (a line holds about 90; a hash, 64, is one run), and the pieces of 80 it is cut into. */
const LONG_RUN = new RegExp(`[^${BREAKING_SPACE}]{81,}`, 'gu');
const PIECE = new RegExp(`[^${BREAKING_SPACE}]{1,80}`, 'gu');
const ZERO_WIDTH_SPACE = '\u200b';

/**
 * The text with a zero-width space (a line-break opportunity, invisible, not extracted by PDF
 * readers) every 80 characters of a longer run without a place to break: pdfkit breaks a word
 * wider than the line by measuring ever shorter prefixes of it, which costs the square of its
 * length (a message of 5,000 letters without a space, or with no-break spaces only: up to 0.4 s
 * in one piece, the event loop held).
 */
export function breakable(text: string): string {
  return text.replace(LONG_RUN, (run) => (run.match(PIECE) as string[]).join(ZERO_WIDTH_SPACE));
}

const NO_BREAK_SPACE = '\u00a0';
const MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|January|February|March|April|May|June|July|August|September|October|November|December';
/** A date as the formatter writes it (« 1er décembre 2026 », “20 December 2026”), a time in French (« 0 h 30 »), an amount its currency follows as a code (« 12.00 XAU »). */
const UNBREAKABLE = [new RegExp(`\\b\\d{1,2}(?:er)? (?:${MONTHS}) \\d{4,}\\b`, 'gu'), /\b\d{1,2} h \d{2}\b/gu, /\d[\d.,]* [A-Z]{3}\b/gu];

/**
 * The text with no-break spaces inside each date, French time and amount: a line never ends on
 * « le 20 » with « décembre 2026 » on the next. Amounts Intl writes are already joined by its own
 * no-break spaces (« 1 234,00 € »). Only the kind of space changes: the text reads the same.
 */
export function unbroken(text: string): string {
  return UNBREAKABLE.reduce((t, pattern) => t.replace(pattern, (run) => run.replace(/ /g, NO_BREAK_SPACE)), text);
}

/**
 * A line of a block, each run of it in the font that has its characters (font-runs.ts): a line
 * DejaVu sets whole is one call, as it always was; a line with Chinese, Japanese or Korean in it is
 * set run after run on one flow (`continued`), so that it wraps as one text. pdfkit aligns each
 * run of such a line to the right on its own (they would overlap): a line set to the right is
 * measured whole and set from where it must start (or to the left, if it takes more than a line).
 * The block's own font is current again after it: the space below is DejaVu's. A line with Arabic
 * or Hebrew in it is set by setBidiLine.
 */
function setLine(doc: PDFKit.PDFDocument, line: string, weight: Weight, size: number, align: 'left' | 'right' | undefined) {
  const levels = bidiLevels(line);
  if (levels) return setBidiLine(doc, line, levels, weight, size, align);
  const runs = fontRuns(align === 'right' ? line.trimEnd() : line, weight);
  if (runs.length === 1 && !runs[0].fallback) {
    doc.text(line, align && { align });
    return;
  }
  const left = doc.x;
  let flow: PDFKit.Mixins.TextOptions = { align: 'left' };
  if (align === 'right') {
    const width = runs.reduce((sum, run) => sum + doc.font(run.font).widthOfString(run.text), 0);
    const room = doc.page.width - doc.page.margins.right - left;
    if (width <= room) {
      doc.x = left + room - width;
      // A point to spare: the runs' widths, added up, may round above the line's.
      flow = { align: 'left', width: width + 1 };
    }
  }
  runs.forEach((run, i) => doc.font(run.font).text(run.text, { ...flow, ...runPlacement(run, weight, size), continued: i < runs.length - 1 }));
  doc.x = left;
  doc.font(weight);
}

/**
 * How pdfkit lays out a piece of a line (bidi-lines.ts, Piece): word by word (its word-spacing
 * mode, with a word spacing too small to show: a space's width between two words, each word's
 * layout kept), whole (with no feature but the font's defaults), or as it always does.
 */
const PIECE_LAYOUT: Record<Piece['layout'], PDFKit.Mixins.TextOptions> = { words: { wordSpacing: 1e-6 }, whole: { features: [] }, plain: {} };

/** A piece's width as set (`PIECE_LAYOUT`): word by word, its words' and a space's between two. */
function pieceWidth(doc: PDFKit.PDFDocument, piece: Piece): number {
  if (piece.layout === 'whole') return doc.widthOfString(piece.text, { features: [] });
  if (piece.layout === 'plain') return doc.widthOfString(piece.text);
  const words = piece.text.split(' ');
  return words.reduce((sum, word) => sum + doc.widthOfString(word), 0) + (words.length - 1) * doc.widthOfString(' ');
}

/**
 * A line with Arabic or Hebrew in it (bidi-lines.ts), wrapped here, then each line it takes set
 * piece by piece in the order it reads on the page: a phrase in Arabic right to left, a French
 * label or a number in it left to right, where the Unicode Bidirectional Algorithm puts them.
 * The line reads in the direction of its first strong character. A line that reads right to
 * left and takes more than one line on the page is set flush right, where its reader starts each
 * line; on one line, it keeps the block's place (a name in the sender's address stays with the
 * address); a block set to the right stays so. Each line a DejaVu line's height below the one
 * before, on a new page when the page is full, as pdfkit sets a line.
 */
function setBidiLine(doc: PDFKit.PDFDocument, line: string, levels: EmbeddingLevels, weight: Weight, size: number, align: 'left' | 'right' | undefined) {
  const runs = fontRuns(line, weight);
  const widthOf = (text: string) => fontRuns(text, weight).reduce((sum, run) => sum + doc.font(run.font).widthOfString(run.text), 0);
  const left = doc.x;
  const room = doc.page.width - doc.page.margins.right - left;
  const lines = wrap(line, room, widthOf);
  const flushRight = align === 'right' || (lines.length > 1 && isRightToLeft(levels));
  const lineHeight = doc.font(weight).currentLineHeight(true);
  for (const [start, end] of lines) {
    if (doc.y + lineHeight > doc.page.maxY()) doc.continueOnNewPage();
    const y = doc.y;
    const pieces = visualPieces(line, levels, start, end, runs).map((piece) => ({ ...piece, width: pieceWidth(doc.font(runs[piece.run].font), piece) }));
    let x = flushRight ? left + room - pieces.reduce((sum, piece) => sum + piece.width, 0) : left;
    for (const piece of pieces) {
      const run = runs[piece.run];
      // White space alone (a span's edge) takes its width and nothing to draw.
      if (piece.text.trim() !== '') doc.font(run.font).text(piece.text, x, y, { lineBreak: false, ...PIECE_LAYOUT[piece.layout], ...runPlacement(run, weight, size) });
      x += piece.width;
    }
    doc.x = left;
    doc.y = y + lineHeight;
  }
  doc.font(weight);
}

/** Lets every callback that waits (I/O, timers, other requests) run before going on. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * An A4 document of text blocks, with its language and title in its metadata. Rendered in slices
 * on the event loop (docs/architecture.md, "Documents"): a case file of 80 long messages takes
 * about half a second of CPU, which in one piece would hold every other request that long. The
 * document is the same as one set in a single piece; its bytes are gathered as pdfkit writes them.
 * Callers go through DocumentBuilds, which bounds how many documents are built at once.
 */
/** `sliceMs`: how long text is set between two turns of the event loop (SLICE_MS; a spec sets 0 to see where turns may fall). */
export async function renderPdf(content: PdfContent, { sliceMs = SLICE_MS }: { sliceMs?: number } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, compress: false, lang: content.language, displayTitle: true, info: { Title: content.title, Creator: 'recours', Producer: 'recours' } });
  for (const { name, path } of DOCUMENT_FONTS) doc.registerFont(name, path);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  // A fault while setting text is thrown below; the stream's own outcome is then of no interest.
  done.catch(() => undefined);
  let sliceStarted = performance.now();
  const turn = async () => {
    if (performance.now() - sliceStarted < sliceMs) return;
    await yieldToEventLoop();
    sliceStarted = performance.now();
  };
  for (const block of content.blocks) {
    await turn();
    if (block.kind === 'space') {
      doc.moveDown(1);
      continue;
    }
    const style = STYLES[block.kind];
    doc.font(style.font).fontSize(style.size);
    // Line by line, a turn between lines when one is due: a block of many lines (a formal notice's
    // chronology, 100 entries of 500 characters) set in one call held the event loop some 0.1 to
    // 0.25 s. Set so, each line stands where the block's one call set it (pdfkit lays out every
    // line of a text alone; once, a 16-pt block ten pages long put a line at a page's very foot on
    // the next instead); an empty line is a line's height, but a last one (the text ends with a
    // line break), which pdfkit did not set.
    const lines = breakable(unbroken(block.text)).split('\n');
    if (lines.length > 1 && lines.at(-1) === '') lines.pop();
    for (const [i, line] of lines.entries()) {
      if (i > 0) await turn();
      if (line === '') doc.moveDown(1);
      else setLine(doc, line, style.font, style.size, style.align);
    }
    doc.moveDown(style.after);
  }
  await yieldToEventLoop();
  if (content.attachment) {
    const { name, type, content: bytes, description } = content.attachment;
    doc.file(bytes, { name, type, description, hidden: false });
    await yieldToEventLoop();
  }
  // The fonts' subsets and the cross-reference table are written here.
  doc.end();
  return done;
}
