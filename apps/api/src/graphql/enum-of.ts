import { registerEnumType } from '@nestjs/graphql';

/**
 * A GraphQL enum from one of the domain's lists, so the schema never drifts from the domain.
 * `deprecated`: values kept (a public enum loses none) with the reason a client should not use them.
 */
export function enumOf<const T extends readonly string[]>(values: T, name: string, description?: string, deprecated: Readonly<Record<string, string>> = {}): { [K in T[number]]: K } {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
  const valuesMap = Object.fromEntries(Object.entries(deprecated).map(([value, deprecationReason]) => [value, { deprecationReason }])) as Partial<Record<T[number], { deprecationReason: string }>>;
  registerEnumType(enumObject, { name, description, valuesMap });
  return enumObject;
}
