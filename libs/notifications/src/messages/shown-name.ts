/** The most characters of a chosen name an e-mail shows (a cut name ends with "…"). */
export const SHOWN_NAME_MAX = 40;

/**
 * A name someone chose freely (an account's display name: sign-up takes any 120 characters), as
 * the account e-mails show it. They go to addresses no one has proven yet (a company's address to
 * confirm, a sign-up's, an invitation's), so whatever was typed must never read there as a link,
 * an address, a number to call or a text of its own: only what names are made of is kept
 * (letters and their accents, spaces, apostrophes, hyphens, the dot of an initial, "J. Dupont"),
 * anything else becomes a space ("evil.example" reads "evil example", which no mail reader makes a
 * link of); invisible and direction characters go; at most SHOWN_NAME_MAX characters, cut at a
 * word. Null when no letter is left: the e-mail then says it without a name. The one definition
 * for every account e-mail (account-email-message.ts).
 */
export function shownName(name: string | null | undefined): string | null {
  if (!name) return null;
  const kept = name
    .normalize('NFKC')
    // Zero-width and direction characters (which can reorder what is read): removed, not spaced.
    .replace(/\p{Cf}/gu, '')
    // The dot of an initial (after a letter, before a space or the end) is kept; any other is a space.
    .replace(/(?<!\p{L})\.|\.(?!\s|$)/gu, ' ')
    .replace(/[^\p{L}\p{M}\s'’.-]/gu, ' ')
    .replace(/([-'’])[-'’]+/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[-'’.\s]+|[-'’\s]+$/gu, '');
  if (!/\p{L}/u.test(kept)) return null;
  return cutAtWord(kept, SHOWN_NAME_MAX, /[-'’.\s]+$/u);
}

/** The text if it holds at most `max` characters; else its head cut at a word, without `trailing` punctuation, and "…". */
function cutAtWord(text: string, max: number, trailing: RegExp): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  let head = chars.slice(0, max - 1).join('');
  const lastSpace = head.lastIndexOf(' ');
  if (chars[max - 1] !== ' ' && lastSpace > 0) head = head.slice(0, lastSpace);
  return `${head.replace(trailing, '')}…`;
}

/**
 * The words by which an e-mail may name a person: her address, her name as she gave it, and her
 * name as the account e-mails show it (shownName: defused, and when cut, its head without "…"),
 * which is not always a part of the first ("Marc (SAV Acme)" shows as "Marc SAV Acme"). What her
 * erasure looks for in the development copies of the e-mails (Mailer.forgetCopiesNaming).
 */
export function wordsNaming(email: string, displayName: string): string[] {
  const shown = shownName(displayName)?.replace(/…$/u, '');
  return [email, displayName, ...(shown ? [shown] : [])];
}

/** The most characters of a company's name an e-mail shows (a cut name ends with "…"). */
export const SHOWN_COMPANY_NAME_MAX = 60;

/**
 * A company's name as the account e-mails show it: typed freely by whoever signs a merchant up,
 * and by any consumer inviting a company (inviteMerchant), then written in the subject and the
 * body of e-mails to addresses no one has proven (the company's contact, an agent's, a company
 * address to confirm). As shownName, nothing there may read as a link, an address or a number to
 * call, but what company names are made of stays: digits ("1001 Piles", "3 Suisses"), "&", "+",
 * commas and brackets; a run of five digits or more (a telephone number, whatever separates its
 * groups) goes; invisible and direction characters go; at most SHOWN_COMPANY_NAME_MAX characters,
 * cut at a word. Null when neither letter nor digit is left.
 */
export function shownCompanyName(name: string | null | undefined): string | null {
  if (!name) return null;
  const kept = name
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    // A number to call: five digits or more, grouped by spaces, dots, hyphens or slashes or not.
    .replace(/\+?\d(?:[\s./-]*\d){4,}/gu, ' ')
    // A dot is kept when a space or the end follows ("Cie."); any other is a space ("S.A." reads "S A.", "evil.example" "evil example").
    .replace(/(?<![\p{L}\p{N}])\.|\.(?!\s|$)/gu, ' ')
    .replace(/[^\p{L}\p{M}\p{N}\s'’.&+,()-]/gu, ' ')
    .replace(/([-'’.,&+])[-'’.,&+]+/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[-'’.,&+)\s]+|[-'’,&+(\s]+$/gu, '');
  if (!/[\p{L}\p{N}]/u.test(kept)) return null;
  return cutAtWord(kept, SHOWN_COMPANY_NAME_MAX, /[-'’.,&+(\s]+$/u);
}
