import type { Instant } from '@recours/disputes';
import { ERASED } from '@recours/event-store';
import type { DataSource } from 'typeorm';
import { ASSOCIATION_CASES, DISPUTE_SUMMARIES } from '../projections/dispute-cases/dispute-cases.tables';
import { MERCHANT_CLAIMS } from '../projections/merchant-scorecard/merchant-claims.tables';
import { quoteSchema, READ_MODELS_SCHEMA } from '../schema/read-models-schema';
import { STATISTICS_TIME_ZONE } from '../statistics/merchant-statistics';

/**
 * When two descriptions tell the same defect (issue 19 item 2). Tuned on French and English
 * examples (systemic-problems.query.spec.ts): "La batterie ne tient plus la charge après deux
 * mois" and "Batterie qui se décharge très vite, ne tient pas la charge" are one defect; the
 * same phone that "ne s'allume plus" is another.
 */
export const SAME_DEFECT = {
  /** pg_trgm similarity of the two texts, lower-cased and unaccented. */
  trigram: 0.5,
  /** Or: at least this many stemmed words in common… */
  sharedWords: 2,
  /** …making at least this share of the shorter description's words. */
  overlap: 0.5,
} as const;

/** One month of a group: the claims filed in it (Paris time) and the distinct members who filed them. */
export interface SystemicMonth {
  month: string;
  claims: number;
  members: number;
}

/** Claims of an association's members against one merchant, in one category, telling one defect. */
export interface SystemicProblem {
  /** The group's first claim filed (its id names the group: stable while the group keeps it). */
  groupId: string;
  merchantId: string;
  /**
   * The category as a member wrote it (« Électroménager »), the one most claims of the group give;
   * the group is made on its folded form (categoryKey: no accents, lower case), never shown.
   */
  category: string;
  /** The first description of the group, in the member's words. */
  defect: string;
  /** Distinct members in this situation: what a group action counts. */
  members: number;
  claims: number;
  /** Distinct members with any claim against this merchant, every category and defect together. */
  merchantMembers: number;
  firstFiledAt: Instant;
  lastFiledAt: Instant;
  months: SystemicMonth[];
  disputeIds: string[];
}

export interface SystemicProblems {
  problems: SystemicProblem[];
  /** Whether unaccent and pg_trgm were there to compare descriptions (see the migration ClaimCategoryAndProblem176900000006000). */
  comparedWith: { unaccent: boolean; trigrams: boolean };
}

/** One case of the association, with the earlier-listed cases whose description is similar. */
interface CaseRow {
  dispute_id: string;
  consumer_id: string;
  merchant_id: string;
  category: string;
  problem: string;
  filed_at: Date;
  month: string;
  similar: string[];
}

/**
 * An association's members' complaints grouped by merchant, category and defect. Only the
 * disputes it holds a live mandate for (association_cases, the same rule as its case list) are
 * read, inside the SQL. Descriptions are compared within one merchant and category: lower-cased
 * and unaccented for trigrams (pg_trgm); for words, stemmed with the 'french' or the 'english'
 * configuration, whichever drops more stop words (the description's language, most likely),
 * then unaccented. Similar pairs are linked, and a group is a connected set of links (grouped,
 * below), so that a description between two others joins them. Without unaccent, accents count; without pg_trgm,
 * words alone decide. An erased description (its author's key destroyed) tells no defect: left out.
 */
export class SystemicProblemsQuery {
  private extensions?: Promise<{ unaccent: boolean; trigrams: boolean }>;

  constructor(
    private readonly dataSource: DataSource,
    { schema = READ_MODELS_SCHEMA, extensions }: { schema?: string; /** What to use, instead of what the database has (tests of the degraded mode). */ extensions?: { unaccent: boolean; trigrams: boolean } } = {},
  ) {
    this.schema = schema;
    if (extensions) this.extensions = Promise.resolve(extensions);
  }

  private readonly schema: string;

  async forAssociation(associationId: string, { minMembers = 1 }: { minMembers?: number } = {}): Promise<SystemicProblems> {
    const comparedWith = await (this.extensions ??= this.available());
    const s = quoteSchema(this.schema);
    const unaccent = (sql: string) => (comparedWith.unaccent ? `unaccent(${sql})` : sql);
    const lexemes = (config: string) => `array(SELECT DISTINCT ${unaccent('w')} FROM unnest(tsvector_to_array(to_tsvector('${config}', lower(c.problem)))) w)`;
    // Counted once per pair, and only for pairs with a word in common (&&, cheap) or similar trigrams.
    const shared = `(SELECT count(*) FROM (SELECT unnest(a.words) INTERSECT SELECT unnest(b.words)) common)`;
    const rows: CaseRow[] = await this.dataSource.query(
      `WITH cases AS MATERIALIZED (
         SELECT c.dispute_id, a.consumer_id, c.merchant_id, coalesce(nullif(btrim(d.product->>'category'), ''), c.category) AS category, c.filed_at, c.problem,
                lower(${unaccent('c.category')}) AS category_key, lower(${unaccent('c.problem')}) AS plain,
                CASE WHEN length(to_tsvector('french', lower(c.problem))) <= length(to_tsvector('english', lower(c.problem)))
                     THEN ${lexemes('french')} ELSE ${lexemes('english')} END AS words
           FROM ${s}.${ASSOCIATION_CASES.name} a JOIN ${s}.${MERCHANT_CLAIMS.name} c ON c.dispute_id = a.dispute_id
                LEFT JOIN ${s}.${DISPUTE_SUMMARIES.name} d ON d.dispute_id = c.dispute_id
          WHERE a.association_id = $1 AND c.category IS NOT NULL AND c.problem IS NOT NULL AND c.problem <> $5)
       SELECT a.dispute_id, a.consumer_id, a.merchant_id, a.category, a.problem, a.filed_at,
              to_char(a.filed_at AT TIME ZONE '${STATISTICS_TIME_ZONE}', 'YYYY-MM') AS month,
              array(SELECT b.dispute_id FROM cases b
                     WHERE b.merchant_id = a.merchant_id AND b.category_key = a.category_key AND b.dispute_id < a.dispute_id
                       AND (${comparedWith.trigrams ? 'similarity(a.plain, b.plain)' : '0'} >= $2::real
                            OR (a.words && b.words AND ${shared} >= greatest($3::int, $4::float8 * least(cardinality(a.words), cardinality(b.words)))))) AS similar
         FROM cases a`,
      [associationId, SAME_DEFECT.trigram, SAME_DEFECT.sharedWords, SAME_DEFECT.overlap, ERASED],
    );
    return { comparedWith, problems: grouped(rows).filter((p) => p.members >= minMembers) };
  }

  /** Asked once per process: the migration created them where it could. */
  private async available(): Promise<{ unaccent: boolean; trigrams: boolean }> {
    const [row]: Array<{ unaccent: boolean; trigrams: boolean }> = await this.dataSource.query(
      `SELECT to_regprocedure('unaccent(text)') IS NOT NULL AS unaccent, to_regprocedure('similarity(text,text)') IS NOT NULL AS trigrams`,
    );
    return row;
  }
}

/**
 * Similar pairs linked into groups (connected sets, union-find: a description between two
 * others joins them), then counted. Done here rather than in SQL because a recursive CTE over
 * the pairs grows as the cube of a group's size, and a group action is exactly a large group.
 */
function grouped(rows: readonly CaseRow[]): SystemicProblem[] {
  const parent = new Map(rows.map((r) => [r.dispute_id, r.dispute_id]));
  const root = (id: string): string => {
    let at = id;
    while (parent.get(at) !== at) {
      const up = parent.get(parent.get(at)!)!;
      parent.set(at, up); // path halving
      at = up;
    }
    return at;
  };
  for (const row of rows) for (const other of row.similar) if (parent.has(other)) parent.set(root(row.dispute_id), root(other));
  const groups = new Map<string, CaseRow[]>();
  for (const row of rows) {
    const key = root(row.dispute_id);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const merchantMembers = new Map<string, Set<string>>();
  for (const row of rows) merchantMembers.set(row.merchant_id, (merchantMembers.get(row.merchant_id) ?? new Set()).add(row.consumer_id));
  const time = (row: CaseRow) => new Date(row.filed_at).getTime();
  const problems = [...groups.values()].map((group): SystemicProblem => {
    const claims = [...group].sort((a, b) => time(a) - time(b) || (a.dispute_id < b.dispute_id ? -1 : 1));
    const [first, last] = [claims[0], claims[claims.length - 1]];
    const months = new Map<string, CaseRow[]>();
    for (const claim of claims) months.set(claim.month, [...(months.get(claim.month) ?? []), claim]);
    return {
      groupId: first.dispute_id,
      merchantId: first.merchant_id,
      category: mostFrequent(claims.map((c) => c.category)),
      defect: first.problem,
      members: new Set(claims.map((c) => c.consumer_id)).size,
      claims: claims.length,
      merchantMembers: merchantMembers.get(first.merchant_id)!.size,
      firstFiledAt: new Date(first.filed_at).toISOString(),
      lastFiledAt: new Date(last.filed_at).toISOString(),
      months: [...months.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, list]) => ({ month, claims: list.length, members: new Set(list.map((c) => c.consumer_id)).size })),
      disputeIds: claims.map((c) => c.dispute_id),
    };
  });
  return problems.sort((a, b) => b.members - a.members || b.claims - a.claims || b.lastFiledAt.localeCompare(a.lastFiledAt) || (a.groupId < b.groupId ? -1 : 1));
}

/** The spelling most claims of a group use (they may differ by accents); the first in order on a tie. */
function mostFrequent(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort(([a, n], [b, m]) => m - n || (a < b ? -1 : 1))[0][0];
}
