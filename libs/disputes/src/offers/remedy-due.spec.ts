import { agent, consumer } from '../testing/actors';
import { day } from '../testing/calendar';
import { command, disputeAfter } from '../testing/dispute-spec';
import { fileClaimCommand } from '../testing/washing-machine-claim';

// Item 2 of issue 14: the 30 days of Code de la consommation L217-10 run from the consumer's
// request ("trente jours suivant la demande du consommateur"), not from the agreement.

const offer = (n: number, remedy: 'REPAIR' | 'REPLACEMENT' | 'REFUND', days = 30) =>
  command('MakeOffer', day(n), agent, { offerId: `offer-${n}`, remedy, daysToCarryOut: days, ...(remedy === 'REFUND' && { amount: { amount: '649.00', currency: 'EUR' } }) });
const accept = (n: number, of: number) => command('AcceptOffer', day(n), consumer, { offerId: `offer-${of}` });

describe('L217-10: an agreed repair or replacement is due 30 days after the consumer’s request', () => {
  it('L217-10: the repair asked for in the claim of 2025-03-03 is due by 2025-04-02, though agreed on 2025-03-05 for 30 days', () => {
    const dispute = disputeAfter(fileClaimCommand(), offer(1, 'REPAIR'), accept(2, 1));
    expect(dispute.agreement).toMatchObject({ remedy: 'REPAIR', dueOn: '2025-04-02' });
  });

  it('L217-10: a shorter agreed period stands (10 days from 2025-03-05)', () => {
    const dispute = disputeAfter(fileClaimCommand(), offer(1, 'REPAIR', 10), accept(2, 1));
    expect(dispute.agreement).toMatchObject({ dueOn: '2025-03-15' });
  });

  it('L217-10: a claim asking for a refund makes a repair agreed later a request of the day it is agreed', () => {
    const dispute = disputeAfter(fileClaimCommand({ requestedRemedy: 'REFUND' }), offer(1, 'REPLACEMENT'), accept(2, 1));
    expect(dispute.agreement).toMatchObject({ remedy: 'REPLACEMENT', dueOn: '2025-04-04' });
  });

  it('L217-10: money remedies keep their agreed period', () => {
    const dispute = disputeAfter(fileClaimCommand(), offer(1, 'REFUND', 14), accept(2, 1));
    expect(dispute.agreement).toMatchObject({ remedy: 'REFUND', dueOn: '2025-03-19' });
  });
});
