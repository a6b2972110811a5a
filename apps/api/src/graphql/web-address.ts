import type { FieldProblem } from './errors';

/** A page anyone can open: http(s) to a named host, never `javascript:`, `data:` or a bare word. */
export function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** The problem with a web address a profile shows to the public, at `field`; null when it is one (or was not given). */
export function webAddressProblem(field: string, text: string | null | undefined): FieldProblem | null {
  const address = text?.trim();
  if (!address || isWebAddress(address)) return null;
  return { field, code: 'NOT_A_WEB_ADDRESS', message: { en: 'must be a web address starting with https:// or http://', fr: 'doit être une adresse web commençant par https:// ou http://' } };
}
