import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayUnique, IsEmail, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { COMMAND_MUTATIONS } from '../disputes/graphql/command-inputs';
import { ConfirmRemedyInput } from '../disputes/graphql/confirm-remedy.input';
import { SetAgentTeamRoleInput } from '../accounts/graphql/account.inputs';
import { MarkNotificationsReadInput } from '../notifications/graphql/notification.inputs';
import { InputValidationPipe } from './input-validation.pipe';
import { sameUuidSpelling, uuidField, validatedBy } from './input-schemas';
import { UuidArgument } from './uuid-argument.pipe';

const DISPUTE = '8b0f3a52-3c55-4c2f-9d1e-6a4c1f2e7d10';
const FILE = '0192f3a4-5b6c-7d8e-9fa0-b1c2d3e4f5a6';
const CAPITALS = (id: string) => id.toUpperCase();
const pipe = new InputValidationPipe();
const validate = (metatype: Function, value: unknown) => pipe.transform(value, { type: 'body', metatype: metatype as never, data: 'input' });
const inputOf = (mutation: string) => COMMAND_MUTATIONS.get(mutation)!.input!;
const fieldsOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(GraphQLError);
  return ((error as GraphQLError).extensions.fields as Array<{ field: string; message: string }>).map((f) => `${f.field}: ${f.message}`);
};

@InputType('UuidSpellingPart')
class Part {
  @Field(() => ID) @IsUUID() fileId!: string;
  @Field() @IsString() @MaxLength(100) label!: string;
}

@InputType('UuidSpellingInput')
class WithIds {
  @Field(() => ID) @IsUUID() accountId!: string;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayUnique() @IsUUID('all', { each: true }) others?: string[];
  @Field(() => [Part], { nullable: true }) @IsOptional() @ValidateNested({ each: true }) @Type(() => Part) parts?: Part[];
  @Field() @IsString() @MaxLength(100) reference!: string;
}

class Described {}
validatedBy(Described, z.object({ id: uuidField(), parts: z.array(z.object({ fileId: uuidField().optional(), key: z.string() })).optional(), key: z.string() }));

describe('InputValidationPipe: a UUID typed in capitals names the same thing, in every input field that is a UUID', () => {
  it('sameUuidSpelling: a UUID in lower case, anything else as it was', () => {
    expect(sameUuidSpelling(CAPITALS(DISPUTE))).toBe(DISPUTE);
    expect(sameUuidSpelling('Order-ABC')).toBe('Order-ABC');
    expect(sameUuidSpelling(`${CAPITALS(DISPUTE)} `)).toBe(`${CAPITALS(DISPUTE)} `);
    expect(sameUuidSpelling(42)).toBe(42);
  });

  it('a dispute command: the envelope’s disputeId and the payload’s ids in lower case; the commandId and the texts as typed', async () => {
    expect(await validate(inputOf('postMessage'), { disputeId: CAPITALS(DISPUTE), commandId: CAPITALS(FILE), body: `See ${CAPITALS(FILE)}` })).toEqual({
      disputeId: DISPUTE,
      commandId: CAPITALS(FILE),
      body: `See ${CAPITALS(FILE)}`,
    });
    const evidence = { kind: 'INVOICE', name: CAPITALS(FILE), sha256: 'a'.repeat(64) };
    expect(await validate(inputOf('attachEvidence'), { disputeId: CAPITALS(DISPUTE), ...evidence, fileId: CAPITALS(FILE) })).toEqual({ disputeId: DISPUTE, ...evidence, fileId: FILE });
    expect(await validate(inputOf('assignMediator'), { disputeId: CAPITALS(DISPUTE), mediatorId: CAPITALS(FILE) })).toEqual({ disputeId: DISPUTE, mediatorId: FILE });
    expect(await validate(ConfirmRemedyInput, { disputeId: CAPITALS(DISPUTE), fulfilled: true })).toEqual({ disputeId: DISPUTE, fulfilled: true });
  });

  it('at any depth of a described input: in a list of objects, an optional field', async () => {
    const claim = {
      merchantId: CAPITALS(DISPUTE),
      product: { name: 'Galaxy A54', category: 'smartphone', brand: 'Samsung', condition: 'NEW' },
      purchase: { purchasedOn: '2025-03-10', deliveredOn: '2025-03-12', price: { amount: '449.00', currency: 'EUR' }, channel: 'ONLINE', country: 'FR' },
      problem: { description: 'The battery swells and the back cover lifts.', firstNoticedOn: '2025-11-02', chronology: [] },
      requestedRemedy: 'REPLACEMENT',
      evidence: [{ kind: 'INVOICE', name: 'facture.pdf', sha256: 'a'.repeat(64), fileId: CAPITALS(FILE) }],
    };
    const filed = (await validate(inputOf('fileClaim'), claim)) as typeof claim;
    expect([filed.merchantId, filed.evidence[0]!.fileId, filed.product.name]).toEqual([DISPUTE, FILE, 'Galaxy A54']);

    expect(await validate(Described, { id: CAPITALS(DISPUTE), key: CAPITALS(DISPUTE), parts: [{ fileId: CAPITALS(FILE), key: CAPITALS(FILE) }, { key: 'k' }] })).toEqual({
      id: DISPUTE,
      key: CAPITALS(DISPUTE),
      parts: [{ fileId: FILE, key: CAPITALS(FILE) }, { key: 'k' }],
    });
  });

  it('every @IsUUID() field of a class-validator input, in lists and nested inputs; other strings as typed', async () => {
    const read = (await validate(WithIds, { accountId: CAPITALS(DISPUTE), others: [CAPITALS(FILE)], parts: [{ fileId: CAPITALS(FILE), label: CAPITALS(FILE) }], reference: CAPITALS(DISPUTE) })) as WithIds;
    expect({ ...read, parts: read.parts!.map((p) => ({ ...p })) }).toEqual({ accountId: DISPUTE, others: [FILE], parts: [{ fileId: FILE, label: CAPITALS(FILE) }], reference: CAPITALS(DISPUTE) });
  });

  it('an input of the API’s (markNotificationsRead’s ids) likewise; one id in two spellings is the same id: listed twice', async () => {
    expect({ ...((await validate(MarkNotificationsReadInput, { ids: [CAPITALS(FILE), DISPUTE] })) as object) }).toEqual({ ids: [FILE, DISPUTE] });
    expect(await fieldsOf(validate(WithIds, { accountId: DISPUTE, others: [FILE, CAPITALS(FILE)], reference: 'r' }))).toEqual(['input.others: must not list the same value twice']);
  });

  it('what is not a UUID is still refused, naming the field', async () => {
    expect(await fieldsOf(validate(inputOf('postMessage'), { disputeId: 'DISPUTE-1', body: 'x' }))).toEqual(['input.disputeId: must be an id (a UUID)']);
    expect(await fieldsOf(validate(WithIds, { accountId: 'ACCOUNT-1', reference: 'r' }))).toEqual(['input.accountId: must be an id (a UUID)']);
  });

  it('an id argument, likewise (UuidArgument)', () => {
    expect(new UuidArgument().transform(CAPITALS(DISPUTE), { type: 'query', data: 'id' })).toBe(DISPUTE);
  });
});

@InputType('HalfACharacterInput')
class WithAnEmail {
  @Field() @IsEmail() email!: string;
  @Field() @IsString() password!: string;
}

describe('InputValidationPipe: half a character (a lone surrogate) is refused on every input, naming the field (crash probe)', () => {
  it('in a free-form key of a command (its commandId), which no text() bound reads: it reached the event store, which refused it as an internal error', async () => {
    expect(await fieldsOf(validate(inputOf('postMessage'), { disputeId: DISPUTE, body: 'Bonjour', commandId: 'half\udc00' }))).toEqual(['input.commandId: must be well-formed text (it holds half of a character)']);
  });

  it('in a class-validator input: @IsEmail() encodes the text and threw URIError', async () => {
    expect(await fieldsOf(validate(WithAnEmail, { email: 'claire\ud800@example.test', password: 'Correct-Horse-42' }))).toEqual(['input.email: must be well-formed text (it holds half of a character)']);
  });

  it('at any depth, high or low half, in an id argument too; a password is only hashed, and keeps what it was', async () => {
    expect(await fieldsOf(validate(Described, { id: DISPUTE, key: 'k', parts: [{ key: 'a\ud83dz' }] }))).toEqual(['input.parts.0.key: must be well-formed text (it holds half of a character)']);
    expect(await fieldsOf(pipe.transform('\udc00', { type: 'query', data: 'id' }))).toEqual(['id: must be well-formed text (it holds half of a character)']);
    expect(await validate(WithAnEmail, { email: 'claire@example.test', password: 'half\udc00of-it' })).toMatchObject({ password: 'half\udc00of-it' });
    // Whole characters made of two halves (an emoji) are text like any other.
    expect(await validate(inputOf('postMessage'), { disputeId: DISPUTE, body: 'Batterie 🔋 gonflée', commandId: '🔋' })).toMatchObject({ commandId: '🔋' });
  });
});

// No internal value is shown to a person: an @IsIn() list named by choice() reads by its labels.
describe('InputValidationPipe: a value none of its list is refused naming the choices by their labels', () => {
  it('in French and English, the values kept in params for clients', async () => {
    const error = await validate(SetAgentTeamRoleInput, { agentId: DISPUTE, teamRole: 'OWNER' }).then(() => null, (e: unknown) => e as GraphQLError);
    const [field] = error!.extensions.fields as Array<{ field: string; code: string; params: object; phrase: { fr: string; en: string } }>;
    expect(field).toMatchObject({ field: 'input.teamRole', code: 'NOT_ONE_OF', params: { allowed: 'SUPERVISOR, AGENT', choice: 'TeamRole' } });
    expect(field!.phrase).toEqual({ fr: 'doit être «\u202fSuperviseur\u202f» ou «\u202fAgent\u202f»', en: 'must be “Supervisor” or “Agent”' });
    expect(JSON.stringify(error!.extensions.phrase)).not.toMatch(/SUPERVISOR|AGENT\b|OWNER/);
  });
});
