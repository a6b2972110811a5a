import type { FileClaim } from '@recours/disputes';
import { agent, command, consumer, day, disputeAfter, fileClaimCommand } from '../../../../../libs/disputes/src/testing/dispute-fixtures';
import { DISPUTE_STATE, type DisputeView } from '../dispute-view';
import { DisputeQueriesResolver } from './dispute-queries.resolver';

/** Bought and delivered in January 2022: the legal warranty ended on 12 January 2024, before the defect appeared (10 February 2025). */
const ENDED: Partial<FileClaim> = { purchase: { ...fileClaimCommand().purchase, purchasedOn: '2022-01-10', deliveredOn: '2022-01-12' } };

// Dispute.formalNoticeDemand: what the documents panel tells her before she downloads the letter, by the letter's own rule.
describe('Dispute.formalNoticeDemand: the remedy the formal notice demands on the dispute’s day', () => {
  const resolver = new DisputeQueriesResolver(null as never, null as never);
  const demandOf = (overrides: Partial<FileClaim>) =>
    resolver.formalNoticeDemand({ [DISPUTE_STATE]: disputeAfter(fileClaimCommand(overrides)), asOf: new Date('2025-03-20T10:00:00Z') } as unknown as DisputeView);

  it('past the legal warranty, a repair or a replacement asked for: a refund, under the hidden-defects action', () => {
    expect(demandOf({ ...ENDED, requestedRemedy: 'REPAIR' })).toBe('REFUND');
    expect(demandOf({ ...ENDED, requestedRemedy: 'REPLACEMENT' })).toBe('REFUND');
  });

  it('within the legal warranty, or another remedy asked for: what she asked for', () => {
    expect(demandOf({ requestedRemedy: 'REPAIR' })).toBe('REPAIR');
    expect(demandOf({ ...ENDED, requestedRemedy: 'PRICE_REDUCTION' })).toBe('PRICE_REDUCTION');
  });

  it('formalNoticeCitesAgreement: an agreed sum she reported not paid, the letter citing the agreement; not a repair not carried out, nor her claim alone', () => {
    const citesOf = (remedy: 'REFUND' | 'REPAIR') =>
      resolver.formalNoticeCitesAgreement({
        [DISPUTE_STATE]: disputeAfter(
          fileClaimCommand(),
          command('MakeOffer', day(1), agent, { offerId: 'offer-1', remedy, daysToCarryOut: 14, ...(remedy === 'REFUND' ? { amount: { amount: '649.00', currency: 'EUR' } } : {}) }),
          command('AcceptOffer', day(2), consumer, { offerId: 'offer-1' }),
          command('ReportRemedyFailed', day(17), consumer, { failure: 'NOT_CARRIED_OUT', description: 'Rien reçu' }),
        ),
        asOf: new Date('2025-03-21T10:00:00Z'),
      } as unknown as DisputeView);
    expect(citesOf('REFUND')).toBe(true);
    expect(citesOf('REPAIR')).toBe(false);
    expect(resolver.formalNoticeCitesAgreement({ [DISPUTE_STATE]: disputeAfter(fileClaimCommand()), asOf: new Date('2025-03-20T10:00:00Z') } as unknown as DisputeView)).toBe(false);
  });
});
