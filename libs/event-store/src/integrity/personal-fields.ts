import canonicalize from 'canonicalize';
// Relative: the web app's case-file check reads this file without the monorepo's aliases.
import { ERASED } from '../../../locale/src/erased-words';
import { sha256Hex } from './sha256';

/**
 * How a personal field enters an event's hash: as a salted commitment, never as its value.
 *
 * - `{ salt }`: the value is in the event's data; its commitment is SHA-256(JCS([salt, value])).
 * - `{ commitment }`: the value is not there to be proven (erased by destroying its key, or
 *   left out of a case file): the commitment stands for it.
 *
 * So an erased field, or one a reader may not see, leaves the hash unchanged, and a case file
 * with the plain text still verifies offline.
 */
export type PersonalField = { salt: string } | { commitment: string };

/** JSON pointer (RFC 6901) into the event's data → how that field is committed. */
export type PersonalFields = Record<string, PersonalField>;

// What a personal field reads as once its subject's key is destroyed: one definition, beside its words.
export { ERASED };

export const isErased = (value: unknown): boolean => value === ERASED;

/** What a committed field becomes in the hashed form. */
export interface Commitment {
  $commitment: string;
}

/** The value at a JSON pointer (RFC 6901), or undefined when there is none. */
export function valueAt(data: unknown, pointer: string): unknown {
  if (pointer === '') return data;
  if (!pointer.startsWith('/')) return undefined;
  let node: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(node)) {
      if (!/^(0|[1-9][0-9]*)$/.test(key)) return undefined;
      node = node[Number(key)];
    } else if (typeof node === 'object' && node !== null && Object.hasOwn(node, key)) {
      node = (node as Record<string, unknown>)[key];
    } else {
      return undefined;
    }
  }
  return node;
}

/** A random salt: 16 bytes, base64url. */
export function newSalt(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export async function commitmentOf(salt: string, value: unknown): Promise<string> {
  return sha256Hex(canonicalize([salt, value]) as string);
}

/**
 * The data as it is hashed: each personal field replaced by its commitment. Fails (undefined)
 * when a field committed by its salt has no value to commit: the event was cut.
 */
export async function committedData(data: unknown, personal: PersonalFields | undefined): Promise<unknown> {
  if (!personal || Object.keys(personal).length === 0) return data;
  let copy = structuredClone(data);
  // Deepest pointers first would matter only for nested pointers, which are refused at append.
  for (const pointer of Object.keys(personal).sort()) {
    const field = personal[pointer];
    const value = valueAt(copy, pointer);
    let commitment: string;
    if ('salt' in field) {
      if (value === undefined) throw new MissingPersonalValue(pointer);
      commitment = await commitmentOf(field.salt, value);
    } else {
      commitment = field.commitment;
    }
    copy = replaceAt(copy, pointer, { $commitment: commitment } satisfies Commitment);
  }
  return copy;
}

/** A field committed by its salt whose value is missing: what was hashed cannot be rebuilt. */
export class MissingPersonalValue extends Error {
  constructor(readonly pointer: string) {
    super(`the personal field ${pointer} has a salt but no value`);
    this.name = 'MissingPersonalValue';
  }
}

/** Puts `replacement` at the pointer, in place (the pointer's parent must exist). */
export function replaceAt(data: unknown, pointer: string, replacement: unknown): unknown {
  if (pointer === '') return replacement;
  const keys = pointer.slice(1).split('/').map((raw) => raw.replaceAll('~1', '/').replaceAll('~0', '~'));
  const last = keys.pop() as string;
  let node: unknown = data;
  for (const key of keys) node = Array.isArray(node) ? node[Number(key)] : (node as Record<string, unknown>)[key];
  if (Array.isArray(node)) node[Number(last)] = replacement;
  else (node as Record<string, unknown>)[last] = replacement;
  return data;
}

/**
 * `data` with `replacement` at the pointer, `data` itself untouched: only the objects and arrays on
 * the pointer's path are copied (shallowly), the rest is shared. Fails, like replaceAt, when the
 * pointer's parent is missing. `copies`: the containers copied by earlier calls on the same data,
 * changed in place rather than copied again (several fields of one event).
 */
export function replacedAt(data: unknown, pointer: string, replacement: unknown, copies: Set<unknown> = new Set()): unknown {
  if (pointer === '') return replacement;
  const keys = pointer.slice(1).split('/').map((raw) => raw.replaceAll('~1', '/').replaceAll('~0', '~'));
  const last = keys.pop() as string;
  const root = ownCopy(data, pointer, copies);
  let node = root;
  for (const key of keys) {
    const child = ownCopy(Array.isArray(node) ? node[Number(key)] : node[key], pointer, copies);
    if (Array.isArray(node)) node[Number(key)] = child;
    else node[key] = child;
    node = child;
  }
  if (Array.isArray(node)) node[Number(last)] = replacement;
  else node[last] = replacement;
  return root;
}

function ownCopy(node: unknown, pointer: string, copies: Set<unknown>): Record<string, unknown> | unknown[] {
  if (copies.has(node)) return node as Record<string, unknown> | unknown[];
  let copy: Record<string, unknown> | unknown[];
  if (Array.isArray(node)) copy = [...node];
  else if (typeof node === 'object' && node !== null) copy = { ...(node as Record<string, unknown>) };
  else throw new TypeError(`no object or array on the path of ${pointer}`);
  copies.add(copy);
  return copy;
}
