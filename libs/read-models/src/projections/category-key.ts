/**
 * A product category as every read model groups it: the claim form's free text, so Unicode
 * accents removed (NFD, combining marks dropped), lower case, trimmed, inner spaces collapsed:
 * "Gros  Électroménager " and "gros electromenager" are one category. The one definition for the
 * statistics (merchant_claims, the open data, stats:verify's recount), the search documents and
 * similar outcomes (dispute_search, dispute_outcomes); systemic problems compares the same way
 * in SQL (lower(unaccent(…))).
 */
export function categoryKey(category: string): string {
  return category.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim().replace(/\s+/g, ' ');
}
