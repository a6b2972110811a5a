import { availableActions } from '../available-actions';
import { admin, consumer, system } from '../testing/actors';
import { day } from '../testing/calendar';
import { command, ctx, event, given, stateOf } from '../testing/dispute-spec';
import { claimFiled, closedUnresolved } from '../testing/moments';
import { erasableFrom, noticeFrom } from './retention-period';

/** Closed on day 2 (2025-03-05): five years later, erasable from midnight in Paris after 2030-03-05 (23:00 UTC). */
const closed = closedUnresolved(day(2));
const settings = { retentionYears: 5, noticeDays: 30 };
const apply = (at: string, overrides: Partial<typeof settings> = {}) => command('ApplyRetention', at, system, { ...settings, ...overrides });
const noticed = (at: string, erasesAt: string) => event('ErasureNoticeGiven', { ...ctx(at, system), erasesAt, retentionYears: 5 });
const hold = (at: string, reason = 'Assignation devant le tribunal judiciaire de Lyon') => command('PlaceLegalHold', at, admin, { reason });
const held = (at: string, reason = 'Assignation devant le tribunal judiciaire de Lyon') => event('LegalHoldPlaced', { ...ctx(at, admin), reason });
const lifted = (at: string) => event('LegalHoldLifted', { ...ctx(at, admin), reason: 'Jugement définitif' });
const erased = (at: string) => event('DisputeErased', { ...ctx(at, system), endedAt: day(2), retentionYears: 5 });

describe('ApplyRetention: notice, then erasure, RETENTION_YEARS after the end', () => {
  it('counts the years from the day the dispute ended, that day included', () => {
    expect(erasableFrom(day(2), 5)).toBe('2030-03-05T23:00:00.000Z');
    // The day it ended is its day in Paris: closed at 00:30 in Paris on 6 March (23:30 UTC on the 5th).
    expect(erasableFrom('2025-03-05T23:30:00.000Z', 5)).toBe('2030-03-06T23:00:00.000Z');
    // The notice opens 30 days in Paris before, at midnight in Paris, across the change to summer time (31 March 2030).
    expect(erasableFrom('2025-04-07T10:00:00.000Z', 5)).toBe('2030-04-07T22:00:00.000Z');
    expect(noticeFrom('2025-04-07T10:00:00.000Z', 5, 30)).toBe('2030-03-08T23:00:00.000Z');
  });

  it('tells the parties once the end of the period is within the notice period, and not sooner', () => {
    given([claimFiled(), closed]).when(apply('2030-02-03T22:59:59.000Z')).thenFails('RETENTION_NOT_DUE');
    given([claimFiled(), closed]).when(apply('2030-02-04T08:00:00.000Z')).then([noticed('2030-02-04T08:00:00.000Z', '2030-03-06T23:00:00.000Z')]);
  });

  it('a notice given late still gives the whole notice period (closed five years and a day ago: erased a month later)', () => {
    given([claimFiled(), closed]).when(apply('2030-03-07T10:00:00.000Z')).then([noticed('2030-03-07T10:00:00.000Z', '2030-04-06T22:00:00.000Z')]);
  });

  it('erases on the day the notice named, not before; once', () => {
    const history = [claimFiled(), closed, noticed('2030-02-04T08:00:00.000Z', '2030-03-06T23:00:00.000Z')];
    given(history).when(apply('2030-03-06T22:59:59.000Z')).thenFails('RETENTION_NOT_DUE');
    given(history).when(apply('2030-03-06T23:00:00.000Z')).then([erased('2030-03-06T23:00:00.000Z')]);
    given([...history, erased('2030-03-06T23:00:00.000Z')]).when(apply('2030-03-08T00:00:00.000Z')).thenFails('DISPUTE_ERASED');
    // A notice stored when periods passed at midnight UTC keeps its instant.
    const stored = [claimFiled(), closed, noticed('2030-02-04T08:00:00.000Z', '2030-03-07T00:00:00.000Z')];
    given(stored).when(apply('2030-03-06T23:59:59.000Z')).thenFails('RETENTION_NOT_DUE');
    given(stored).when(apply('2030-03-07T00:00:00.000Z')).then([erased('2030-03-07T00:00:00.000Z')]);
  });

  it('a longer period set after the notice holds: not erased before it ends', () => {
    given([claimFiled(), closed, noticed('2030-02-04T08:00:00.000Z', '2030-03-07T00:00:00.000Z')]).when(apply('2030-03-08T00:00:00.000Z', { retentionYears: 6 })).thenFails('RETENTION_NOT_DUE');
  });

  it('a withdrawn claim counts from its withdrawal; an open dispute is never erased', () => {
    const withdrawn = event('ClaimWithdrawn', { ...ctx(day(3), consumer) });
    given([claimFiled(), withdrawn]).when(apply('2030-02-05T08:00:00.000Z')).then([noticed('2030-02-05T08:00:00.000Z', '2030-03-07T23:00:00.000Z')]);
    given([claimFiled()]).when(apply('2040-01-01T00:00:00.000Z')).thenFails('RETENTION_NOT_DUE');
  });

  it('is the retention job’s alone, with sound settings', () => {
    given([claimFiled(), closed]).when(command('ApplyRetention', '2030-03-07T10:00:00.000Z', admin, settings)).thenFails('ROLE_NOT_ALLOWED');
    given([claimFiled(), closed]).when(apply('2030-03-07T10:00:00.000Z', { retentionYears: 0 })).thenFails('INVALID_INPUT', 'retentionYears');
  });
});

describe('legal holds (placeLegalHold, liftLegalHold)', () => {
  it('the admin keeps a dispute, open or ended; retention then neither tells nor erases', () => {
    given([claimFiled()]).when(hold(day(1))).then([held(day(1))]);
    given([claimFiled(), closed]).when(hold(day(3))).then([held(day(3))]);
    given([claimFiled(), closed, held(day(3))]).when(apply('2031-01-01T00:00:00.000Z')).thenFails('LEGAL_HOLD');
    given([claimFiled(), closed, noticed('2030-02-04T08:00:00.000Z', '2030-03-07T00:00:00.000Z'), held('2030-02-10T08:00:00.000Z')])
      .when(apply('2030-03-08T00:00:00.000Z'))
      .thenFails('LEGAL_HOLD');
  });

  it('once lifted, the parties are told anew before any erasure', () => {
    const history = [claimFiled(), closed, noticed('2030-02-04T08:00:00.000Z', '2030-03-07T00:00:00.000Z'), held('2030-02-10T08:00:00.000Z'), lifted('2031-01-01T08:00:00.000Z')];
    given(history).when(apply('2031-01-02T08:00:00.000Z')).then([noticed('2031-01-02T08:00:00.000Z', '2031-02-01T23:00:00.000Z')]);
    const s = stateOf(history);
    expect(s.filed && [s.legalHold, s.erasureNotice]).toEqual([undefined, undefined]);
  });

  it('one hold at a time; nothing to lift without one; a reason each time; the admin alone', () => {
    given([claimFiled(), held(day(1))]).when(hold(day(2))).thenFails('LEGAL_HOLD_ALREADY_PLACED');
    given([claimFiled()]).when(command('LiftLegalHold', day(2), admin, { reason: 'Fin du litige' })).thenFails('NO_LEGAL_HOLD');
    given([claimFiled(), held(day(1))]).when(command('LiftLegalHold', day(2), admin, { reason: 'Jugement définitif' })).then([lifted(day(2))]);
    given([claimFiled()]).when(hold(day(1), ' ')).thenFails('INVALID_INPUT', 'reason');
    given([claimFiled()]).when(command('PlaceLegalHold', day(1), consumer, { reason: 'Je veux garder mon dossier' })).thenFails('ROLE_NOT_ALLOWED');
    const s = stateOf([claimFiled(), held(day(1))]);
    expect(s.filed && s.legalHold).toEqual({ reason: 'Assignation devant le tribunal judiciaire de Lyon', at: day(1), by: admin });
  });

  it('the admin is offered the hold or its lifting, as it stands', () => {
    const s = stateOf([claimFiled(), closed]);
    expect(availableActions(s, admin, day(3))).toContain('PlaceLegalHold');
    expect(availableActions(s, admin, day(3))).not.toContain('LiftLegalHold');
    expect(availableActions(stateOf([claimFiled(), closed, held(day(3))]), admin, day(4))).toEqual(['LiftLegalHold']);
    expect(availableActions(s, consumer, day(3))).not.toContain('PlaceLegalHold');
  });
});

describe('an erased dispute', () => {
  it('accepts nothing more, from anyone', () => {
    const history = [claimFiled(), closed, noticed('2030-02-04T08:00:00.000Z', '2030-03-07T00:00:00.000Z'), erased('2030-03-07T00:00:00.000Z')];
    given(history).when(hold('2030-03-08T00:00:00.000Z')).thenFails('DISPUTE_ERASED');
    given(history).when(command('GiveFeedback', '2030-03-08T00:00:00.000Z', consumer, { rating: 4 })).thenFails('DISPUTE_ERASED');
    expect(availableActions(stateOf(history), admin, '2030-03-08T00:00:00.000Z')).toEqual([]);
  });
});

describe('CompleteErasure', () => {
  const erasedHistory = [claimFiled(), closed, noticed('2030-02-04T08:00:00.000Z', '2030-03-07T00:00:00.000Z'), erased('2030-03-07T00:00:00.000Z')];
  const complete = (at: string) => command('CompleteErasure', at, system, { filesDeleted: 2 });
  it('records, once, that the erasure’s steps were carried out: the last event of an erased dispute', () => {
    given(erasedHistory).when(complete('2030-03-07T00:05:00.000Z')).then([event('DisputeErasureCompleted', { ...ctx('2030-03-07T00:05:00.000Z', system), filesDeleted: 2 })]);
    given([...erasedHistory, event('DisputeErasureCompleted', { ...ctx('2030-03-07T00:05:00.000Z', system), filesDeleted: 2 })]).when(complete('2030-03-08T00:00:00.000Z')).thenFails('DISPUTE_ERASED');
    given([claimFiled(), closed]).when(complete(day(3))).thenFails('RETENTION_NOT_DUE');
  });
});
