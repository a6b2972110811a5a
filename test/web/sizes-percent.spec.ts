import { formatters } from '../../apps/web/src/i18n/format';

/** Sizes and shares read the reader's way: French "20 Mo", "850 ko", "50 %"; English "20 MB", "850 kB", "50%". */
const fr = formatters('fr-FR');
const en = formatters('en-GB');
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('a file’s size', () => {
  it('is in kilobytes below a megabyte, with the reader’s unit and digit grouping', () => {
    expect(spaces(fr.size(850 * 1024))).toBe('850 ko');
    expect(en.size(850 * 1024)).toBe('850 kB');
    expect(spaces(fr.size(1000 * 1024 + 300))).toBe('1 000 ko');
    expect(en.size(1000 * 1024)).toBe('1,000 kB');
  });

  it('is in megabytes from a megabyte, with at most one decimal in the reader’s style', () => {
    expect(spaces(fr.size(20 * 1024 * 1024))).toBe('20 Mo');
    expect(spaces(fr.size(20.5 * 1024 * 1024))).toBe('20,5 Mo');
    expect(en.size(20.5 * 1024 * 1024)).toBe('20.5 MB');
  });

  it('is never 0 for a file that has bytes, and a dash when unknown', () => {
    expect(spaces(fr.size(12))).toBe('1 ko');
    expect(fr.size(null)).toBe('—');
  });
});

describe('a share', () => {
  it('has the space French puts before % and English does not', () => {
    expect(spaces(fr.percent(0.5))).toBe('50 %');
    expect(en.percent(0.5)).toBe('50%');
  });
});
