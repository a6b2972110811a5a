/**
 * Which font sets which character of a document. DejaVu Sans sets every character it has (Latin,
 * Greek, Cyrillic, Arabic, Hebrew…); what it lacks, Chinese, Japanese and Korean above all, is set
 * in the first fallback that has it: Noto Sans SC (Chinese, simplified and traditional, Japanese
 * kana and kanji), then Noto Sans KR (Hangul). A character no font has stays in DejaVu, which
 * draws its empty box, as before. pdfkit embeds only the glyphs a document uses, and a font only
 * if it uses one: a document in Latin script carries DejaVu alone.
 */

/** The part of a fontkit font the runs need (fontkit, which pdfkit sets text with, ships no types). */
interface CoverageFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
  /** The metrics pdfkit places a line by, in font units. */
  ascent: number;
  descent: number;
  lineGap: number;
  unitsPerEm: number;
}
const fontkit = require('fontkit') as { openSync(path: string): CoverageFont };

export type Weight = 'regular' | 'bold';

/** The fonts in the order they are tried, each by the name a document registers it under. */
const FONTS: readonly { name: string; regular: string; bold: string }[] = [
  { name: 'dejavu', regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf') },
  {
    name: 'noto-sc',
    regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
    bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
  },
  {
    name: 'noto-kr',
    regular: require.resolve('@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf'),
    bold: require.resolve('@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf'),
  },
];

/** The name a document knows a font by: `regular` and `bold` are DejaVu's, as they always were. */
const fontName = (index: number, weight: Weight) => (index === 0 ? weight : `${FONTS[index].name}-${weight}`);

/** Every font a document may set text in, by name and file; pdfkit reads a file only when its font is first used. */
export const DOCUMENT_FONTS: readonly { name: string; path: string }[] = FONTS.flatMap((font, i) => (['regular', 'bold'] as const).map((weight) => ({ name: fontName(i, weight), path: font[weight] })));

/** Each font's coverage, read once per process and only when asked: a document in Latin script never opens a fallback. */
const loaded = new Map<string, CoverageFont>();
function coverage(index: number, weight: Weight): CoverageFont {
  const path = FONTS[index][weight];
  let font = loaded.get(path);
  if (!font) loaded.set(path, (font = fontkit.openSync(path)));
  return font;
}

/**
 * Characters that take the font of the run they stand in, where that font has them, rather than
 * one of their own: spaces (between two ideographs), the zero-width and joining characters
 * (`breakable`'s line-break opportunities), combining marks and variation selectors. Noto has no
 * zero-width space nor narrow no-break space: in a run of Chinese, those are set in DejaVu.
 */
const NEUTRAL = /^[\p{White_Space}\p{Cf}\p{M}]$/u;

/** Each character's font, by weight, once looked up: a long message asks for the same few hundred characters again and again. */
const chosen: Record<Weight, Map<number, number>> = { regular: new Map(), bold: new Map() };

/** The index of the first font, DejaVu first, with a glyph for the character; DejaVu if none has it. */
function fontFor(codePoint: number, weight: Weight): number {
  let font = chosen[weight].get(codePoint);
  if (font === undefined) {
    font = Math.max(0, FONTS.findIndex((_, i) => coverage(i, weight).hasGlyphForCodePoint(codePoint)));
    chosen[weight].set(codePoint, font);
  }
  return font;
}

export interface Run {
  /** The font's name, as registered from DOCUMENT_FONTS. */
  font: string;
  text: string;
  /** Set in a fallback, not in DejaVu. */
  fallback: boolean;
}

/**
 * The text cut into runs, each in the font that has its characters, in the weight asked: one run,
 * in `regular` or `bold` (DejaVu), for a text DejaVu sets whole. The runs joined are the text.
 */
export function fontRuns(text: string, weight: Weight): Run[] {
  const runs: { font: number; text: string }[] = [];
  for (const character of text) {
    const codePoint = character.codePointAt(0) as number;
    const last = runs.at(-1);
    let font: number;
    // Below U+0370 (Latin, its accents, IPA), in a run of DejaVu: DejaVu, without a look-up.
    if (codePoint < 0x370 && (!last || last.font === 0)) font = 0;
    else if (last && NEUTRAL.test(character) && coverage(last.font, weight).hasGlyphForCodePoint(codePoint)) font = last.font;
    else font = fontFor(codePoint, weight);
    if (last && last.font === font) last.text += character;
    else runs.push({ font, text: character });
  }
  if (runs.length === 0) return [{ font: fontName(0, weight), text, fallback: false }];
  return runs.map((run) => ({ font: fontName(run.font, weight), text: run.text, fallback: run.font !== 0 }));
}

/** A font's ascent and line height (its gap included) at a size, in points, as pdfkit computes them. */
function metrics(index: number, weight: Weight, size: number) {
  const font = coverage(index, weight);
  const scale = size / font.unitsPerEm;
  return { ascent: font.ascent * scale, lineHeight: (font.ascent - font.descent + font.lineGap) * scale };
}

/**
 * Where pdfkit is to place a run of a line that holds a fallback: every run on DejaVu's baseline
 * (Noto's ascent is higher: its ideographs would sit some 0.2 em low), and each line a DejaVu line's
 * height below the one before, whatever font it ends in (Noto's lines are a quarter taller). Each
 * run states both, since pdfkit carries a run's options over to the next one on the same line.
 */
export function runPlacement(run: Run, weight: Weight, size: number): { baseline: number | 'top'; lineGap: number } {
  if (!run.fallback) return { baseline: 'top', lineGap: 0 };
  const index = FONTS.findIndex((font, i) => fontName(i, weight) === run.font);
  const dejaVu = metrics(0, weight, size);
  return { baseline: -dejaVu.ascent, lineGap: dejaVu.lineHeight - metrics(index, weight, size).lineHeight };
}
