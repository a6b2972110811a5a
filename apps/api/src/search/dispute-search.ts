import { Inject, Injectable } from '@nestjs/common';
import type { DisputeStatus } from '@recours/disputes';
import { decodeCursor, pageSize, READ_MODELS_DATA_SOURCE, toPage, type Page, type PageArgs } from '@recours/read-models';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { MARK_END, MARK_START, partsOfHeadline, partsOfSubstrings, wordsOf, type SearchHighlight } from './highlights';

export interface DisputeSearchHit {
  disputeId: string;
  status: DisputeStatus;
  productName: string;
  orderReference: string | null;
  consumerId: string;
  consumerName: string | null;
  merchantId: string;
  merchantName: string | null;
  filedAt: string;
  lastActivityAt: string;
  /** Relevance, higher first (the full-text rank and what matched, as an integer). */
  score: number;
  highlights: SearchHighlight[];
}

/** A description is shown by its matched passages, not whole. */
const FRAGMENTS = 'MaxFragments=2, MaxWords=20, MinWords=8, FragmentDelimiter=" … "';

/** Substring words at most: each is one LIKE, and a search box needs no more. */
const MAX_WORDS = 8;

interface HitRow {
  dispute_id: string;
  status: DisputeStatus;
  product_name: string;
  product_details: string;
  order_reference: string | null;
  serial_number: string | null;
  consumer_id: string;
  consumer_name: string | null;
  merchant_id: string;
  merchant_name: string | null;
  filed_at: Date;
  last_activity_at: Date;
  score: string;
  by_words: boolean;
  product_headline: string;
  description_headline: string | null;
  description_headline_en: string | null;
}

/**
 * searchDisputes (issue 19 item 3): the disputes a viewer may read that match a query, most
 * relevant first. Who may read what is the WHERE clause itself (the same rule as `dispute(id)`),
 * so a row outside it is never read, counted nor ranked. A dispute matches by its words
 * (French and English full text, accents folded: product, brand, model, category, references,
 * the consumer's description), by a substring of its references and product (pg_trgm), or by
 * the name of its consumer or merchant (read from the accounts, where names live and change).
 */
@Injectable()
export class DisputeSearch {
  constructor(@Inject(READ_MODELS_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async search(viewer: Viewer, query: string, args: PageArgs): Promise<Page<DisputeSearchHit>> {
    const size = pageSize(args.first);
    const after = args.after ? decodeCursor(args.after, ['integer', 'id']) : null;
    const words = wordsOf(query)
      .slice(0, MAX_WORDS)
      .map((word) => word.replace(/[\\%_]/g, '\\$&'));
    const parameters: unknown[] = [query];
    const param = (value: unknown): string => `$${parameters.push(value)}`;
    const patterns = words.map((word) => `('%' || text_search.fold(${param(word)}) || '%')`);
    // Every word somewhere in the text; no word long enough: this branch matches nothing.
    const allWords = (text: string): string => (patterns.length ? patterns.map((p) => `${text} LIKE ${p}`).join(' AND ') : 'false');
    const visible = this.visibility(viewer, param);
    const keys = `text_search.keys(s.order_reference, s.serial_number, s.product_name, s.product_details)`;
    const document = `s.document`; // text_search.document(…) of the row, stored (dispute-search.tables.ts)
    const found = `
      WITH q AS (SELECT text_search.query($1) AS q),
      named_consumers AS (SELECT a.id::text AS id FROM accounts.accounts a WHERE a.role = 'CONSUMER' AND ${allWords('text_search.fold(a.display_name)')}),
      named_merchants AS (SELECT m.id::text AS id FROM accounts.merchants m WHERE ${allWords('text_search.fold(m.name)')}),
      found AS (
        SELECT s.dispute_id, s.status, s.product_name, s.product_details, s.order_reference, s.serial_number, s.consumer_id, s.merchant_id,
               s.filed_at, s.last_activity_at, s.description, ${document} @@ q.q AS by_words, (${allWords(keys)}) AS by_keys,
               (s.consumer_id IN (SELECT id FROM named_consumers) OR s.merchant_id IN (SELECT id FROM named_merchants)) AS by_name,
               ts_rank(${document}, q.q) AS rank
          FROM read_models.dispute_search s, q
         WHERE ${visible}
           -- Each arm an index can answer (a BitmapOr): the words' GIN, the keys' trigrams, the parties' ids.
           -- Measured on 100,000 disputes, the admin's search went from 7–12 s (IN and the CTE's tsquery: a scan) to about 0.5 s.
           AND (${document} @@ text_search.query($1) OR ${allWords(keys)}
                OR s.consumer_id = ANY (ARRAY(SELECT id FROM named_consumers)) OR s.merchant_id = ANY (ARRAY(SELECT id FROM named_merchants)))
      ),
      scored AS (
        SELECT found.*, round(1000000 * (rank
                 + CASE WHEN text_search.fold(coalesce(order_reference, '')) = text_search.fold($1) THEN 4 ELSE 0 END
                 + CASE WHEN by_keys THEN 1 ELSE 0 END
                 + CASE WHEN by_name THEN 0.5 ELSE 0 END))::bigint AS score
          FROM found
      )`;
    const [{ total }] = await this.dataSource.query<Array<{ total: number }>>(`${found} SELECT count(*)::int AS total FROM scored`, parameters);
    const cursor = after ? `WHERE score < ${param(after[0])} OR (score = ${param(after[0])} AND dispute_id > ${param(after[1])})` : '';
    const marks = `StartSel=${MARK_START}, StopSel=${MARK_END}`;
    const rows = await this.dataSource.query<HitRow[]>(
      `${found}
      SELECT p.*, c.display_name AS consumer_name, m.name AS merchant_name,
             ts_headline('text_search.french', p.product_name, q.q, '${marks}, HighlightAll=true') AS product_headline,
             CASE WHEN p.by_words THEN ts_headline('text_search.french', p.description, q.q, '${marks}, ${FRAGMENTS}') END AS description_headline,
             CASE WHEN p.by_words THEN ts_headline('text_search.english', p.description, q.q, '${marks}, ${FRAGMENTS}') END AS description_headline_en
        FROM (SELECT * FROM scored ${cursor} ORDER BY score DESC, dispute_id LIMIT ${size + 1}) p
        CROSS JOIN q
        LEFT JOIN accounts.accounts c ON c.id::text = p.consumer_id
        LEFT JOIN accounts.merchants m ON m.id::text = p.merchant_id
       ORDER BY p.score DESC, p.dispute_id`,
      parameters,
    );
    const hits = rows.map((row) => this.hitOf(row, words.map((w) => w.replace(/\\(.)/g, '$1'))));
    return toPage(hits, size, total, (hit) => [hit.score, hit.disputeId]);
  }

  /** The WHERE clause of what this viewer may read: the rule of `dispute(id)` (readerOf), in SQL. */
  private visibility(viewer: Viewer, param: (value: unknown) => string): string {
    switch (viewer.role) {
      case 'CONSUMER':
        return `s.consumer_id = ${param(viewer.accountId)}`;
      case 'MERCHANT':
        return `s.merchant_id = ${param(viewer.merchantId)}`;
      case 'MEDIATOR':
        return `s.mediator_id = ${param(viewer.accountId)}`;
      case 'ASSOCIATION': {
        // Under its mandate, or shared with it for advice: who advises is on the summary, written with this row (dispute-cases).
        const association = param(viewer.accountId);
        return `(s.association_id = ${association}
                 OR s.dispute_id IN (SELECT a.dispute_id FROM read_models.dispute_summaries a WHERE a.advisers @> ARRAY[${association}]::text[] AND a.advisers <> '{}'))`;
      }
      case 'ADMIN':
        return 'true';
    }
  }

  private hitOf(row: HitRow, words: string[]): DisputeSearchHit {
    const highlights: SearchHighlight[] = [];
    const add = (field: SearchHighlight['field'], text: string | null, headline?: string | null) => {
      if (!text) return;
      const parts = headline?.includes(MARK_START) ? partsOfHeadline(headline) : partsOfSubstrings(text, words);
      if (parts) highlights.push({ field, parts });
    };
    add('ORDER_REFERENCE', row.order_reference);
    add('SERIAL_NUMBER', row.serial_number);
    add('PRODUCT', row.product_name, row.product_headline);
    if (row.by_words) {
      // The French headline marks what French stems matched; the English one what English stems did.
      const headline = row.description_headline?.includes(MARK_START) ? row.description_headline : row.description_headline_en;
      if (headline?.includes(MARK_START)) highlights.push({ field: 'DESCRIPTION', parts: partsOfHeadline(headline) });
    }
    add('CONSUMER', row.consumer_name);
    add('MERCHANT', row.merchant_name);
    return {
      disputeId: row.dispute_id,
      status: row.status,
      productName: row.product_name,
      orderReference: row.order_reference,
      consumerId: row.consumer_id,
      consumerName: row.consumer_name,
      merchantId: row.merchant_id,
      merchantName: row.merchant_name,
      filedAt: row.filed_at.toISOString(),
      lastActivityAt: row.last_activity_at.toISOString(),
      score: Number(row.score),
      highlights,
    };
  }
}
