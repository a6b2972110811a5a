import { admin, agent, association, consumer, mediator } from '../testing/actors';
import { day } from '../testing/calendar';
import { command, ctx, event, given } from '../testing/dispute-spec';
import { claimFiled, claimRejected, mediationRequested, mediatorAssigned, representationGranted } from '../testing/moments';
import { INVOICE_SHA, PHOTO_SHA } from '../testing/washing-machine-claim';


describe('AttachEvidence', () => {
  const photo = { kind: 'PHOTO' as const, name: 'error-e21.jpg', sha256: PHOTO_SHA };

  it('adds a document to the record, from either side', () => {
    given([claimFiled()]).when(command('AttachEvidence', day(1), consumer, photo)).then([event('EvidenceAttached', { ...ctx(day(1), consumer), ...photo })]);
    given([claimFiled()]).when(command('AttachEvidence', day(1), agent, photo)).then([event('EvidenceAttached', { ...ctx(day(1), agent), ...photo })]);
  });

  it('records that an association acted on the consumer’s behalf', () => {
    given([claimFiled(), representationGranted(day(1))])
      .when(command('AttachEvidence', day(2), association, photo))
      .then([event('EvidenceAttached', { ...ctx(day(2), association), onBehalfOf: consumer.id, ...photo })]);
  });

  it('refuses a document already on the record', () => {
    given([claimFiled()]).when(command('AttachEvidence', day(1), agent, { ...photo, sha256: INVOICE_SHA })).thenFails('DUPLICATE_EVIDENCE');
  });

  it('is not for the mediator or the admin', () => {
    given([claimFiled()]).when(command('AttachEvidence', day(1), admin, photo)).thenFails('ROLE_NOT_ALLOWED');
  });

  it('checks the document reference', () => {
    given([claimFiled()]).when(command('AttachEvidence', day(1), consumer, { ...photo, sha256: 'abc' })).thenFails('INVALID_INPUT', 'sha256');
    given([claimFiled()]).when(command('AttachEvidence', day(1), consumer, { ...photo, kind: 'AUDIO' as never })).thenFails('INVALID_INPUT', 'kind');
  });
});

describe('PostMessage', () => {
  const withMediator = [claimFiled(), claimRejected(), mediationRequested(), mediatorAssigned()];
  const post = (at: string, actor = consumer, visibility?: 'ALL' | 'CONSUMER_AND_MEDIATOR' | 'MERCHANT_AND_MEDIATOR' | 'MEDIATOR_ONLY', messageId = 'msg-1') =>
    command('PostMessage', at, actor, { messageId, body: 'Any news?', ...(visibility && { visibility }) });
  const posted = (at: string, actor = consumer, visibility: 'ALL' | 'CONSUMER_AND_MEDIATOR' | 'MERCHANT_AND_MEDIATOR' | 'MEDIATOR_ONLY' = 'ALL') =>
    event('MessagePosted', { ...ctx(at, actor), messageId: 'msg-1', body: 'Any news?', visibility });

  it('writes on the shared record by default', () => {
    given([claimFiled()]).when(post(day(1))).then([posted(day(1))]);
  });

  it('lets the mediator keep a private note or write to one party alone', () => {
    given(withMediator).when(post(day(5), mediator, 'MEDIATOR_ONLY')).then([posted(day(5), mediator, 'MEDIATOR_ONLY')]);
    given(withMediator).when(post(day(5), mediator, 'CONSUMER_AND_MEDIATOR')).then([posted(day(5), mediator, 'CONSUMER_AND_MEDIATOR')]);
  });

  it('lets a party write to the assigned mediator alone', () => {
    given(withMediator).when(post(day(5), agent, 'MERCHANT_AND_MEDIATOR')).then([posted(day(5), agent, 'MERCHANT_AND_MEDIATOR')]);
    given(withMediator).when(post(day(5), consumer, 'CONSUMER_AND_MEDIATOR')).then([posted(day(5), consumer, 'CONSUMER_AND_MEDIATOR')]);
  });

  it('refuses a party a note hidden from itself or a private line with no mediator', () => {
    given(withMediator).when(post(day(5), consumer, 'MERCHANT_AND_MEDIATOR')).thenFails('VISIBILITY_NOT_ALLOWED');
    given(withMediator).when(post(day(5), agent, 'MEDIATOR_ONLY')).thenFails('VISIBILITY_NOT_ALLOWED');
    given([claimFiled()]).when(post(day(1), consumer, 'CONSUMER_AND_MEDIATOR')).thenFails('VISIBILITY_NOT_ALLOWED');
  });

  it('refuses a message id already used', () => {
    given([claimFiled(), posted(day(1))]).when(post(day(2), agent)).thenFails('DUPLICATE_MESSAGE');
  });

  it('checks the message', () => {
    given([claimFiled()]).when(command('PostMessage', day(1), consumer, { messageId: 'm', body: '' })).thenFails('INVALID_INPUT', 'body');
    given([claimFiled()]).when(command('PostMessage', day(1), consumer, { messageId: 'm', body: 'x'.repeat(5001) })).thenFails('INVALID_INPUT', 'body');
    given([claimFiled()]).when(command('PostMessage', day(1), consumer, { messageId: '', body: 'x' })).thenFails('INVALID_INPUT', 'messageId');
    given([claimFiled()]).when(command('PostMessage', day(1), consumer, { messageId: 'm', body: 'x', visibility: 'PUBLIC' as never })).thenFails('INVALID_INPUT', 'visibility');
  });

  it('keeps the written record in the state', () => {
    given([claimFiled()]).when(post(day(1), agent)).thenState((s) => {
      expect(s.filed && s.messages).toEqual([{ messageId: 'msg-1', body: 'Any news?', visibility: 'ALL', at: day(1), by: agent }]);
    });
  });
});
