import { randomUUID } from 'node:crypto';
import { isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';

/**
 * What the schema walks (schema-walk, hostile-inputs) send around the one value they try: a
 * well-meaning client's value for every other field, so a walk reaches past the first check.
 */

export type InputPath = Array<string | number>;

/** One input field, reached by its path from an argument; its type nullable or not, as declared. */
export interface InputLeaf {
  path: InputPath;
  type: GraphQLInputType;
}

/** The ids a plausible value names: those of the walker's own cast. */
export interface WalkIds {
  disputeId: string;
  offerId: string;
  merchantId: string;
  mediatorId: string;
  associationId: string;
  consumerId: string;
}

/** A value a well-meaning client would send for this field (`mailbox` names the addresses it makes). */
export function plausibleValue(name: string, scalar: string, ids: WalkIds, mailbox = 'walk'): unknown {
  if (scalar === 'Int') return /rating/i.test(name) ? 4 : /first/.test(name) ? 5 : /months|days/i.test(name) ? 12 : 1;
  if (scalar === 'Float') return 1;
  if (scalar === 'Boolean') return false;
  if (/offerId|settlementId/i.test(name)) return ids.offerId;
  if (/merchantId/i.test(name)) return ids.merchantId;
  if (/mediatorId/i.test(name)) return ids.mediatorId;
  if (/associationId/i.test(name)) return ids.associationId;
  if (/(account|consumer|agent)Id/i.test(name)) return ids.consumerId;
  if (/^id$|disputeId/i.test(name)) return ids.disputeId;
  if (/email/i.test(name)) return `${mailbox}-${randomUUID().slice(0, 8)}@example.test`;
  if (/password/i.test(name)) return 'Correct-Horse-42';
  if (/sha256/i.test(name)) return 'a'.repeat(64);
  if (/commandId/.test(name)) return randomUUID();
  if (/^at$|On$|At$|date/i.test(name)) return '2025-11-02';
  if (/amount/i.test(name)) return '49.00';
  if (/currency/i.test(name)) return 'EUR';
  if (/country/i.test(name)) return 'FR';
  if (/postcode/i.test(name)) return '75011';
  return 'A plausible text, long enough for any minimum';
}

// A version the client last saw would turn every other variant into CONFLICT: leave it out of
// the baseline (it is still walked as a leaf of its own).
const LEFT_OUT_OF_BASELINE = new Set(['expectedVersion']);

/** The whole plausible value of an argument: every field of an input filled by plausibleValue. */
export function baselineOf(type: GraphQLInputType, name: string, ids: WalkIds, mailbox?: string): unknown {
  if (isNonNullType(type)) return baselineOf(type.ofType, name, ids, mailbox);
  if (isListType(type)) return [baselineOf(type.ofType, name, ids, mailbox)];
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (!LEFT_OUT_OF_BASELINE.has(field.name)) value[field.name] = baselineOf(field.type, field.name, ids, mailbox);
    }
    return value;
  }
  if (isEnumType(type)) return type.getValues()[0].value;
  return plausibleValue(name, type.name, ids, mailbox);
}

/** Every field reachable from an argument (lists through their first item), to 6 levels deep. */
export function leavesOf(type: GraphQLInputType, path: InputPath, depth = 0): InputLeaf[] {
  const leaves: InputLeaf[] = [{ path, type }];
  const inner = isNonNullType(type) ? type.ofType : type;
  if (depth > 6) return leaves;
  if (isListType(inner)) leaves.push(...leavesOf(inner.ofType, [...path, 0], depth + 1));
  if (isInputObjectType(inner)) {
    for (const field of Object.values(inner.getFields())) leaves.push(...leavesOf(field.type, [...path, field.name], depth + 1));
  }
  return leaves;
}
