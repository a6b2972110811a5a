import { join, resolve } from 'node:path';

/** Where e-mail goes: an SMTP server, .eml files for a newcomer, or nowhere (a production without SMTP_URL). */
export type MailDestination = { kind: 'smtp'; url: string } | { kind: 'files'; directory: string } | { kind: 'none' };

export interface MailConfig {
  destination: MailDestination;
  /** The From header, e.g. `recours <no-reply@recours.example>`. */
  from: string;
}

export const DEFAULT_MAIL_FROM = 'recours <no-reply@recours.localhost>';

/** SMTP_URL (smtp:// or smtps://, credentials in the URL) and MAIL_FROM; without SMTP_URL, files under DATA_DIR/mail outside production. */
export function mailConfigFrom(env: NodeJS.ProcessEnv): MailConfig {
  const from = env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM;
  const url = env.SMTP_URL?.trim();
  if (url) {
    const protocol = new URL(url).protocol;
    if (protocol !== 'smtp:' && protocol !== 'smtps:') throw new Error(`SMTP_URL must start with smtp:// or smtps://, not ${protocol}//`);
    return { destination: { kind: 'smtp', url }, from };
  }
  if (env.NODE_ENV === 'production') return { destination: { kind: 'none' }, from };
  return { destination: { kind: 'files', directory: join(resolve(env.DATA_DIR ?? '.data'), 'mail') }, from };
}
