import { bidiLevels, visualPieces } from './bidi-lines';

/** The pieces of a line of one font, as pdf-document.ts sets them, left to right. */
const piecesOf = (line: string) => visualPieces(line, bidiLevels(line)!, 0, line.length, [{ text: line }]).map(({ layout, text }) => [layout, text]);

describe('a line of Arabic cut into the pieces pdfkit sets', () => {
  it('keeps a phrase word by word (laid out once per word and remembered) when a number, a bracket or a stop stands beside it', () => {
    // Laid out `whole`, a phrase is shaped anew at every call: a case file of 80 Arabic messages
    // holding numbers took ten times as long (docs/performance.md, 2026-12-07).
    const pieces = piecesOf('بعد استبدال الشاحن (الطلب رقم 2026) بمبلغ 649 يورو.');
    expect(pieces.filter(([layout]) => layout === 'whole')).toEqual([]);
    expect(pieces).toEqual([
      ['words', 'يورو.'],
      ['plain', ' '],
      ['plain', '649'],
      ['plain', ' '],
      // The closing bracket, mirrored, a word of its own before « بمبلغ » (read right to left).
      ['words', 'بمبلغ ('],
      ['plain', '2026'],
      ['plain', ' '],
      ['words', 'رقم )الطلب الشاحن استبدال بعد'],
    ]);
  });

  it('sets a word of no script that does not read alike both ways as a whole, not word by word', () => {
    const pieces = piecesOf('محمد ?! العلي');
    expect(pieces.some(([layout]) => layout === 'whole')).toBe(true);
  });
});
