import type { Instant } from '@recours/disputes';
import type { DataSource } from 'typeorm';
import { ASSOCIATION_CASES } from '../projections/dispute-cases/dispute-cases.tables';
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
  /** The group's first claim (its id names the group: stable while the group keeps it). */
  groupId: string;
  merchantId: string;
  /** The category as filed (categoryKey, lower case). */
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

interface ProblemRow {
  group_id: string;
  merchant_id: string;
  category: string;
  defect: string;
  members: number;
  claims: number;
  merchant_members: number;
  first_filed_at: Date;
  last_filed_at: Date;
  months: SystemicMonth[];
  dispute_ids: string[];
}

/**
 * An association's members' complaints grouped by merchant, category and defect. Only the
 * disputes it holds a live mandate for (association_cases, the same rule as its case list) are
 * read, inside the SQL. Descriptions are compared within one merchant and category: lower-cased
 * and unaccented for trigrams (pg_trgm); for words, stemmed with the 'french' or the 'english'
 * configuration, whichever drops more stop words (the description's language, most likely),
 * then unaccented. Similar pairs are linked, and a group is a connected set of links, so that a
 * description between two others joins them. Without unaccent, accents count; without pg_trgm,
 * words alone decide.
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
    const shared = `(SELECT count(*) FROM (SELECT unnest(a.words) INTERSECT SELECT unnest(b.words)) common)`;
    const rows: ProblemRow[] = await this.dataSource.query(
      `WITH RECURSIVE cases AS (
         SELECT c.dispute_id, a.consumer_id, c.merchant_id, c.category, c.filed_at, c.problem,
                lower(${unaccent('c.category')}) AS category_key, lower(${unaccent('c.problem')}) AS plain,
                CASE WHEN length(to_tsvector('french', lower(c.problem))) <= length(to_tsvector('english', lower(c.problem)))
                     THEN ${lexemes('french')} ELSE ${lexemes('english')} END AS words
           FROM ${s}.${ASSOCIATION_CASES.name} a JOIN ${s}.${MERCHANT_CLAIMS.name} c ON c.dispute_id = a.dispute_id
          WHERE a.association_id = $1 AND c.category IS NOT NULL AND c.problem IS NOT NULL),
       links AS (
         SELECT a.dispute_id AS one, b.dispute_id AS other
           FROM cases a JOIN cases b ON b.merchant_id = a.merchant_id AND b.category_key = a.category_key AND b.dispute_id <> a.dispute_id
          WHERE ${comparedWith.trigrams ? 'similarity(a.plain, b.plain)' : '0'} >= $2::real OR
                (${shared} >= $3::int AND ${shared} >= $4::float8 * least(cardinality(a.words), cardinality(b.words)))),
       reach (dispute_id, root) AS (
         SELECT dispute_id, dispute_id FROM cases
         UNION
         SELECT l.other, r.root FROM reach r JOIN links l ON l.one = r.dispute_id),
       grouped AS (
         SELECT c.*, g.group_id FROM cases c JOIN (SELECT dispute_id, min(root) AS group_id FROM reach GROUP BY dispute_id) g USING (dispute_id)),
       monthly AS (
         SELECT group_id, to_char(filed_at AT TIME ZONE '${STATISTICS_TIME_ZONE}', 'YYYY-MM') AS month, count(*)::int AS claims, count(DISTINCT consumer_id)::int AS members
           FROM grouped GROUP BY group_id, month),
       per_merchant AS (
         SELECT merchant_id, count(DISTINCT consumer_id)::int AS merchant_members FROM cases GROUP BY merchant_id)
       SELECT g.group_id, g.merchant_id, mode() WITHIN GROUP (ORDER BY g.category) AS category,
              (array_agg(g.problem ORDER BY g.filed_at, g.dispute_id))[1] AS defect,
              count(DISTINCT g.consumer_id)::int AS members, count(*)::int AS claims, min(m.merchant_members) AS merchant_members,
              min(g.filed_at) AS first_filed_at, max(g.filed_at) AS last_filed_at,
              (SELECT json_agg(json_build_object('month', mo.month, 'claims', mo.claims, 'members', mo.members) ORDER BY mo.month) FROM monthly mo WHERE mo.group_id = g.group_id) AS months,
              array_agg(g.dispute_id ORDER BY g.filed_at, g.dispute_id) AS dispute_ids
         FROM grouped g JOIN per_merchant m USING (merchant_id)
        GROUP BY g.group_id, g.merchant_id
       HAVING count(DISTINCT g.consumer_id) >= $5::int
        ORDER BY members DESC, claims DESC, last_filed_at DESC, g.group_id`,
      [associationId, SAME_DEFECT.trigram, SAME_DEFECT.sharedWords, SAME_DEFECT.overlap, minMembers],
    );
    return {
      comparedWith,
      problems: rows.map((r) => ({
        groupId: r.group_id,
        merchantId: r.merchant_id,
        category: r.category,
        defect: r.defect,
        members: r.members,
        claims: r.claims,
        merchantMembers: r.merchant_members,
        firstFiledAt: new Date(r.first_filed_at).toISOString(),
        lastFiledAt: new Date(r.last_filed_at).toISOString(),
        months: r.months,
        disputeIds: r.dispute_ids,
      })),
    };
  }

  /** Asked once per process: the migration created them where it could. */
  private async available(): Promise<{ unaccent: boolean; trigrams: boolean }> {
    const [row]: Array<{ unaccent: boolean; trigrams: boolean }> = await this.dataSource.query(
      `SELECT to_regprocedure('unaccent(text)') IS NOT NULL AS unaccent, to_regprocedure('similarity(text,text)') IS NOT NULL AS trigrams`,
    );
    return row;
  }
}
