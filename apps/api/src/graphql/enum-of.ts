import { registerEnumType } from '@nestjs/graphql';

/** A GraphQL enum from one of the domain's lists, so the schema never drifts from the domain. */
export function enumOf<const T extends readonly string[]>(values: T, name: string, description?: string): { [K in T[number]]: K } {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
  registerEnumType(enumObject, { name, description });
  return enumObject;
}
