import { evolve, initialState, type Dispute, type DisputeState } from '@recours/disputes';
import { DisputeScript } from '../../testing/dispute-script';
import { JOURNEYS, type Cast } from '../../testing/journeys';
import { foldingState } from './folding-state';

const cast = (extraMessages: number): Cast => ({ consumerId: 'consumer-1', merchantId: 'merchant-1', mediatorId: 'mediator-3', associationId: 'ufc-paris', filedOn: '2025-03-03', extraMessages });

/** A mediation whose consumer first posts `extraMessages` messages; then a mediator's note and the consumer's last message. */
async function conversation(extraMessages: number): Promise<DisputeScript> {
  const script = new DisputeScript('d-1');
  await JOURNEYS.inMediation(script, cast(extraMessages));
  return script;
}

/** As the projection folds: each event from the state it kept after the previous one. */
const foldedAsKept = (script: DisputeScript): DisputeState => script.events.reduce((state, event) => foldingState(evolve(state, event)), initialState());

describe('the folding state dispute-cases keeps', () => {
  it('holds, of the messages, each author’s last one without its words, in the order they were written', async () => {
    const script = await conversation(30);
    const whole = script.current as Dispute;
    expect(whole.messages).toHaveLength(32);
    const kept = foldingState(whole) as Dispute;
    expect(kept.messages.map(({ messageId, body, by }) => ({ messageId, body, by: by.id }))).toEqual([
      { messageId: 'note-1', body: '', by: 'mediator-3' },
      { messageId: 'm-1', body: '', by: 'consumer-1' },
    ]);
    expect(JSON.stringify(kept)).not.toContain('Details, part');
    // Everything else is the decider's state as folded from the whole stream.
    expect({ ...kept, messages: [] }).toEqual({ ...whole, messages: [] });
  });

  it('is the same whether folded event by event from what it kept, or from the whole stream', async () => {
    const script = await conversation(12);
    expect(foldedAsKept(script)).toEqual(foldingState(script.current));
  });

  it('does not grow with the conversation: thirty more messages by the same people leave it the same size', async () => {
    const short = JSON.stringify(foldedAsKept(await conversation(0)));
    const long = JSON.stringify(foldedAsKept(await conversation(30)));
    expect(long.length).toBe(short.length);
  });

  it('copies nothing when the state already is so', async () => {
    const kept = foldingState((await conversation(5)).current);
    expect(foldingState(kept)).toBe(kept);
  });
});
