import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { moduleSource, operationDocuments } from '../../apps/web/codegen/operation-documents';
import { WEB_OPERATIONS } from '../../apps/web/codegen/web-operations';

// The web app's operations are written by `npm run codegen` from their description; these checks
// run it against the committed schema.gql, so a field the API does not have fails here too, not
// only in build:web.
const schema = readFileSync(join(__dirname, '../../schema.gql'), 'utf8');

describe("the web app's operations", () => {
  it('are all valid against schema.gql, each exported once under its own name', () => {
    const names = [...operationDocuments(schema, WEB_OPERATIONS).values()].flat().map(({ exportName }) => exportName);

    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['ChangePasswordMutation', 'MerchantInboxQuery', 'DisputeUpdatedSubscription', 'OpenedSession']));
  });

  it("ask each root field with the schema's arguments, from variables of the same name and type", () => {
    const documents = operationDocuments(schema, {
      'features/x/x': `
        mutation { changePassword { token } }
        query { disputeAsOf { id } }
        query Bodies { mediationBodies @withoutArguments { id } }
      `,
    }).get('features/x/x');

    expect(documents?.map(({ exportName }) => exportName)).toEqual(['ChangePasswordMutation', 'DisputeAsOfQuery', 'BodiesQuery']);
    expect(documents?.[0].source).toContain('mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {');
    expect(documents?.[1].source).toContain('query DisputeAsOf($at: String!, $id: ID!) {\n  disputeAsOf(at: $at, id: $id) {');
    expect(documents?.[2].source).toContain('query Bodies {\n  mediationBodies {');
  });

  it('refuse a field the schema does not have, naming the module and the line', () => {
    const wrong = { 'features/x/x': 'query { me { id } }\nmutation { changePassword { token notAField } }' };

    expect(() => operationDocuments(schema, wrong)).toThrow('features/x/x:2: Cannot query field "notAField" on type "AuthPayload".');
  });

  it('refuse an operation with several root fields and no name', () => {
    expect(() => operationDocuments(schema, { 'features/x/x': 'query { me { id } mySessions { id } }' })).toThrow('features/x/x: an operation with more than one root field needs a name');
  });

  it('import graphql() from the generated client, wherever the module is', () => {
    const [document] = operationDocuments(schema, { 'ui/x': 'query { me { id } }' }).get('ui/x') ?? [];

    expect(moduleSource('ui/x', [document])).toContain("import { graphql } from '../graphql/generated';\n\nexport const MeQuery = graphql(`\n  query Me {");
    expect(moduleSource('features/account/account', [document])).toContain("from '../../graphql/generated';");
  });
});
