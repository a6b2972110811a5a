import { decide } from '../decide';
import { agent, consumer } from '../testing/actors';
import { day } from '../testing/calendar';
import { command, disputeAfter } from '../testing/dispute-spec';
import { fileClaimCommand } from '../testing/washing-machine-claim';

// Item 12 of issue 14: the law (L612-2) needs only a prior written complaint; recours waits
// for the merchant's answer first, and says that this is its own rule.

describe('L612-2: mediation and the written complaint', () => {
  it('L612-2: asking before the merchant had its chance is refused as recours’s rule, saying the law only needs the written complaint', () => {
    const dispute = disputeAfter(fileClaimCommand());
    expect(decide(command('RequestMediation', day(1), consumer, {}), dispute)).toMatchObject({
      code: 'MEDIATION_TOO_EARLY',
      message: expect.stringMatching(/recours's rule, not the law's.*L612-2.*prior written complaint/),
    });
  });

  it('L612-2 + Europe/Paris: a claim filed at 00:30 in Paris on 4 March 2025 opens a window to 4 March 2026 included', () => {
    const dispute = disputeAfter(fileClaimCommand({ at: '2025-03-03T23:30:00.000Z' }), command('RejectClaim', day(1), agent, { reason: 'wear and tear' }));
    const inTime = decide(command('RequestMediation', '2026-03-04T12:00:00.000Z', consumer, {}), dispute);
    expect(inTime).toEqual([expect.objectContaining({ type: 'MediationRequested', data: expect.objectContaining({ writtenClaimOn: '2025-03-04', timeBarredAfter: '2026-03-04' }) })]);
    expect(decide(command('RequestMediation', '2026-03-05T12:00:00.000Z', consumer, {}), dispute)).toMatchObject({ code: 'MEDIATION_TIME_BARRED' });
  });
});
