import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNextSignInStep, problemBody, problemTitle } from '../../apps/web/src/api/problem-words';
import { en } from '../../libs/locale/src/catalogue/en';
import { fr } from '../../libs/locale/src/catalogue/fr';

/** The codes the API lets through to clients (format-error.ts), and the two the web app makes itself. */
const formatError = readFileSync(join(__dirname, '../../apps/api/src/graphql/format-error.ts'), 'utf8');
const clientCodes = [...(/const CLIENT_CODES = new Set\(\[([^\]]*)\]/.exec(formatError)?.[1] ?? '').matchAll(/'(\w+)'/g)].map((m) => m[1]);
const codes = [...clientCodes, 'INTERNAL_SERVER_ERROR', 'NETWORK', 'UNKNOWN'];

describe("an error alert's words", () => {
  it('finds the codes the API passes through (else the checks below would check nothing)', () => {
    expect(clientCodes).toEqual(expect.arrayContaining(['TWO_FACTOR_REQUIRED', 'GONE', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST']));
  });

  it('title every code with a sentence of the catalogue in both languages, never the code itself', () => {
    for (const code of codes) {
      const key = problemTitle(code);
      expect(key in en && key in fr).toBe(true);
      expect([en[key], fr[key]]).not.toContain(code);
    }
    expect(problemTitle('SOMETHING_NEW')).toBe('error.code.UNKNOWN');
  });

  it('give a two-step sign-in, a server fault and an erased file a title of their own', () => {
    expect(problemTitle('TWO_FACTOR_REQUIRED')).toBe('error.code.TWO_FACTOR_REQUIRED');
    expect(problemTitle('GONE')).toBe('error.code.GONE');
    expect(fr[problemTitle('INTERNAL_SERVER_ERROR')]).toBe('Erreur du serveur');
  });

  it("say the catalogue's sentence, not the browser's or the server's English, for a network failure, an outage or a fault", () => {
    expect(problemBody({ code: 'NETWORK', message: 'Failed to fetch' })).toEqual({ key: 'error.body.network' });
    expect(problemBody({ code: 'NETWORK', message: 'Bad Gateway' })).toEqual({ key: 'error.body.network' });
    expect(problemBody({ code: 'UNAVAILABLE', message: 'recours cannot reach its database right now; try again shortly' })).toEqual({ key: 'error.body.unavailable' });
    expect(problemBody({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' })).toEqual({ key: 'error.body.unknown' });
    expect(problemBody({ code: 'UNKNOWN', message: '[GraphQL] oops' })).toEqual({ key: 'error.body.unknown' });
    expect(problemBody({ code: 'GRAPHQL_VALIDATION_FAILED', message: 'Cannot query field "x"' })).toEqual({ key: 'error.body.unknown' });
    for (const key of ['error.body.network', 'error.body.unavailable', 'error.body.unknown'] as const) expect(fr[key]).not.toBe(en[key]);
  });

  it("say the server's sentence for the codes whose errors it writes in the reader's language", () => {
    expect(problemBody({ code: 'DOMAIN_RULE', message: 'La médiation ne peut être demandée qu’après une réclamation écrite' })).toEqual({
      text: 'La médiation ne peut être demandée qu’après une réclamation écrite',
    });
    expect(problemBody({ code: 'FORBIDDEN', message: '' })).toEqual({ key: 'error.body.unknown' });
  });

  it('show no error for the first TWO_FACTOR_REQUIRED of a sign-in (the form asks for the code), but do once the code was asked', () => {
    expect(isNextSignInStep({ code: 'TWO_FACTOR_REQUIRED' }, false)).toBe(true);
    expect(isNextSignInStep({ code: 'TWO_FACTOR_REQUIRED' }, true)).toBe(false);
    expect(isNextSignInStep({ code: 'UNAUTHENTICATED' }, false)).toBe(false);
    expect(isNextSignInStep(null, false)).toBe(false);
  });
});
