import { errorTextOf } from './error-text';

describe('errorTextOf: an error text without the e-mail addresses in it', () => {
  it.each([
    ["Can't send mail - all recipients were rejected: 550 5.1.1 <ann@example.fr>: Recipient address rejected", "Can't send mail - all recipients were rejected: 550 5.1.1 <…@example.fr>: Recipient address rejected"],
    ['550 5.1.1 Ann.Martin+recours@Example.FR... User unknown', '550 5.1.1 …@Example.FR... User unknown'],
    ['550 5.1.1 <"ann martin"@example.fr>: bad mailbox', '550 5.1.1 <…@example.fr>: bad mailbox'],
    ['550 5.1.1 <léa@exämple.fr> and <lea@xn--exmple-cua.fr>', '550 5.1.1 <…@exämple.fr> and <…@xn--exmple-cua.fr>'],
    ['550 5.1.1 <ann@[192.0.2.1]>: no such user', '550 5.1.1 <…@[192.0.2.1]>: no such user'],
  ])('%s', (text, expected) => expect(errorTextOf(text)).toBe(expected));

  // Scripts that write vowels and signs as combining marks (\p{M}), and the joiners: addresses IsEmail accepts at sign-up.
  it.each([
    ['550 5.1.1 <पूजा@example.in>: user unknown', '550 5.1.1 <…@example.in>: user unknown'],
    ['550 5.1.1 <อีเมล@example.th>: user unknown', '550 5.1.1 <…@example.th>: user unknown'],
    ['550 5.1.1 <ann@मराठी.भारत>: user unknown', '550 5.1.1 <…@मराठी.भारत>: user unknown'],
    ['550 5.1.1 <jose\u0301@example.fr>: user unknown', '550 5.1.1 <…@example.fr>: user unknown'],
    ['550 5.1.1 <می\u200cخواهم@example.ir>: user unknown', '550 5.1.1 <…@example.ir>: user unknown'],
  ])('%s', (text, expected) => expect(errorTextOf(text)).toBe(expected));

  it('leaves a text without an address as it is', () => {
    for (const text of ['421 4.7.0 Try again later', 'connect ECONNREFUSED 127.0.0.1:25', 'no answer within 0.5 s', 'user@ alone', '@handle']) expect(errorTextOf(text)).toBe(text);
  });
});

describe('errorTextOf: a long text from a server anyone may run', () => {
  it('reads its first 2,000 characters, less the word the cut fell in (part of an address, maybe)', () => {
    const text = `550 5.1.1 ${'x'.repeat(1_980)} ann.martin@example.fr rejected`; // the cut falls in « ann.marti »
    const read = errorTextOf(text);
    expect(read).toBe(`550 5.1.1 ${'x'.repeat(1_980)} …`);
    expect(read).not.toContain('ann');
  });

  it('answers for a megabyte of address-like characters without a dot or an @ that ends them (no backtracking pattern)', () => {
    // Each of these held a pattern with nested quantifiers for minutes; read to 2,000 characters, at once.
    for (const text of [`a@${'a'.repeat(1_000_000)}!`, `${'a'.repeat(1_000_000)}@`, `a@${'a-'.repeat(500_000)}`]) expect(errorTextOf(text).length).toBeLessThanOrEqual(2_001);
  });
});
