import { typeset, type Locale } from '@recours/locale';

/** What an e-mail says, already in its reader's language; `renderEmail` lays it out as text and HTML. */
export interface EmailContent {
  locale: Locale;
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** The one thing to do, as a button in HTML and a bare link in text. */
  action?: { label: string; url: string };
  /** Said after the action: how long the link lasts, what to do if this was not you. */
  notes?: string[];
}

const FOOTER: Record<Locale, string> = {
  fr: 'Ce message vous est envoyé par recours. Merci de ne pas y répondre : cette adresse ne lit pas les réponses.',
  en: 'This message was sent to you by recours. Please do not reply: nobody reads this address.',
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Plain text and HTML carrying the same sentences; the HTML is self-contained and inline-styled.
 * The one place an e-mail's words are typeset (typeset: in French a narrow no-break space before
 * : ; ! ? and inside « »), subject, text and HTML alike: the sentences come with plain spaces and
 * people's words (names, a reason) marked verbatim, which stay as written. The link is left alone.
 */
export function renderEmail(to: string, content: EmailContent): { to: string; subject: string; text: string; html: string } {
  const { locale, action } = content;
  const read = (text: string) => typeset(text, locale);
  const subject = read(content.subject);
  const greeting = read(content.greeting);
  const paragraphs = content.paragraphs.map(read);
  const notes = (content.notes ?? []).map(read);
  const footer = read(FOOTER[locale]);
  const text = [greeting, ...paragraphs, ...(action ? [`${read(action.label)}\n${action.url}`] : []), ...notes, '--', footer].join('\n\n');
  const p = (t: string) => `<p style="margin:0 0 16px">${escapeHtml(t)}</p>`;
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1c7ed6;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(read(action.label))}</a></p>` +
      `<p style="margin:0 0 16px;font-size:13px;color:#555555">${escapeHtml(action.url)}</p>`
    : '';
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f6f7f9;font-family:Arial,Helvetica,sans-serif;color:#1a1b1e;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#ffffff;padding:24px;border-radius:8px">
${p(greeting)}
${paragraphs.map(p).join('\n')}
${button}
${notes.map(p).join('\n')}
<hr style="border:none;border-top:1px solid #e3e5e8;margin:24px 0">
<p style="margin:0;font-size:12px;color:#777777">${escapeHtml(footer)}</p>
</div></body></html>`;
  return { to, subject, text, html };
}
