import { deriveStatus } from '../status';
import { disputeDecider } from '../decider';
import { agent, association, consumer, otherAssociation } from '../testing/actors';
import { day } from '../testing/calendar';
import { command, ctx, event, given, stateOf } from '../testing/dispute-spec';
import { claimFiled } from '../testing/moments';

const granted = (at = day(1), associationId = association.id) => event('RepresentationGranted', { ...ctx(at, consumer), associationId });
const revoked = (at = day(3)) => event('RepresentationRevoked', { ...ctx(at, consumer), associationId: association.id });
const note = (at: string, actor = association) => command('PostMessage', at, actor, { messageId: `m-${at}`, body: 'On behalf of our member' });

describe('GrantRepresentation', () => {
  it('the consumer gives an association a mandate on this dispute', () => {
    given([claimFiled()]).when(command('GrantRepresentation', day(1), consumer, { associationId: association.id })).then([granted()]);
  });

  it('keeps the signed mandate the API took from the consumer’s upload, on the event and the mandate', () => {
    const document = { name: 'mandat.pdf', sha256: 'a'.repeat(64), file: { id: '11111111-1111-4111-8111-111111111111', contentType: 'application/pdf', size: 1234 } };
    given([claimFiled()])
      .when(command('GrantRepresentation', day(1), consumer, { associationId: association.id, document }))
      .then([event('RepresentationGranted', { ...ctx(day(1), consumer), associationId: association.id, document })]);
    given([claimFiled()])
      .when(command('GrantRepresentation', day(1), consumer, { associationId: association.id, document }))
      .thenState((s) => expect(s.filed && s.mandate).toEqual({ associationId: association.id, grantedAt: day(1), document }));
    given([claimFiled()]).when(command('GrantRepresentation', day(1), consumer, { associationId: association.id, document: { ...document, sha256: 'no' } })).thenFails('INVALID_INPUT', 'document.sha256');
  });

  it('from then on the association acts, and every act says for whom', () => {
    given([claimFiled(), granted()])
      .when(note(day(2)))
      .then([event('MessagePosted', { ...ctx(day(2), association), onBehalfOf: consumer.id, messageId: `m-${day(2)}`, body: 'On behalf of our member', visibility: 'ALL' })]);
  });

  it('one association at a time; no other association may act', () => {
    given([claimFiled(), granted()]).when(command('GrantRepresentation', day(2), consumer, { associationId: otherAssociation.id })).thenFails('MANDATE_ALREADY_GRANTED');
    given([claimFiled(), granted()]).when(note(day(2), otherAssociation)).thenFails('NO_MANDATE');
  });

  it('needs the consumer’s own grant', () => {
    given([claimFiled()]).when(command('GrantRepresentation', day(1), association, { associationId: association.id })).thenFails('NO_MANDATE');
    given([claimFiled(), granted()]).when(command('GrantRepresentation', day(2), association, { associationId: otherAssociation.id })).thenFails('ROLE_NOT_ALLOWED');
    given([claimFiled()]).when(command('GrantRepresentation', day(1), agent, { associationId: association.id })).thenFails('ROLE_NOT_ALLOWED');
    given([claimFiled()]).when(command('GrantRepresentation', day(1), consumer, { associationId: '' })).thenFails('INVALID_INPUT', 'associationId');
  });
});

describe('RevokeRepresentation', () => {
  it('ends the mandate', () => {
    given([claimFiled(), granted()]).when(command('RevokeRepresentation', day(3), consumer, {})).then([revoked()]);
    given([claimFiled(), granted()]).when(command('RevokeRepresentation', day(3), consumer, {})).thenState((s) => expect(s.filed && s.mandate).toBeNull());
  });

  it('after which the association can no longer act', () => {
    given([claimFiled(), granted(), revoked()]).when(note(day(4))).thenFails('NO_MANDATE');
  });

  it('lets the consumer choose another association', () => {
    given([claimFiled(), granted(), revoked()])
      .when(command('GrantRepresentation', day(4), consumer, { associationId: otherAssociation.id }))
      .then([granted(day(4), otherAssociation.id)]);
  });

  it('also once the dispute has ended: the mandate is hers to take back at any time', () => {
    given([claimFiled(), granted(), event('ClaimWithdrawn', { ...ctx(day(3), consumer) })])
      .when(command('RevokeRepresentation', day(4), consumer, {}))
      .then([revoked(day(4))]);
    given([claimFiled(), granted(), event('ClaimWithdrawn', { ...ctx(day(3), consumer) })])
      .when(command('RevokeRepresentation', day(4), association, {}))
      .thenFails('ROLE_NOT_ALLOWED');
  });

  it('only an existing mandate, only by the consumer', () => {
    given([claimFiled()]).when(command('RevokeRepresentation', day(1), consumer, {})).thenFails('NO_MANDATE_TO_REVOKE');
    given([claimFiled(), granted()]).when(command('RevokeRepresentation', day(2), association, {})).thenFails('ROLE_NOT_ALLOWED');
  });

  it('changes nothing else in the dispute', () => {
    given([claimFiled(), granted()]).when(command('RevokeRepresentation', day(3), consumer, {})).thenState((s) => expect(deriveStatus(s)).toBe('AWAITING_MERCHANT'));
  });
});

describe('RenounceRepresentation (C. civ. art. 2007: the mandataire may renounce, notifying the mandant)', () => {
  const why = 'Nous ne pouvons plus suivre ce dossier.';
  const renounce = (at: string, actor = association, payload: { reason: string } = { reason: why }) => command('RenounceRepresentation', at, actor, payload);
  const renounced = (at = day(3)) => event('RepresentationRenounced', { ...ctx(at, association), onBehalfOf: consumer.id, associationId: association.id, reason: why });
  const ended = (at = day(3)) => event('RepresentationEnded', { ...ctx(at, association), onBehalfOf: consumer.id, associationId: association.id });

  it('the association holding the mandate renounces it, with its reason, and every party learns the mandate ended; the mandate ends', () => {
    given([claimFiled(), granted()]).when(renounce(day(3))).then([renounced(), ended()]);
    given([claimFiled(), granted()]).when(renounce(day(3))).thenState((s) => expect(s.filed && s.mandate).toBeNull());
  });

  it('what every party reads (RepresentationEnded) says whose mandate ended, by whom and when, never why', () => {
    const decided = disputeDecider.decide(renounce(day(3)), stateOf([claimFiled(), granted()]));
    if (!Array.isArray(decided)) throw new Error(decided.code);
    const shared = decided.find((e) => e.type === 'RepresentationEnded')!;
    expect(Object.keys(shared.data).sort()).toEqual(['associationId', 'at', 'by', 'disputeId', 'onBehalfOf']);
    expect(JSON.stringify(shared)).not.toContain(why);
  });

  it('ends the mandate exactly as a revocation does', () => {
    expect(stateOf([claimFiled(), granted(), renounced(), ended()])).toEqual(stateOf([claimFiled(), granted(), revoked()]));
  });

  it('a stream recorded before RepresentationEnded existed (RepresentationRenounced alone) folds to the same dispute', () => {
    // Alike but for the activity the lists show, which only the shared RepresentationEnded moves.
    const { lastSharedEventAt: before, ...old } = stateOf([claimFiled(), granted(), renounced()]) as unknown as Record<string, unknown>;
    const { lastSharedEventAt: after, ...now } = stateOf([claimFiled(), granted(), renounced(), ended()]) as unknown as Record<string, unknown>;
    expect(old).toEqual(now);
    expect([before, after]).toEqual([day(1), undefined]);
    given([claimFiled(), granted(), renounced()]).when(note(day(4))).thenFails('NO_MANDATE');
  });

  it('RepresentationEnded ends only the mandate it names: a later mandate to another association stands', () => {
    const other = granted(day(3), otherAssociation.id);
    const state = stateOf([claimFiled(), granted(), renounced(), other, ended()]);
    expect(state.filed && state.mandate?.associationId).toBe(otherAssociation.id);
  });

  it('after which the association can neither act nor renounce again', () => {
    given([claimFiled(), granted(), renounced(), ended()]).when(note(day(4))).thenFails('NO_MANDATE');
    given([claimFiled(), granted(), renounced(), ended()]).when(renounce(day(4))).thenFails('NO_MANDATE');
  });

  it('the consumer acts herself again, or gives another association (or the same) a mandate', () => {
    given([claimFiled(), granted(), renounced()])
      .when(command('PostMessage', day(4), consumer, { messageId: 'm-4', body: 'I take it from here' }))
      .then([event('MessagePosted', { ...ctx(day(4), consumer), messageId: 'm-4', body: 'I take it from here', visibility: 'ALL' })]);
    given([claimFiled(), granted(), renounced()])
      .when(command('GrantRepresentation', day(4), consumer, { associationId: otherAssociation.id }))
      .then([granted(day(4), otherAssociation.id)]);
    given([claimFiled(), granted(), renounced(), ended()]).when(command('GrantRepresentation', day(4), consumer, { associationId: association.id })).then([granted(day(4))]);
  });

  it('also once the dispute has ended, like a revocation', () => {
    given([claimFiled(), granted(), event('ClaimWithdrawn', { ...ctx(day(2), consumer) })]).when(renounce(day(3))).then([renounced(), ended()]);
  });

  it('only the association holding the mandate: not another association, not the consumer (who revokes), not without a mandate', () => {
    given([claimFiled(), granted()]).when(renounce(day(3), otherAssociation)).thenFails('NO_MANDATE');
    given([claimFiled(), granted()]).when(renounce(day(3), consumer)).thenFails('ROLE_NOT_ALLOWED');
    given([claimFiled(), granted()]).when(renounce(day(3), agent)).thenFails('ROLE_NOT_ALLOWED');
    given([claimFiled()]).when(renounce(day(3))).thenFails('NO_MANDATE');
    given([claimFiled(), event('SharedForAdvice', { ...ctx(day(1), consumer), associationId: association.id })]).when(renounce(day(3))).thenFails('ADVICE_ONLY');
  });

  it('needs a reason, not blank, at most 2000 characters: refused naming the field, nothing recorded', () => {
    given([claimFiled(), granted()]).when(renounce(day(3), association, {} as { reason: string })).thenFails('INVALID_INPUT', 'reason');
    given([claimFiled(), granted()]).when(renounce(day(3), association, { reason: '   ' })).thenFails('INVALID_INPUT', 'reason');
    given([claimFiled(), granted()]).when(renounce(day(3), association, { reason: 'x'.repeat(2001) })).thenFails('INVALID_INPUT', 'reason');
    given([claimFiled(), granted()]).when(renounce(day(3), association, { reason: 'x'.repeat(2000) })).then([event('RepresentationRenounced', { ...ctx(day(3), association), onBehalfOf: consumer.id, associationId: association.id, reason: 'x'.repeat(2000) }), ended()]);
  });

  it('changes nothing else in the dispute', () => {
    given([claimFiled(), granted()]).when(renounce(day(3))).thenState((s) => expect(deriveStatus(s)).toBe('AWAITING_MERCHANT'));
  });
});
