import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../../libs/locale/src/catalogue/en';
import { fr } from '../../libs/locale/src/catalogue/fr';
import { countryName, currencyName, currencyOption } from '../../apps/web/src/i18n/names';
import { deliveryErrorKey, deliveryErrorStatus } from '../../apps/web/src/features/notifications/delivery-error';
import { WEBHOOK_EVENT_TYPES, webhookEventKey } from '../../apps/web/src/features/webhooks/webhook-events';

/** No person reads an internal code: webhook event types, ISO countries and currencies, a transport's raw error are named in her language. */
const schema = readFileSync(join(__dirname, '../../schema.gql'), 'utf8');

describe('webhook event types', () => {
  // One value a line, maybe followed by its @deprecated(reason: "…").
  const declared = /enum WebhookEventType \{([^}]*)\}/.exec(schema)?.[1].split('\n').map((line) => line.trim().split(/\s/)[0]).filter(Boolean) ?? [];

  it('are every one a value of the schema’s WebhookEventType', () => {
    expect(declared.length).toBeGreaterThan(10);
    expect(WEBHOOK_EVENT_TYPES.filter((type) => !declared.includes(type))).toEqual([]);
  });

  it('each have a title in both languages (the timeline’s), never the code', () => {
    expect(declared.filter((type) => !(webhookEventKey(type) in en))).toEqual([]);
    expect(fr[webhookEventKey('CLAIM_FILED')]).toBe('Réclamation déposée');
    expect(en[webhookEventKey('DEADLINE_REMINDER_RECORDED')]).toBe(en['event.DeadlineReminderRecorded']);
  });
});

describe('countries and currencies', () => {
  it('are named in the reader’s language', () => {
    expect(countryName('FR', 'fr')).toBe('France');
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(countryName('DE', 'en')).toBe('Germany');
    expect(currencyName('EUR', 'fr')).toBe('euro');
    expect(currencyName('SEK', 'fr')).toBe('couronne suédoise');
    expect(currencyName('SEK', 'en')).toBe('Swedish Krona');
  });

  it('are options with a name and, where it has one, a symbol', () => {
    expect(currencyOption('EUR', 'fr')).toEqual({ value: 'EUR', label: 'Euro (€)' });
    expect(currencyOption('PLN', 'fr')).toEqual({ value: 'PLN', label: 'Zloty polonais (zł)' });
    expect(currencyOption('BGN', 'fr')).toEqual({ value: 'BGN', label: 'Lev bulgare' });
  });

  it('fall back to the code only when it names nothing', () => {
    expect(countryName(null, 'fr')).toBe('—');
    expect(currencyName('not a code', 'fr')).toBe('not a code');
  });
});

describe('a delivery’s failure', () => {
  it('is said by a sentence for its cause, not the transport’s text', () => {
    expect(deliveryErrorKey('answered HTTP 503')).toBe('delivery.error.http');
    expect(deliveryErrorStatus('answered HTTP 503')).toBe('503');
    expect(deliveryErrorKey('the URL must be a public https address')).toBe('delivery.error.url');
    expect(deliveryErrorKey('getaddrinfo ENOTFOUND helpdesk.example.com')).toBe('delivery.error.dns');
    expect(deliveryErrorKey('connect ECONNREFUSED 10.0.0.1:443')).toBe('delivery.error.refused');
    expect(deliveryErrorKey('The operation was aborted due to timeout')).toBe('delivery.error.timeout');
    // What the notifier itself records: a webhook receiver, an SMTP server that never answers.
    expect(deliveryErrorKey('no answer within 10 s')).toBe('delivery.error.timeout');
    expect(deliveryErrorKey('Greeting never received')).toBe('delivery.error.timeout');
    expect(deliveryErrorKey("Can't send mail - all recipients were rejected: 550 5.1.1 <…@example.test>: Recipient address rejected")).toBe('delivery.error.mailbox');
    expect(deliveryErrorKey('unable to verify the first certificate')).toBe('delivery.error.tls');
    expect(deliveryErrorKey('socket hang up')).toBe('delivery.error.connection');
    expect(deliveryErrorKey('550 5.1.1 <x@example.com>: Recipient address rejected: User unknown')).toBe('delivery.error.mailbox');
    expect(deliveryErrorKey('something nobody foresaw')).toBe('delivery.error.other');
  });

  it('has its sentences in French and English', () => {
    const keys = Object.keys(en).filter((key) => key.startsWith('delivery.error.'));
    expect(keys.length).toBeGreaterThanOrEqual(10);
    for (const key of keys) expect(fr[key as keyof typeof fr]).not.toBe(en[key as keyof typeof en]);
  });
});
