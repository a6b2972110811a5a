import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are relative to the repository root: `npm run codegen` runs there.
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['apps/web/src/**/*.operations.ts'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { ID: 'string' }, avoidOptionals: { field: true, inputValue: false, object: false } },
    },
  },
};

export default config;
