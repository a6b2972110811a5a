import { availableActions } from '../available-actions';
import { association, consumer, otherAssociation } from '../testing/actors';
import { day } from '../testing/calendar';
import { command, ctx, event, given, stateOf } from '../testing/dispute-spec';
import { claimFiled } from '../testing/moments';

const shared = (at = day(1), associationId = association.id) => event('SharedForAdvice', { ...ctx(at, consumer), associationId });
const ended = (at = day(3), associationId = association.id) => event('SharingForAdviceEnded', { ...ctx(at, consumer), associationId });
const share = (at: string, associationId = association.id, actor = consumer) => command('ShareForAdvice', at, actor, { associationId });
const stop = (at: string, associationId = association.id, actor = consumer) => command('StopSharingForAdvice', at, actor, { associationId });
const note = (at: string, actor = association) => command('PostMessage', at, actor, { messageId: `m-${at}`, body: 'Our advice' });

describe('ShareForAdvice', () => {
  it('the consumer lets an association read the dispute before any mandate; it is listed among the advisers', () => {
    given([claimFiled()]).when(share(day(1))).then([shared()]);
    given([claimFiled()]).when(share(day(1))).thenState((s) => expect(s.filed && s.advisers).toEqual([{ associationId: association.id, sharedAt: day(1) }]));
  });

  it('the association advising may not act: it is told so, not that the dispute is not its own', () => {
    given([claimFiled(), shared()]).when(note(day(2))).thenFails('ADVICE_ONLY');
    given([claimFiled(), shared()]).when(command('GrantRepresentation', day(2), association, { associationId: association.id })).thenFails('ADVICE_ONLY');
    expect(availableActions(stateOf([claimFiled(), shared()]), { kind: 'ASSOCIATION', id: association.id }, day(2))).toEqual([]);
    // Another association neither reads nor acts.
    given([claimFiled(), shared()]).when(note(day(2), otherAssociation)).thenFails('NO_MANDATE');
  });

  it('several associations may advise; each once; the one holding the mandate already reads it', () => {
    given([claimFiled(), shared()]).when(share(day(2), otherAssociation.id)).then([shared(day(2), otherAssociation.id)]);
    given([claimFiled(), shared()]).when(share(day(2))).thenFails('ALREADY_SHARED');
    given([claimFiled(), event('RepresentationGranted', { ...ctx(day(1), consumer), associationId: association.id })]).when(share(day(2))).thenFails('ALREADY_SHARED');
  });

  it('only the consumer herself shares, and only with an association', () => {
    given([claimFiled()]).when(share(day(1), association.id, association)).thenFails('NO_MANDATE');
    given([claimFiled()]).when(share(day(1), '')).thenFails('INVALID_INPUT', 'associationId');
  });

  it('a mandate to the adviser takes the place of the advice: once revoked, the association reads nothing', () => {
    const granted = event('RepresentationGranted', { ...ctx(day(2), consumer), associationId: association.id });
    given([claimFiled(), shared()]).when(command('RevokeRepresentation', day(3), consumer, {})).thenFails('NO_MANDATE_TO_REVOKE');
    given([claimFiled(), shared(), granted]).when(command('GrantRepresentation', day(3), consumer, { associationId: otherAssociation.id })).thenFails('MANDATE_ALREADY_GRANTED');
    given([claimFiled(), shared(), granted, event('RepresentationRevoked', { ...ctx(day(3), consumer), associationId: association.id })]).when(note(day(4))).thenFails('NO_MANDATE');
    given([claimFiled(), shared(), shared(day(1), otherAssociation.id), granted]).when(stop(day(3))).thenFails('NOT_SHARED');
  });

  it('a later mandate to the adviser lets it act', () => {
    given([claimFiled(), shared(), event('RepresentationGranted', { ...ctx(day(2), consumer), associationId: association.id })])
      .when(note(day(3)))
      .then([event('MessagePosted', { ...ctx(day(3), association), onBehalfOf: consumer.id, messageId: `m-${day(3)}`, body: 'Our advice', visibility: 'ALL' })]);
  });
});

describe('StopSharingForAdvice', () => {
  it('the consumer stops sharing with one association; the others still advise', () => {
    given([claimFiled(), shared(), shared(day(2), otherAssociation.id)]).when(stop(day(3))).then([ended()]);
    given([claimFiled(), shared(), shared(day(2), otherAssociation.id)])
      .when(stop(day(3)))
      .thenState((s) => expect(s.filed && s.advisers).toEqual([{ associationId: otherAssociation.id, sharedAt: day(2) }]));
  });

  it('after which the association is a stranger to the dispute again', () => {
    given([claimFiled(), shared(), ended()]).when(note(day(4))).thenFails('NO_MANDATE');
  });

  it('only a sharing that exists, only by the consumer', () => {
    given([claimFiled()]).when(stop(day(1))).thenFails('NOT_SHARED');
    given([claimFiled(), shared()]).when(stop(day(2), otherAssociation.id)).thenFails('NOT_SHARED');
    given([claimFiled(), shared()]).when(stop(day(2), association.id, association)).thenFails('ADVICE_ONLY');
  });
});
