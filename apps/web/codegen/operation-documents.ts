// The web app's operations, complete, from their description (web-operations.ts) and schema.gql.
// What the schema already says is not written again: an operation's header (its variables) and
// each root field's arguments come from the root field's arguments in the schema.
import { posix } from 'node:path';
import {
  Kind,
  NoUnusedFragmentsRule,
  Source,
  buildSchema,
  parse,
  parseType,
  print,
  specifiedRules,
  validate,
  type DefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type VariableDefinitionNode,
} from 'graphql';

/** One exported document of a generated operations module. */
export interface OperationDocument {
  exportName: string;
  source: string;
}

const WITHOUT_ARGUMENTS = 'withoutArguments';
const capitalised = (name: string) => name[0].toUpperCase() + name.slice(1);
const EXPORT_SUFFIX = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;
const name = (value: string) => ({ kind: Kind.NAME, value }) as const;
const variable = (value: string) => ({ kind: Kind.VARIABLE, name: name(value) }) as const;

/**
 * Each module's documents. An operation without a name is named after its one root field
 * (`mutation { changePassword { … } }` is ChangePassword); a root field written without arguments
 * is asked with every argument the schema gives it, each from a variable of the same name and type
 * (`@withoutArguments` on the field: with none, where a page never narrows the list).
 * Every document is validated against the schema (fragments of all modules in scope): an error
 * names the module and line of the description, and nothing is returned.
 */
export function operationDocuments(schemaSource: string, description: Readonly<Record<string, string>>): Map<string, OperationDocument[]> {
  const schema = buildSchema(schemaSource);
  const modules = new Map<string, DefinitionNode[]>();
  for (const [module, text] of Object.entries(description)) {
    const definitions = parse(new Source(text, module)).definitions;
    modules.set(module, definitions.map((definition) => (definition.kind === Kind.OPERATION_DEFINITION ? completed(schema, module, definition) : definition)));
  }
  // A fragment only the dispute commands' generated operations spread is not unused.
  const rules = specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule);
  const errors = validate(schema, { kind: Kind.DOCUMENT, definitions: [...modules.values()].flat() }, rules);
  if (errors.length > 0) {
    const where = (error: (typeof errors)[number]) => `${error.source?.name ?? '?'}:${error.locations?.[0]?.line ?? '?'}`;
    throw new Error(`The web app's operations do not match schema.gql:\n${errors.map((error) => `  ${where(error)}: ${error.message}`).join('\n')}`);
  }
  return new Map(
    [...modules].map(([module, definitions]) => [
      module,
      definitions.map((definition) => ({ exportName: exportNameOf(definition), source: print(definition) })),
    ]),
  );
}

function completed(schema: GraphQLSchema, module: string, operation: OperationDefinitionNode): OperationDefinitionNode {
  const root = schema.getRootType(operation.operation);
  const variables = new Map<string, VariableDefinitionNode>((operation.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, definition]));
  const selections = operation.selectionSet.selections.map((selection): SelectionNode => {
    if (selection.kind !== Kind.FIELD) return selection;
    const field = root?.getFields()[selection.name.value];
    const directives = selection.directives?.filter((directive) => directive.name.value !== WITHOUT_ARGUMENTS);
    // Arguments written by hand stay as written; a field the schema lacks is left for validate to name.
    if (!field || (selection.arguments?.length ?? 0) > 0 || directives?.length !== selection.directives?.length) return { ...selection, directives };
    for (const argument of field.args) {
      const type = parseType(String(argument.type));
      const known = variables.get(argument.name);
      if (known && print(known.type) !== print(type)) {
        throw new Error(`${module}: $${argument.name} is ${print(known.type)} in one root field and ${print(type)} in ${field.name}`);
      }
      variables.set(argument.name, { kind: Kind.VARIABLE_DEFINITION, variable: variable(argument.name), type });
    }
    return { ...selection, directives, arguments: field.args.map((argument) => ({ kind: Kind.ARGUMENT, name: name(argument.name), value: variable(argument.name) })) };
  });
  const [only] = operation.selectionSet.selections;
  if (!operation.name && (operation.selectionSet.selections.length !== 1 || only.kind !== Kind.FIELD)) {
    throw new Error(`${module}: an operation with more than one root field needs a name`);
  }
  return {
    ...operation,
    name: operation.name ?? name(capitalised((only as { name: { value: string } }).name.value)),
    variableDefinitions: [...variables.values()],
    selectionSet: { ...operation.selectionSet, selections },
  };
}

function exportNameOf(definition: DefinitionNode): string {
  if (definition.kind === Kind.FRAGMENT_DEFINITION) return definition.name.value;
  if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) return `${definition.name.value}${EXPORT_SUFFIX[definition.operation]}`;
  throw new Error(`a web operations description holds only operations and fragments, not ${definition.kind}`);
}

/** The text of `src/<module>.operations.ts`. */
export function moduleSource(module: string, documents: readonly OperationDocument[]): string {
  const generated = posix.relative(posix.dirname(module), 'graphql/generated');
  return `// Generated by \`npm run codegen\` from apps/web/codegen/web-operations.ts and schema.gql: do not edit.
import { graphql } from '${generated.startsWith('.') ? generated : `./${generated}`}';
${documents
  .map(
    ({ exportName, source }) => `
export const ${exportName} = graphql(\`
  ${source.replace(/\n/g, '\n  ')}
\`);
`,
  )
  .join('')}`;
}
