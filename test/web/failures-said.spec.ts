import { en } from '../../libs/locale/src/catalogue/en';
import { fr } from '../../libs/locale/src/catalogue/fr';
import { LOOKUP_FAILED, lookedUp, unsubscribeOutcome } from '../../apps/web/src/api/outcomes';

/** A failure is said as what it is: a lookup that failed is not "no account", an outage is not "this link is not valid". */
describe('an account lookup (erasing a person’s data, adding a mediator)', () => {
  it('is "none" only when the API answered that there is none', () => {
    expect(lookedUp(null, undefined)).toBeNull();
    expect(lookedUp(undefined, undefined)).toBeNull();
  });

  it('is a failure when the API did not answer (network, refused, outage)', () => {
    expect(lookedUp(undefined, new Error('[Network] Failed to fetch'))).toBe(LOOKUP_FAILED);
    expect(lookedUp(null, { graphQLErrors: [{ extensions: { code: 'FORBIDDEN' } }] })).toBe(LOOKUP_FAILED);
  });

  it('is what was found when found', () => {
    const account = { id: 'a', role: 'MEDIATOR' };
    expect(lookedUp(account, undefined)).toBe(account);
  });
});

describe('an unsubscribe link’s answer', () => {
  it('is done on 2xx, invalid only when the server says the link is not one', () => {
    expect(unsubscribeOutcome(200)).toBe('done');
    expect(unsubscribeOutcome(204)).toBe('done');
    expect(unsubscribeOutcome(404)).toBe('invalid');
    expect(unsubscribeOutcome(410)).toBe('invalid');
  });

  it('is a failure to try again on an outage, too many tries or no answer', () => {
    expect(unsubscribeOutcome(500)).toBe('failed');
    expect(unsubscribeOutcome(503)).toBe('failed');
    expect(unsubscribeOutcome(429)).toBe('failed');
    expect(unsubscribeOutcome(null)).toBe('failed');
  });

  it('has its sentences in French and English, and the fields an alert may name (webhook URL, service points, team member and role) a name', () => {
    for (const key of ['unsubscribe.failed', 'verify.failed', 'verify.failedBody', 'field.url', 'field.servicePoints', 'field.agentId', 'field.teamRole'] as const) {
      expect(fr[key]).toBeTruthy();
      expect(fr[key]).not.toBe(en[key]);
    }
  });
});
