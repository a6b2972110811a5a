import { COMMAND_DESCRIPTIONS } from '@recours/disputes';
import { GraphQLError } from 'graphql';
import { InputValidationPipe } from '../../graphql/input-validation.pipe';
import { COMMAND_MUTATIONS } from './command-inputs';
import { ConfirmRemedyInput } from './confirm-remedy.input';

const DISPUTE = '8b0f3a52-3c55-4c2f-9d1e-6a4c1f2e7d10';
const pipe = new InputValidationPipe();
const validate = (metatype: Function, value: unknown) => pipe.transform(value, { type: 'body', metatype: metatype as never, data: 'input' });
const fieldsOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(GraphQLError);
  return ((error as GraphQLError).extensions.fields as Array<{ field: string; message: string }>).map((f) => `${f.field}: ${f.message}`);
};
const inputOf = (mutation: string) => COMMAND_MUTATIONS.get(mutation)!.input!;

describe('dispute mutation inputs, built from the command descriptions', () => {
  it('one mutation per description, with the spellings clients use', () => {
    const named = new Set(Object.values(COMMAND_DESCRIPTIONS).flatMap((d) => (d.mutation ? [d.mutation.name] : [])));
    expect([...COMMAND_MUTATIONS.keys()].sort()).toEqual([...named].sort());
    expect(COMMAND_MUTATIONS.get('escalate')!.commands).toEqual(['EscalateInternally']);
    expect(COMMAND_MUTATIONS.get('confirmRemedy')!.commands).toEqual(['ConfirmRemedyFulfilled', 'ReportRemedyFailed']);
    expect(inputOf('acceptOffer').name).toBe('OfferAnswerInput');
    expect(inputOf('leaveFeedback').name).toBe('LeaveFeedbackInput');
  });

  it("apply the description's bounds, naming the field (the API once allowed 5,000 characters here)", async () => {
    expect(await fieldsOf(validate(inputOf('rejectClaim'), { disputeId: DISPUTE, reason: 'x'.repeat(2001) }))).toEqual(['input.reason: must have at most 2000 characters']);
    expect(await validate(inputOf('rejectClaim'), { disputeId: DISPUTE, reason: 'no' })).toEqual({ disputeId: DISPUTE, reason: 'no' });
    expect(await fieldsOf(validate(inputOf('makeOffer'), { disputeId: DISPUTE, remedy: 'REPAIR', daysToCarryOut: 0 }))).toEqual(['input.daysToCarryOut: must be a whole number from 1 to 365']);
    expect(await fieldsOf(validate(inputOf('fileClaim'), { merchantId: DISPUTE, product: {}, purchase: {}, problem: {}, requestedRemedy: 'REPAIR' }))).toContain('input.product.name: must be a string');
  });

  it('refuse an id that is not a UUID, and the envelope out of its bounds', async () => {
    expect((await fieldsOf(validate(inputOf('assignMediator'), { disputeId: 'd-1', mediatorId: 'm-1', expectedVersion: -1 }))).sort()).toEqual([
      'input.disputeId: must be an id (a UUID)',
      'input.expectedVersion: must be 0 or more',
      'input.mediatorId: must be an id (a UUID)',
    ]);
  });

  it('read a null optional field as absent, and keep an upload named by fileId', async () => {
    expect(await validate(inputOf('acknowledgeClaim'), { disputeId: DISPUTE, note: null })).toEqual({ disputeId: DISPUTE });
    const evidence = { kind: 'INVOICE', name: 'facture.pdf', sha256: 'a'.repeat(64), fileId: DISPUTE };
    expect(await validate(inputOf('attachEvidence'), { disputeId: DISPUTE, ...evidence })).toEqual({ disputeId: DISPUTE, ...evidence });
  });

  it('confirmRemedy asks for the failure and its description when the remedy was not fulfilled', async () => {
    expect(await fieldsOf(validate(ConfirmRemedyInput, { disputeId: DISPUTE, fulfilled: false }))).toEqual([
      'input.failure: is required when the remedy was not fulfilled',
      'input.description: is required when the remedy was not fulfilled',
    ]);
  });

  // Review of the journeys, finding 12: fulfilled: true with a failure closed the dispute as resolved and dropped the failure.
  it('confirmRemedy refuses what does not fit the answer rather than dropping it', async () => {
    expect(await fieldsOf(validate(ConfirmRemedyInput, { disputeId: DISPUTE, fulfilled: true, failure: 'DID_NOT_FIX', description: 'xx' }))).toEqual([
      'input.failure: is given only when the remedy was not fulfilled (fulfilled: false)',
      'input.description: is given only when the remedy was not fulfilled (fulfilled: false)',
    ]);
    expect(await fieldsOf(validate(ConfirmRemedyInput, { disputeId: DISPUTE, fulfilled: false, failure: 'DID_NOT_FIX', description: 'Still broken', note: 'Thanks' }))).toEqual([
      'input.note: is given only when the remedy was fulfilled (fulfilled: true); say what went wrong in description',
    ]);
    expect(await validate(ConfirmRemedyInput, { disputeId: DISPUTE, fulfilled: true, note: 'Works again', failure: null, description: null })).toEqual({ disputeId: DISPUTE, fulfilled: true, note: 'Works again' });
  });
});
