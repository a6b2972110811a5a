// The declaration each sub-domain writes beside its events; apart from personal-data.ts, which
// composes those declarations, so that a sub-domain's events do not import what imports them.

/**
 * A JSON pointer (RFC 6901) into an event's data, `*` standing for every item of a list: only
 * paths the data's type has are accepted, so a misspelt field cannot go unsealed.
 */
export type PersonalPath<Data> = Data extends string | number | boolean | null | undefined
  ? never
  : Data extends readonly (infer Item)[]
    ? '/*' | `/*${PersonalPath<Item>}`
    : { [K in keyof Data & string]-?: `/${K}` | `/${K}${PersonalPath<NonNullable<Data[K]>>}` }[keyof Data & string];

/**
 * Where each of a sub-domain's events holds what a person wrote or what identifies them: free
 * text (descriptions, the chronology, messages, reasons, notes, comments, terms), evidence names,
 * serial numbers and order references. Ids of accounts are pseudonyms and stay outside. Each
 * sub-domain declares it beside its events (`<X>_PERSONAL_FIELDS` in `<x>.events.ts`) and must
 * list every one of them, `[]` for an event that holds none: a new event's author decides it.
 */
export type PersonalFields<E extends { type: string; data: unknown }> = { readonly [T in E['type']]: readonly PersonalPath<Extract<E, { type: T }>['data']>[] };
