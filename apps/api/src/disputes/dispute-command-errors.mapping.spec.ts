import { DomainError, invalidInput, fieldProblem } from '@recours/disputes';
import { translate } from '../graphql/localize-errors';
import { toGraphQLError } from './dispute-command-errors.mapping';

describe('a refusal of what one field names is answered on that field (journeys review, finding 14)', () => {
  it('an offer not on the dispute: DOMAIN_RULE OFFER_NOT_FOUND as before, and input.offerId named as a malformed id is', () => {
    const error = toGraphQLError(new DomainError('OFFER_NOT_FOUND', { offerId: 'o-9' }, 'offerId'));
    expect(error.extensions).toMatchObject({
      code: 'DOMAIN_RULE',
      rule: 'OFFER_NOT_FOUND',
      params: { offerId: 'o-9' },
      fields: [{ field: 'input.offerId', code: 'OFFER_NOT_FOUND', params: { offerId: 'o-9' }, message: 'there is no such offer on this dispute' }],
    });
    translate(error, 'fr');
    expect(error.message).toBe('cette offre n’existe pas dans ce litige');
    expect(error.extensions.fields).toEqual([{ field: 'input.offerId', code: 'OFFER_NOT_FOUND', params: { offerId: 'o-9' }, message: 'cette offre n’existe pas dans ce litige' }]);
  });

  it('a settlement not in the mediation: input.settlementId, in English and French', () => {
    const en = toGraphQLError(new DomainError('SETTLEMENT_NOT_FOUND', { settlementId: 's-9' }, 'settlementId'));
    translate(en, 'en');
    expect(en.extensions).toMatchObject({ code: 'DOMAIN_RULE', rule: 'SETTLEMENT_NOT_FOUND', fields: [{ field: 'input.settlementId', message: 'there is no such settlement in this mediation' }] });
    const fr = toGraphQLError(new DomainError('SETTLEMENT_NOT_FOUND', { settlementId: 's-9' }, 'settlementId'));
    translate(fr, 'fr');
    expect(fr.extensions).toMatchObject({ fields: [{ field: 'input.settlementId', message: 'cette proposition de solution n’existe pas dans cette médiation' }] });
  });

  it('a rule about no one field names none, and bad input is answered as before', () => {
    expect(toGraphQLError(new DomainError('DISPUTE_ALREADY_FILED', { disputeId: 'd-1' })).extensions).not.toHaveProperty('fields');
    expect(toGraphQLError(invalidInput('evidence[0].sha256', fieldProblem('DOCUMENT_LISTED_TWICE'))).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.evidence.0.sha256', code: 'DOCUMENT_LISTED_TWICE' }] });
  });
});
