import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describeError, isNotYetAvailable } from '../../apps/web/src/api/errors';
import { libraryWords } from '../../apps/api/src/graphql/library-words';

const refused = (message: string, extensions: Record<string, unknown>) => new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('the web app reads the API’s errors in either language', () => {
  it('a query the API does not know yet is recognised in French as in English (graphql’s message, translated by the API)', () => {
    const english = 'Cannot query field "similarOutcomes" on type "Query".';
    const french = libraryWords(english)!.phrase.fr;
    expect(french).toMatch(/^Impossible de demander le champ/);
    for (const message of [english, french]) expect(isNotYetAvailable(refused(message, { code: 'GRAPHQL_VALIDATION_FAILED' }))).toBe(true);
    expect(isNotYetAvailable(refused('Unknown argument "x" on field "Query.me".', { code: 'GRAPHQL_VALIDATION_FAILED' }))).toBe(false);
  });

  it('a variable that does not coerce is shown next to its field, as the validation pipe’s are', () => {
    const message = 'Variable "$input" got invalid value 3.5 at "input.rating"; Int cannot represent non-integer value: 3.5';
    const fields = [{ field: 'input.rating', code: 'NOT_A_WHOLE_NUMBER', params: {}, message: 'doit être un nombre entier' }];
    expect(describeError(refused(libraryWords(message)!.phrase.fr, { code: 'BAD_USER_INPUT', fields }))?.fields).toEqual({ rating: 'doit être un nombre entier' });
  });
});
