import { agent, association, consumer } from '../testing/actors';
import { day } from '../testing/calendar';
import { command, ctx, event, given } from '../testing/dispute-spec';
import { claimFiled, claimRejected, mediationRequested } from '../testing/moments';

const notice = (at: string, sentOn: string, by = consumer) => event('FormalNoticeRecorded', { ...ctx(at, by), sentOn, channel: 'REGISTERED_MAIL' });

describe('RecordFormalNotice', () => {
  it('the consumer records the formal notice she sent, and it stays on the record', () => {
    given([claimFiled()]).when(command('RecordFormalNotice', day(20), consumer, { sentOn: '2025-03-22', channel: 'REGISTERED_MAIL' })).then([notice(day(20), '2025-03-22')]);
    given([claimFiled(), notice(day(20), '2025-03-22')])
      .when(command('PostMessage', day(21), consumer, { messageId: 'm1', body: 'Voir ma mise en demeure' }))
      .thenState((s) => expect(s.filed && s.formalNotices).toEqual([{ sentOn: '2025-03-22', channel: 'REGISTERED_MAIL', at: day(20), by: consumer }]));
  });

  it('is a written complaint: the one-year window for a mediation (L612-2) runs from the earliest one, and a later notice does not reopen it', () => {
    // Sent before the claim was filed: the window runs from the notice.
    const earlier = [claimFiled(), claimRejected(), notice(day(20), '2025-03-01')];
    given(earlier).when(command('RequestMediation', '2026-03-02T08:00:00.000Z', consumer, {})).thenFails('MEDIATION_TIME_BARRED');
    given(earlier)
      .when(command('RequestMediation', '2026-02-28T08:00:00.000Z', consumer, {}))
      .then([{ ...mediationRequested('2026-02-28T08:00:00.000Z'), data: { ...mediationRequested('2026-02-28T08:00:00.000Z').data, writtenClaimOn: '2025-03-01', timeBarredAfter: '2026-03-01' } }]);
    // Sent after the filing: the filing stays the earliest written complaint.
    const later = [claimFiled(), claimRejected(), notice(day(200), '2025-09-19')];
    given(later).when(command('RequestMediation', '2026-04-01T08:00:00.000Z', consumer, {})).thenFails('MEDIATION_TIME_BARRED');
  });

  it('an association under mandate records it too; the merchant does not', () => {
    const granted = event('RepresentationGranted', { ...ctx(day(1), consumer), associationId: association.id });
    given([claimFiled(), granted]).when(command('RecordFormalNotice', day(5), association, { sentOn: '2025-03-07', channel: 'POST' })).then([
      event('FormalNoticeRecorded', { ...ctx(day(5), association), onBehalfOf: consumer.id, sentOn: '2025-03-07', channel: 'POST' }),
    ]);
    given([claimFiled()]).when(command('RecordFormalNotice', day(5), agent, { sentOn: '2025-03-07', channel: 'POST' })).thenFails('ROLE_NOT_ALLOWED');
  });

  it('refuses a date in the future or before the purchase, an unknown channel, and the same notice twice', () => {
    given([claimFiled()]).when(command('RecordFormalNotice', day(5), consumer, { sentOn: '2025-03-09', channel: 'POST' })).thenFails('INVALID_INPUT', 'sentOn');
    given([claimFiled()]).when(command('RecordFormalNotice', day(5), consumer, { sentOn: '2020-01-01', channel: 'POST' })).thenFails('INVALID_INPUT', 'sentOn');
    given([claimFiled()]).when(command('RecordFormalNotice', day(5), consumer, { sentOn: '2025-03-31', channel: 'PIGEON' as never })).thenFails('INVALID_INPUT', 'channel');
    given([claimFiled()]).when(command('RecordFormalNotice', day(5), consumer, { sentOn: '2025-02-30', channel: 'POST' })).thenFails('INVALID_INPUT', 'sentOn');
    given([claimFiled(), notice(day(20), '2025-03-22')]).when(command('RecordFormalNotice', day(21), consumer, { sentOn: '2025-03-22', channel: 'REGISTERED_MAIL' })).thenFails('FORMAL_NOTICE_ALREADY_RECORDED');
  });
});
