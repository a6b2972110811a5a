import { scrollBoxProps } from '../../apps/web/src/ui/scroll-box';

describe('the box a wide table scrolls in', () => {
  it('is a keyboard stop named by the caption, as a region', () => {
    expect(scrollBoxProps('caption-1')).toEqual({ tabIndex: 0, role: 'region', 'aria-labelledby': 'caption-1' });
  });

  it('is no keyboard stop without a caption to name it (an unnamed stop before, 2026-12-07)', () => {
    expect(scrollBoxProps(null)).toEqual({});
  });
});
