import { readdirSync, readFileSync, statSync } from 'node:fs';
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
    // The webhook channel's own resolver: a name not found, a DNS that never answers, one that refuses.
    expect(deliveryErrorKey('DNS ENOTFOUND helpdesk.example.com: the name has no address')).toBe('delivery.error.dns');
    expect(deliveryErrorKey('DNS ETIMEOUT helpdesk.example.com: its name servers did not answer within 3 s')).toBe('delivery.error.dns');
    expect(deliveryErrorKey('DNS EREFUSED helpdesk.example.com: the name could not be resolved')).toBe('delivery.error.dns');
    expect(deliveryErrorKey('hooks.shop.fr resolves to 127.0.0.1, which is not a public address (set WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true to allow it)')).toBe('delivery.error.url');
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

/**
 * A value the web app names with `label(prefix, value)` shows as it is when the catalogue has no
 * `prefix.value` (I18nProvider: the raw code, `PENDING`, `REPAIR`): each prefix is tied here to
 * the schema's enum, or the domain's union, whose every value it must name, in both languages.
 */
describe('the values the web app names by a key built from them', () => {
  const enumValues = (name: string): string[] => {
    const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)?.[1];
    if (!body) throw new Error(`no enum ${name} in schema.gql`);
    return body.split('\n').map((line) => line.trim()).filter((line) => /^[A-Z][A-Z0-9_]*(\s|$)/.test(line)).map((line) => line.split(/\s/)[0]!);
  };
  /** The quoted values of a union written in a libs/disputes source: `= 'A' | 'B'` after `marker`. */
  const unionValues = (file: string, marker: string): string[] => {
    const source = readFileSync(join(__dirname, '../../libs/disputes/src', file), 'utf8');
    const at = source.indexOf(marker);
    if (at < 0) throw new Error(`no ${marker} in ${file}`);
    const union = /^[^;\n]*/.exec(source.slice(at + marker.length))![0];
    return [...union.matchAll(/'([A-Z_]+)'/g)].map((match) => match[1]!);
  };
  const NAMED: Record<string, () => string[]> = {
    status: () => enumValues('DisputeStatus'),
    remedy: () => [...enumValues('Remedy'), ...enumValues('RightsRemedyKind'), ...enumValues('RightsPendingRemedy')],
    remedyHint: () => enumValues('Remedy'),
    condition: () => [...enumValues('ProductCondition'), ...enumValues('GoodsCondition')],
    channel: () => enumValues('PurchaseChannel'),
    deadline: () => enumValues('DeadlineKind'),
    evidence: () => enumValues('EvidenceKind'),
    inadmissibilityGround: () => enumValues('InadmissibilityGround'),
    mediationOutcome: () => enumValues('MediationOutcome'),
    nextStep: () => enumValues('NextStepKind'),
    offerStatus: () => enumValues('OfferStatus'),
    remedyFailure: () => enumValues('RemedyFailure'),
    role: () => enumValues('Role'),
    'search.field': () => enumValues('SearchField'),
    side: () => enumValues('Side'),
    turn: () => enumValues('Turn'),
    visibility: () => enumValues('MessageVisibility'),
    mediationStage: () => unionValues('state.ts', 'export type MediationStage ='),
    settlementStatus: () => unionValues('state.ts', 'export type SettlementStatus ='),
    escalation: () => unionValues('values/escalation-level.ts', 'export type EscalationLevel ='),
    owedBy: () => unionValues('deadlines/open-deadlines.ts', 'owedBy:'),
    remedyOutcome: () => ['FULFILLED', 'FAILED'],
  };
  /** Prefixes whose values are checked elsewhere (event: web-messages.spec) or are not a closed set (a field's path, an error code). */
  const ELSEWHERE = new Set(['event', 'field', 'error.code']);

  it('ties every prefix the web app labels with to the values it names', () => {
    const root = join(__dirname, '../../apps/web/src');
    const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : /\.tsx?$/.test(name) ? [join(dir, name)] : []));
    const prefixes = new Set(files(root).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\blabel\(\s*[`']([\w.]+)(?:\.\$\{[^}]*\})?[`']/g)].map((match) => match[1]!)));
    expect(prefixes).toContain('status');
    expect([...prefixes].filter((prefix) => !(prefix in NAMED) && !ELSEWHERE.has(prefix))).toEqual([]);
  });

  it('has a word, in French and English, for every value of each', () => {
    const missing = Object.entries(NAMED).flatMap(([prefix, values]) => {
      const all = values();
      expect(all.length).toBeGreaterThan(1);
      return all.map((value) => `${prefix}.${value}`).filter((key) => !(key in en) || !(key in fr));
    });
    expect(missing).toEqual([]);
  });
});

