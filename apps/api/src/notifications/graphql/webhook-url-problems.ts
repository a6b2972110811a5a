import type { Phrase } from '@recours/locale';

/** The webhook address guard's refusals (English, libs/notifications) as codes and in French. */
const KNOWN: Record<string, { code: string; fr: string }> = {
  'must be an absolute URL': { code: 'NOT_AN_ABSOLUTE_URL', fr: 'doit être une adresse web complète' },
  'must be an https:// URL': { code: 'NOT_HTTPS', fr: 'doit être une adresse https://' },
  'must be an http:// or https:// URL': { code: 'NOT_HTTP', fr: 'doit être une adresse http:// ou https://' },
  'must not carry credentials': { code: 'URL_WITH_CREDENTIALS', fr: 'ne doit pas contenir d’identifiants' },
  'must be at most 2000 characters': { code: 'TOO_LONG', fr: 'doit comporter au plus 2 000 caractères' },
  'must not point to a loopback, private or link-local address': { code: 'PRIVATE_ADDRESS', fr: 'ne doit pas désigner une adresse locale, privée ou de lien local' },
};

/** An unknown sentence stays as it is (English) under a code of its own. */
export function webhookUrlRefusal(english: string): { code: string; message: string | Phrase } {
  const known = KNOWN[english];
  return known ? { code: known.code, message: { en: english, fr: known.fr } } : { code: 'UNSAFE_WEBHOOK_URL', message: english };
}
