import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { fontRuns } from './font-runs';
import { breakable, renderPdf, unbroken, type Block, type PdfContent } from './pdf-document';

const MESSAGE = 'La batterie gonfle encore après le remplacement du chargeur. '.repeat(80).slice(0, 4_900);

/** A case file of 80 long messages, as the probe's (4.5 MB, most of a second of CPU in one piece). */
const large = (): PdfContent => ({
  title: 'Dossier du litige',
  language: 'fr',
  blocks: [{ kind: 'title', text: 'Dossier du litige' }, ...Array.from({ length: 80 }, (_, i): Block => ({ kind: 'paragraph', text: `${i} — ${MESSAGE}` }))],
  attachment: { name: 'dossier.json', type: 'application/json', content: Buffer.from(JSON.stringify({ messages: Array.from({ length: 80 }, () => MESSAGE) })), description: 'Le dossier en JSON' },
});

/** The renderer as it was before it worked in slices: every block set in one piece. */
function inOnePiece(content: PdfContent): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, compress: false, lang: content.language, displayTitle: true, info: { Title: content.title, Creator: 'recours', Producer: 'recours' } });
  doc.registerFont('regular', require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
  doc.registerFont('bold', require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const styles = { title: ['bold', 16, undefined, 0.6], heading: ['bold', 11.5, undefined, 0.3], paragraph: ['regular', 10.5, 'left', 0.5], small: ['regular', 8, undefined, 0.3], right: ['regular', 10.5, 'right', 0.5] } as const;
  for (const block of content.blocks) {
    if (block.kind === 'space') {
      doc.moveDown(1);
      continue;
    }
    const [font, size, align, after] = styles[block.kind];
    doc.font(font).fontSize(size).text(block.text, align && { align }).moveDown(after);
  }
  if (content.attachment) {
    const { name, type, content: bytes, description } = content.attachment;
    doc.file(bytes, { name, type, description, hidden: false });
  }
  doc.end();
  return done;
}

/** The bytes without what changes from one render to the next: the creation dates (the document's, the attachment's) and the file identifier made from them. */
const dated = /\(D:\d{14}Z\)/g;
const withoutDates = (pdf: Buffer) =>
  pdf
    .toString('latin1')
    .replace(dated, '(D:…)')
    .replace(/\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]/, '/ID […]');

/** What poppler's tools read in a PDF: its text (pdftotext), its words with their boxes (pdftotext -bbox), the fonts it embeds (pdffonts). */
function read(pdf: Buffer): { text: string; words: { word: string; xMin: number; yMin: number; xMax: number }[]; fonts: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'recours-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const boxes = execFileSync('pdftotext', ['-enc', 'UTF-8', '-bbox', file, '-'], { encoding: 'utf8' });
    const words = [...boxes.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map(([, xMin, yMin, xMax, word]) => ({ word, xMin: Number(xMin), yMin: Number(yMin), xMax: Number(xMax) }));
    // pdffonts: two header lines, then one font a line, its name (subset tag and all) first.
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => line.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));
    return { text, words, fonts };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What `work` answers, and how many turns of the event loop other work (a setImmediate callback) had while it ran. */
async function turnsWhile<T>(work: () => Promise<T>): Promise<[T, number]> {
  let turns = 0;
  let running = true;
  const turn = () => {
    turns++;
    if (running) setImmediate(turn);
  };
  setImmediate(turn);
  const result = await work();
  running = false;
  return [result, turns];
}

describe('renderPdf', () => {
  it('lets the event loop run other work (a setImmediate callback, a request) while a large case file renders', async () => {
    const [pdf, turnsWhileRendering] = await turnsWhile(() => renderPdf(large()));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Set in one piece, not a single callback ran before the document was done.
    expect(turnsWhileRendering).toBeGreaterThan(1);
  });

  it('renders the same document, byte for byte (its dates and identifier aside), as one set in a single piece', async () => {
    const content = large();
    const [sliced, whole] = await Promise.all([renderPdf(content), inOnePiece(content)]);
    expect(sliced.toString('latin1').match(dated)).not.toBeNull();
    expect(sliced.length).toBe(whole.length);
    expect(withoutDates(sliced) === withoutDates(whole)).toBe(true);
    const letter: PdfContent = { title: 'Mise en demeure', language: 'en', blocks: [{ kind: 'right', text: 'Paris' }, { kind: 'space' }, { kind: 'heading', text: 'Subject' }, { kind: 'small', text: 'small' }] };
    expect(withoutDates(await renderPdf(letter)) === withoutDates(await inOnePiece(letter))).toBe(true);
  });

  it('sets a block of many lines (a formal notice’s chronology: 100 entries of 500 characters) line by line, letting the event loop run between them; the same document as one set in a single piece', async () => {
    const entry = (i: number) => `${(i % 28) + 1} mars 2025 : ${MESSAGE.slice(0, 480)}`;
    const chronology: PdfContent = {
      title: 'Mise en demeure',
      language: 'fr',
      blocks: [{ kind: 'heading', text: 'Chronologie' }, { kind: 'paragraph', text: Array.from({ length: 100 }, (_, i) => entry(i)).join('\n') }, { kind: 'right', text: 'Claire Martin\n\n12 rue des Lilas\n' }, { kind: 'paragraph', text: '\nFin.' }],
    };
    // A turn due after every line (slices of 0 ms), so that where turns may fall is counted, not how fast this machine sets text.
    const [pdf, turnsWhileRendering] = await turnsWhile(() => renderPdf(chronology, { sliceMs: 0 }));
    // In one call, the chronology let nothing else run from its first line to its last: a turn per block at most (5 here), against one per line (100 of them).
    expect(turnsWhileRendering).toBeGreaterThan(50);
    const whole = await inOnePiece({ ...chronology, blocks: chronology.blocks.map((b) => ('text' in b ? { ...b, text: unbroken(b.text) } : b)) });
    expect(withoutDates(pdf) === withoutDates(whole)).toBe(true);
  });

  it('cuts a run of more than 80 characters without a space (pdfkit would measure its prefixes one by one), invisibly: the text reads the same', async () => {
    const hash = 'c'.repeat(64);
    expect(breakable(`Empreinte de tête : ${hash}`)).toBe(`Empreinte de tête : ${hash}`);
    expect(breakable('x'.repeat(80))).toBe('x'.repeat(80));
    const word = Array.from({ length: 5_000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
    const cut = breakable(`Voir ${word} et 😀${'😀'.repeat(99)}.`);
    expect(cut.replaceAll('\u200b', '')).toBe(`Voir ${word} et 😀${'😀'.repeat(99)}.`);
    expect(Math.max(...cut.split(/[\s\u200b]/u).map((run) => [...run].length))).toBe(80);
    expect(cut).not.toMatch(/[\ud800-\udbff]\u200b/); // never between the halves of a character
    const dir = mkdtempSync(join(tmpdir(), 'recours-pdf-'));
    try {
      writeFileSync(join(dir, 'word.pdf'), await renderPdf({ title: 't', language: 'fr', blocks: [{ kind: 'paragraph', text: word }] }));
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'word.pdf'), '-'], { encoding: 'utf8' });
      expect(text.replace(/\s+/g, '')).toBe(word);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('cuts a run joined by no-break spaces only (U+00A0, U+202F, U+2007, U+FEFF: no place to end a line) as one without a space, invisibly; ordinary spaces still break it', async () => {
    for (const glue of ['\u00a0', '\u202f', '\u2007', '\ufeff']) {
      const text = `Voir ${`mot${glue}`.repeat(1_250)}fin.`;
      const cut = breakable(text);
      expect(cut.replaceAll('\u200b', '')).toBe(text);
      // Between two places a line may end (a breaking space or the cut), 80 characters at most.
      expect(Math.max(...cut.split(/[ \u200b]/u).map((run) => [...run].length))).toBeLessThanOrEqual(80);
    }
    const spaced = `${'mot '.repeat(1_250)}fin.`;
    expect(breakable(spaced)).toBe(spaced);
    expect(breakable(`Le 20\u00a0décembre\u00a02026 : 1\u00a0234,00\u00a0€.`)).toBe(`Le 20\u00a0décembre\u00a02026 : 1\u00a0234,00\u00a0€.`);
    const glued = `${'mot\u00a0'.repeat(1_250)}fin`;
    const dir = mkdtempSync(join(tmpdir(), 'recours-pdf-'));
    try {
      writeFileSync(join(dir, 'glued.pdf'), await renderPdf({ title: 't', language: 'fr', blocks: [{ kind: 'paragraph', text: glued }] }));
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'glued.pdf'), '-'], { encoding: 'utf8' });
      expect(text.replace(/\s+/gu, '')).toBe(glued.replace(/\s+/gu, ''));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never breaks a line inside a date, a French time or an amount: « le 20 » and « décembre 2026 » stay on one line, the text reading the same', async () => {
    expect(unbroken('Au plus tard le 20 décembre 2026, à 0 h 30 ; le 1er mars 2027 ; by 6 April 2025 ; 12.00 XAU.')).toBe(
      'Au plus tard le 20\u00a0décembre\u00a02026, à 0\u00a0h\u00a030 ; le 1er\u00a0mars\u00a02027 ; by 6\u00a0April\u00a02025 ; 12.00\u00a0XAU.',
    );
    expect(unbroken('Le 20 du mois, 3 pièces, article L612-2.')).toBe('Le 20 du mois, 3 pièces, article L612-2.');
    // The date at every place a line may end: each paragraph one word longer than the one before.
    const paragraphs = Array.from({ length: 40 }, (_, i): Block => ({ kind: 'paragraph', text: `${'Mise en demeure '.repeat(3)}${'x'.repeat(i)} au plus tard le 20 décembre 2026 pour 1 234,00 €.` }));
    const dir = mkdtempSync(join(tmpdir(), 'recours-pdf-'));
    try {
      writeFileSync(join(dir, 'dates.pdf'), await renderPdf({ title: 't', language: 'fr', blocks: paragraphs }));
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'dates.pdf'), '-'], { encoding: 'utf8' });
      expect(text.split('\n').filter((line) => /20\s+décembre\s+2026/u.test(line))).toHaveLength(paragraphs.length);
      expect(text.replace(/\s+/g, ' ')).toContain('au plus tard le 20 décembre 2026 pour 1 234,00 €.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sets Chinese, Japanese and Korean in Noto Sans SC and KR, where DejaVu has no glyph (it drew empty boxes): the text reads as written, bold in bold', async () => {
    const pdf = await renderPdf({
      title: 'Mise en demeure',
      language: 'fr',
      blocks: [
        { kind: 'title', text: 'Mise en demeure de 佐藤 花子' },
        { kind: 'paragraph', text: 'Consommatrice : 王芳. Produit : 電子レンジ (臺灣), 냉장고.' },
        { kind: 'small', text: `${'冷蔵庫が冷えません。'.repeat(30)} Fin.` },
      ],
    });
    const { text, fonts } = read(pdf);
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of ['Mise en demeure de 佐藤 花子', 'Consommatrice : 王芳. Produit : 電子レンジ (臺灣), 냉장고.', 'Fin.']) expect({ expected, found: flat.includes(expected) }).toEqual({ expected, found: true });
    // The long line of Japanese wraps (it has no space), its characters all there.
    expect(text.replace(/\s+/g, '')).toContain(`${'冷蔵庫が冷えません。'.repeat(30)}Fin.`);
    expect(fonts.sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold', 'NotoSansKR-Regular', 'NotoSansSC-Bold', 'NotoSansSC-Regular']);
  });

  it('embeds no fallback in a document DejaVu sets whole (French, Greek, Arabic): the same fonts as before', async () => {
    const { text, fonts } = read(await renderPdf({ title: 't', language: 'fr', blocks: [{ kind: 'title', text: 'Dossier du litige' }, { kind: 'paragraph', text: 'Claire Martin, Αλέξης, Дмитрий, محمد — 729,00 € « reçu »\u202f!' }] }));
    expect(text).toContain('Claire Martin, Αλέξης, Дмитрий');
    expect(fonts.sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
  });

  it('sets a line to the right as one, whatever fonts it mixes: it ends at the right margin, its runs side by side, the line below where a Latin line puts it', async () => {
    const address = (name: string) => renderPdf({ title: 't', language: 'fr', blocks: [{ kind: 'right', text: `(Wang Fang) ${name}\n12 rue des Lilas` }] });
    const mixed = read(await address('王芳')).words;
    const latin = read(await address('Wang')).words;
    const [open, close, name] = mixed;
    expect([open.word, close.word, name.word]).toEqual(['(Wang', 'Fang)', '王芳']);
    // pdfkit aligns each run of a continued line to the right on its own: « (Wang Fang) » would stand under 王芳.
    expect(close.xMax).toBeLessThan(name.xMin);
    expect(name.xMax).toBeCloseTo(latin[2].xMax, 1);
    // The next line as far below as below a line set in DejaVu alone (Noto's lines, this one ends in, are taller).
    expect(mixed.find((w) => w.word === 'Lilas')?.yMin).toBeCloseTo(latin.find((w) => w.word === 'Lilas')?.yMin as number, 2);
  });

  it('reads Arabic and Hebrew as written: the words of a phrase right to left (« محمد العلي » read « العلي محمد »), an Arabic name in a French line and digits in an Arabic one where the Unicode Bidirectional Algorithm puts them, brackets mirrored', async () => {
    const { text, words } = read(
      await renderPdf({
        title: 't',
        language: 'fr',
        blocks: [
          { kind: 'paragraph', text: 'محمد العلي' },
          { kind: 'paragraph', text: 'דוד כהן' },
          { kind: 'paragraph', text: 'Consommateur : محمد العلي, commande 4521 du 3 mars' },
          { kind: 'paragraph', text: 'اشتريت 2 غسالة بسعر 729,00 € (محمد)' },
        ],
      }),
    );
    // pdftotext reads a line of Arabic or Hebrew back in reading order (marking it with embeddings, U+202A to U+202E).
    const lines = text.replace(/[\u202a-\u202e]/gu, '').split('\n');
    expect(lines).toContain('محمد العلي');
    expect(lines).toContain('דוד כהן');
    // Each word as it stands on the page, left to right: its letters too (pdftotext -bbox gives them as drawn).
    const shown = (word: string) => [...word].reverse().join('');
    const line = (top: number) => words.filter((w) => Math.abs(w.yMin - top) < 1).sort((a, b) => a.xMin - b.xMin).map((w) => w.word);
    const tops = [...new Set(words.map((w) => Math.round(w.yMin)))].sort((a, b) => a - b);
    expect(tops).toHaveLength(4);
    expect(line(tops[0])).toEqual([shown('العلي'), shown('محمد')]);
    expect(line(tops[1])).toEqual([shown('כהן'), shown('דוד')]);
    // A French line: the Arabic name a phrase of its own in it, read from its right end, the comma after it on its left.
    expect(line(tops[2])).toEqual(['Consommateur', ':', shown('العلي'), `${shown('محمد')},`, 'commande', '4521', 'du', '3', 'mars']);
    // An Arabic line: read from the right, its numbers left to right, the bracket that opens it on the right, drawn « ) ».
    expect(line(tops[3])).toEqual([`(${shown('محمد')})`, '€', '729,00', shown('بسعر'), shown('غسالة'), '2', shown('اشتريت')]);
  });

  it('sets a paragraph in Arabic that takes several lines flush right, where its reader starts each line, a line below the other as in French; one of a single line keeps the block’s place', async () => {
    const arabic = 'الغسالة تتوقف عن العمل بعد عشر دقائق من التشغيل. '.repeat(9).trim();
    const french = 'La machine s’arrête dix minutes après sa mise en marche. '.repeat(10).trim();
    const { words } = read(await renderPdf({ title: 't', language: 'fr', blocks: [{ kind: 'paragraph', text: 'محمد العلي' }, { kind: 'paragraph', text: arabic }, { kind: 'paragraph', text: french }] }));
    const byLine = new Map<number, { xMin: number; xMax: number }[]>();
    for (const w of words) byLine.set(w.yMin, [...(byLine.get(w.yMin) ?? []), w]);
    const lines = [...byLine].sort(([a], [b]) => a - b).map(([top, ws]) => ({ top, left: Math.min(...ws.map((w) => w.xMin)), right: Math.max(...ws.map((w) => w.xMax)) }));
    const rightMargin = 595.28 - 56;
    const [name, ...rest] = lines;
    const arabicLines = rest.filter((l) => l.top < (words.find((w) => w.word === 'La')?.yMin as number));
    const frenchLines = rest.slice(arabicLines.length);
    expect(name.left).toBeCloseTo(56, 1);
    expect(arabicLines.length).toBeGreaterThan(2);
    for (const l of arabicLines) expect(l.right).toBeCloseTo(rightMargin, 0);
    expect(arabicLines.at(-1)?.left).toBeGreaterThan(100);
    for (const l of frenchLines) expect(l.left).toBeCloseTo(56, 1);
    expect(arabicLines[1].top - arabicLines[0].top).toBeCloseTo(frenchLines[1].top - frenchLines[0].top, 3);
  });

  it('sets a message in Arabic pages long within the margins, page after page, every word there; Arabic-Indic digits, Latin and a dash in it read where they stand', async () => {
    const sentence = 'الغسالة تتوقف عن العمل بعد عشر دقائق، رقم الطلب ١٢٣٤ (WM-80) - مرة أخرى. ';
    const pdf = await renderPdf({ title: 't', language: 'fr', blocks: [{ kind: 'paragraph', text: sentence.repeat(250) }, { kind: 'paragraph', text: 'Fin.' }] });
    const { words } = read(pdf);
    const dir = mkdtempSync(join(tmpdir(), 'recours-pdf-'));
    try {
      writeFileSync(join(dir, 'long.pdf'), pdf);
      expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'long.pdf')], { encoding: 'utf8' }))?.[1])).toBeGreaterThan(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    for (const w of words) expect([w.word, w.xMin >= 55.5 && w.xMax <= 595.28 - 55.5]).toEqual([w.word, true]);
    expect(words.filter((w) => w.word.includes('(WM-80)'))).toHaveLength(250);
    // ١٢٣٤ as it reads, left to right (fontkit would have reversed it, Arabic script as it is).
    expect(words.filter((w) => w.word === '١٢٣٤')).toHaveLength(250);
    expect(words.at(-1)?.word).toBe('Fin.');
  });

  it('cuts a text into runs by the font that has each character, DejaVu first (its punctuation too), the spaces and zero-width spaces with their neighbours where that font has them', () => {
    expect(fontRuns('Claire Martin, Дмитрий, محمد', 'regular')).toEqual([{ font: 'regular', text: 'Claire Martin, Дмитрий, محمد', fallback: false }]);
    expect(fontRuns('', 'bold')).toEqual([{ font: 'bold', text: '', fallback: false }]);
    expect(fontRuns('Nom : 佐藤 花子 (김민준)', 'bold')).toEqual([
      { font: 'bold', text: 'Nom : ', fallback: false },
      { font: 'noto-sc-bold', text: '佐藤 花子 ', fallback: true },
      { font: 'bold', text: '(', fallback: false },
      { font: 'noto-kr-bold', text: '김민준', fallback: true },
      { font: 'bold', text: ')', fallback: false },
    ]);
    // Noto has no zero-width space (breakable's) nor narrow no-break space: DejaVu sets them.
    expect(fontRuns('王芳\u200b王芳\u202f:', 'regular').map((run) => [run.font, run.text])).toEqual([
      ['noto-sc-regular', '王芳'],
      ['regular', '\u200b'],
      ['noto-sc-regular', '王芳'],
      ['regular', '\u202f:'],
    ]);
  });
});
