import { problemMessage as say } from '@recours/disputes';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { COMMAND_DESCRIPTIONS, type DisputeCommandType, type FieldMeta } from '@recours/disputes';
import { z } from 'zod';
import { schemaOf, uuidField, validatedBy } from '../../graphql/input-schemas';
import {
  DeadlineKindEnum,
  EvidenceKindEnum,
  FormalNoticeChannelEnum,
  InadmissibilityGroundEnum,
  MessageVisibilityEnum,
  NextStepKindEnum,
  OfferKindEnum,
  ProductConditionEnum,
  PurchaseChannelEnum,
  RemedyEnum,
  RemedyFailureEnum,
} from './dispute.enums';

/**
 * The GraphQL input types of the dispute mutations, built at start-up from the commands'
 * descriptions in libs/disputes: each payload field becomes a field of the same name and type,
 * with its description; the bounds stay in the description, which validates the input (see
 * InputValidationPipe). Nothing here names a command's field.
 */

const ENUMS: Record<string, object> = {
  Remedy: RemedyEnum,
  ProductCondition: ProductConditionEnum,
  PurchaseChannel: PurchaseChannelEnum,
  EvidenceKind: EvidenceKindEnum,
  MessageVisibility: MessageVisibilityEnum,
  NextStepKind: NextStepKindEnum,
  RemedyFailure: RemedyFailureEnum,
  OfferKind: OfferKindEnum,
  DeadlineKind: DeadlineKindEnum,
  FormalNoticeChannel: FormalNoticeChannelEnum,
  InadmissibilityGround: InadmissibilityGroundEnum,
};

/** The API hands out UUIDs: an ID argument that is not one names nothing (and one in capitals names the same thing). */
const apiId = () => uuidField();

/** What every mutation on a filed dispute carries besides its payload. */
const ENVELOPE = {
  disputeId: { schema: apiId(), type: () => ID, nullable: false, description: undefined },
  expectedVersion: {
    schema: z.number().int().min(0, say('NEGATIVE')).optional(),
    type: () => Int,
    nullable: true,
    description: 'The version you last saw (Dispute.version, counted over the events you may read); if an event you may read was recorded since and it changes what the command decides, the answer is CONFLICT.',
  },
  commandId: {
    schema: z.string().min(1, say('EMPTY')).max(100, say('TOO_LONG', { max: 100 })).optional(),
    type: () => String,
    nullable: true,
    description: 'Idempotency key: a retry with the same commandId returns the first result and changes nothing.',
  },
} as const;

/** Fields the API adds to an input for what only it can resolve: the upload an evidence names. */
const FILE_ID = {
  schema: apiId().optional(),
  type: () => ID,
  nullable: true,
  description: "The id POST /files answered, when the file was uploaded: its name and sha256 must be the upload's.",
};
/** The signed mandate, kept: an upload of the consumer's (its name and fingerprint are the upload's). */
const MANDATE_FILE_ID = { ...FILE_ID, description: 'The signed mandate, as an upload of yours (the id POST /files answered): kept on the dispute and downloadable by its parties.' };
const API_FIELDS: Record<string, Record<string, typeof FILE_ID>> = { AttachEvidenceInput: { fileId: FILE_ID }, EvidenceInput: { fileId: FILE_ID }, GrantRepresentationInput: { fileId: MANDATE_FILE_ID } };

interface FieldPlan {
  schema: z.ZodType;
  type: () => unknown;
  nullable: boolean;
  description: string | undefined;
}

const metaOf = (schema: z.ZodType): FieldMeta => ({ ...(schema.meta() as FieldMeta | undefined) });

/** The schema under `.optional()`, and whether there was one. */
function unwrapped(schema: z.ZodType): { inner: z.ZodType; optional: boolean; meta: FieldMeta } {
  if (schema instanceof z.ZodOptional) {
    const inner = schema.unwrap() as z.ZodType;
    return { inner, optional: true, meta: { ...metaOf(inner), ...metaOf(schema) } };
  }
  return { inner: schema, optional: false, meta: metaOf(schema) };
}

const built = new Map<string, Function>();

/** The GraphQL type of a payload field. */
function graphqlType(schema: z.ZodType, meta: FieldMeta): () => unknown {
  if (schema instanceof z.ZodArray) {
    const item = unwrapped(schema.element as z.ZodType);
    const itemType = graphqlType(item.inner, item.meta);
    return () => [itemType()];
  }
  if (schema instanceof z.ZodObject) {
    if (!meta.graphql) throw new Error('a nested object in a command description needs a GraphQL input name (meta graphql)');
    const cls = inputClass(meta.graphql, schema, {}, meta.description);
    return () => cls;
  }
  if (schema instanceof z.ZodEnum) {
    const values = meta.graphql ? ENUMS[meta.graphql] : undefined;
    if (meta.graphql && !values) throw new Error(`no GraphQL enum registered as ${meta.graphql}`);
    return values ? () => values : () => String;
  }
  if (schema instanceof z.ZodNumber) return schema.format === 'safeint' || schema.isInt ? () => Int : () => Float;
  if (schema instanceof z.ZodBoolean) return () => Boolean;
  if (schema instanceof z.ZodString) return meta.graphql === 'ID' ? () => ID : () => String;
  throw new Error(`a command description field of type ${schema.def.type} has no GraphQL type`);
}

/**
 * The API's schema for a field: the description's, with a UUID where GraphQL says ID, and a
 * nested input's own schema (which knows the fields the API adds, such as an evidence's fileId).
 */
function apiSchemaOf(inner: z.ZodType, meta: FieldMeta, optional: boolean): z.ZodType {
  let schema = inner;
  if (meta.graphql === 'ID') schema = uuidField(inner as z.ZodString);
  else if (inner instanceof z.ZodObject) schema = schemaOf(built.get(meta.graphql!))!;
  else if (inner instanceof z.ZodArray) {
    const item = unwrapped(inner.element as z.ZodType);
    schema = inner.clone({ ...inner._zod.def, element: apiSchemaOf(item.inner, item.meta, item.optional) });
  }
  return optional ? schema.optional() : schema;
}

/** The fields a person fills in: the payload's, less what the API assigns. */
function plansOf(payload: z.ZodObject, assigned: readonly string[] = []): Record<string, FieldPlan> {
  const plans: Record<string, FieldPlan> = {};
  for (const [name, field] of Object.entries(payload.shape)) {
    const { inner, optional, meta } = unwrapped(field as z.ZodType);
    if (assigned.includes(name) || meta.assigned) continue;
    const type = graphqlType(inner, meta); // builds nested inputs first: their schemas are read next
    plans[name] = { schema: apiSchemaOf(inner, meta, optional), type, nullable: optional, description: meta.description };
  }
  return plans;
}

/** Declares one @InputType class with its fields, and the zod schema that validates it. */
function inputClass(name: string, payload: z.ZodObject, extra: Record<string, FieldPlan>, description?: string, assigned?: readonly string[]): Function {
  const existing = built.get(name);
  if (existing) return existing;
  const cls = { [name]: class {} }[name]!;
  const plans = { ...extra, ...plansOf(payload, assigned), ...API_FIELDS[name] };
  InputType(name, description ? { description } : {})(cls);
  for (const [field, plan] of Object.entries(plans)) {
    Field(plan.type as never, { nullable: plan.nullable, ...(plan.description && { description: plan.description }) })(cls.prototype, field);
  }
  // The description's rules between fields (superRefine) come with it; the envelope and API fields join them.
  // What the API assigns is never sent (GraphQL knows no such field), so it is not required here.
  const own = { ...Object.fromEntries((assigned ?? []).map((field) => [field, z.never().optional()])), ...Object.fromEntries(Object.entries(plans).map(([field, plan]) => [field, plan.schema])) };
  const schema = payload.safeExtend(own as z.ZodRawShape);
  validatedBy(cls, schema);
  built.set(name, cls);
  return cls;
}

export interface CommandMutation {
  name: string;
  description: string | undefined;
  /** The commands it may send: one, or several for a mutation that chooses between them (confirmRemedy). */
  commands: DisputeCommandType[];
  /** Built from the description for a mutation that sends one command; declared by hand otherwise. */
  input: Function | null;
  /** Payload fields the API fills in with a new id. */
  assigned: readonly string[];
}

const capitalised = (name: string) => name[0]!.toUpperCase() + name.slice(1);

function mutations(): Map<string, CommandMutation> {
  const byName = new Map<string, CommandMutation>();
  const types = Object.keys(COMMAND_DESCRIPTIONS) as DisputeCommandType[];
  for (const type of types) {
    const mutation = COMMAND_DESCRIPTIONS[type].mutation;
    if (!mutation) continue;
    const known = byName.get(mutation.name);
    if (known) known.commands.push(type);
    else byName.set(mutation.name, { name: mutation.name, description: mutation.description, commands: [type], input: null, assigned: mutation.assigned ?? [] });
  }
  for (const plan of byName.values()) {
    if (plan.commands.length > 1) continue;
    const type = plan.commands[0]!;
    const { payload, mutation } = COMMAND_DESCRIPTIONS[type];
    // A filing has no dispute yet: only its idempotency key.
    const envelope = type === 'FileClaim' ? { commandId: { ...ENVELOPE.commandId, description: 'Idempotency key: a retried filing returns the first dispute.' } } : ENVELOPE;
    plan.input = inputClass(mutation!.input ?? `${capitalised(plan.name)}Input`, payload, envelope, undefined, plan.assigned);
  }
  return byName;
}

/** Every dispute mutation, by name, in the order of the journey. */
export const COMMAND_MUTATIONS: ReadonlyMap<string, CommandMutation> = mutations();

/** The envelope's fields and their schemas, for an input declared by hand. */
export const ENVELOPE_FIELDS: Readonly<Record<keyof typeof ENVELOPE, FieldPlan>> = ENVELOPE;
export const envelopeSchema = () => z.object(Object.fromEntries(Object.entries(ENVELOPE).map(([name, plan]) => [name, plan.schema])));
