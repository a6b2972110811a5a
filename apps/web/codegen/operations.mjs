// Writes the web app's src/**/<module>.operations.ts from their description (web-operations.ts),
// completed from schema.gql and checked against it (operation-documents.ts). Run by `npm run
// codegen`, before graphql-codegen reads and types the operations; not committed, like the rest of
// the generated code (build:web runs codegen).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const jiti = createJiti(import.meta.url);
const { operationDocuments, moduleSource } = await jiti.import(`${root}apps/web/codegen/operation-documents.ts`);
const { WEB_OPERATIONS } = await jiti.import(`${root}apps/web/codegen/web-operations.ts`);

for (const [module, documents] of operationDocuments(readFileSync(`${root}schema.gql`, 'utf8'), WEB_OPERATIONS)) {
  const path = `${root}apps/web/src/${module}.operations.ts`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, moduleSource(module, documents));
}
