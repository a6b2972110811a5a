import type { DeadlineKind, DisputeStatus, Instant, Money, Product, Remedy, Side, Turn } from '@recours/disputes';
import { queryNamed } from '@recours/database';
import type { DataSource, Repository } from 'typeorm';
import { DISPUTE_SUMMARIES } from '../projections/dispute-cases/dispute-cases.tables';
import type { RowOf } from '../schema/read-model-table';
import { READ_MODELS_SCHEMA } from '../schema/read-models-schema';
import { instant, optionalInstant } from './instants';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from './page';

export interface DisputeSummary {
  disputeId: string;
  consumerId: string;
  merchantId: string;
  mediatorId: string | null;
  /** The association acting under a live mandate, if any. */
  associationId: string | null;
  /** The associations the consumer shares the dispute with for advice. */
  advisers: string[];
  product: Product;
  status: DisputeStatus;
  turn: Turn;
  requestedRemedy: Remedy;
  price: Money;
  /** The latest offer still open. */
  openOffer: { offerId: string; side: Side; remedy: Remedy; amount: Money | null; expiresAt: Instant } | null;
  /** The remedy agreed: being carried out (`dueAt` set), or the last one carried out or failed. */
  agreedRemedy: { remedy: Remedy; amount: Money | null; dueAt: Instant | null } | null;
  nextDeadline: { kind: DeadlineKind; dueAt: Instant } | null;
  filedAt: Instant;
  lastActivityAt: Instant;
  /** The dispute stream's version this summary reflects (every event: never shown to a reader). */
  version: number;
  /** The version the consumer counts, over the events she may read: what her lists show (an association's count is not hers: listSharedForAdvice). */
  consumerVersion: number;
  /** The global position of the last event folded in. */
  lastPosition: bigint;
}

export interface ConsumerDisputesArgs extends PageArgs {
  status?: DisputeStatus;
}

/** One dispute at a glance, and a consumer's disputes, newest filed first. */
export class DisputeSummaries {
  private readonly rows: Repository<RowOf<typeof DISPUTE_SUMMARIES>>;

  constructor(private readonly dataSource: DataSource) {
    this.rows = dataSource.getRepository(DISPUTE_SUMMARIES.entity);
  }

  async findDisputeSummary(disputeId: string): Promise<DisputeSummary | null> {
    const row = await this.rows.findOneBy({ disputeId });
    return row ? toSummary(row) : null;
  }

  /**
   * One statement per page: the rows, and the list's total in a scalar subquery, read without
   * entity hydration, as a named statement (parsed and planned once per connection). It is the
   * hottest read of the API (every consumer's home page).
   */
  async listDisputesForConsumer(consumerId: string, args: ConsumerDisputesArgs = {}): Promise<Page<DisputeSummary>> {
    const size = pageSize(args.first);
    const [afterFiledAt, afterId] = args.after ? decodeCursor(args.after, ['instant', 'id']) : [null, null];
    const rows: Array<DisputeSummaryRow & { total: number }> = await queryNamed(this.dataSource, 'dispute-summaries-for-consumer', LIST_FOR_CONSUMER, [consumerId, args.status ?? null, afterFiledAt, afterId, size + 1]);
    const totalCount = rows[0]?.total ?? (await this.dataSource.query(COUNT_FOR_CONSUMER, [consumerId, args.status ?? null]))[0].total;
    return toPage(rows.map(fromRow), size, totalCount, (s) => [s.filedAt, s.disputeId]);
  }

  /**
   * The disputes shared for advice (shareDisputeForAdvice), newest filed first: those a consumer
   * shares with any association, or those shared with one association. The rule is the WHERE
   * clause (the GIN index on `advisers` for an association).
   */
  async listSharedForAdvice(by: { consumerId: string } | { associationId: string }, args: PageArgs = {}): Promise<Page<DisputeSummary & { readerVersion: number }>> {
    const size = pageSize(args.first);
    const [afterFiledAt, afterId] = args.after ? decodeCursor(args.after, ['instant', 'id']) : [null, null];
    const filter = 'consumerId' in by ? `consumer_id = $1 AND advisers <> '{}'` : `advisers @> ARRAY[$1]::text[] AND advisers <> '{}'`;
    const who = 'consumerId' in by ? by.consumerId : by.associationId;
    // The version as the lister counts it, as dispute(id) shows it to her: an association's is
    // versionOf(readerVersions, 'ASSOCIATION', her account), what every association reads plus what
    // she reads alone; the consumer's counts her sharing with the other associations too.
    const readerVersion = 'consumerId' in by ? 'consumer_version' : `(reader_versions ->> 'ASSOCIATION')::int + coalesce((reader_versions -> 'OWN' ->> $1)::int, 0)`;
    const rows: Array<DisputeSummaryRow & { total: number; reader_version: number }> = await this.dataSource.query(
      `SELECT ${LISTED.join(', ')}, ${readerVersion} AS reader_version, (SELECT count(*)::int FROM ${TABLE} WHERE ${filter}) AS total
         FROM ${TABLE}
        WHERE ${filter} AND ($2::timestamptz IS NULL OR (filed_at, dispute_id) < ($2::timestamptz, $3::text))
        ORDER BY filed_at DESC, dispute_id DESC
        LIMIT $4`,
      [who, afterFiledAt, afterId, size + 1],
    );
    const totalCount = rows[0]?.total ?? (await this.dataSource.query(`SELECT count(*)::int AS total FROM ${TABLE} WHERE ${filter}`, [who]))[0].total;
    return toPage(rows.map((row) => ({ ...fromRow(row), readerVersion: row.reader_version })), size, totalCount, (s) => [s.filedAt, s.disputeId]);
  }

  /**
   * The cases still open that an agent handles (her merchant's: an agent belongs to one), oldest
   * filed first. Read when an agent leaves her team (rare), by the assignee's index: every case she
   * was given, then the open ones among them.
   */
  async openCasesAssignedTo(agentId: string): Promise<Array<Pick<DisputeSummary, 'disputeId' | 'product' | 'filedAt'>>> {
    const rows: Array<{ dispute_id: string; product: Record<string, unknown>; filed_at: Date }> = await this.dataSource.query(
      `SELECT dispute_id, product, filed_at FROM ${TABLE}
        WHERE status NOT IN ('RESOLVED', 'UNRESOLVED', 'WITHDRAWN') AND assignee_id = $1
        ORDER BY filed_at, dispute_id`,
      [agentId],
    );
    return rows.map((row) => ({ disputeId: row.dispute_id, product: row.product as unknown as Product, filedAt: instant(row.filed_at) }));
  }
}

const TABLE = `"${READ_MODELS_SCHEMA}".dispute_summaries`;
const CONSUMER_FILTER = `consumer_id = $1 AND ($2::text IS NULL OR status = $2)`;
const COUNT_FOR_CONSUMER = `SELECT count(*)::int AS total FROM ${TABLE} WHERE ${CONSUMER_FILTER}`;
/** Every column but the projection's folding state, as the table's description lists them. */
const LISTED = Object.keys(DISPUTE_SUMMARIES.columns).filter((column) => !DISPUTE_SUMMARIES.description.unselected?.includes(column));
const LIST_FOR_CONSUMER = `
  SELECT ${LISTED.join(', ')}, (${COUNT_FOR_CONSUMER}) AS total
    FROM ${TABLE}
   WHERE ${CONSUMER_FILTER} AND ($3::timestamptz IS NULL OR (filed_at, dispute_id) < ($3::timestamptz, $4::text))
   ORDER BY filed_at DESC, dispute_id DESC
   LIMIT $5`;

/** A dispute_summaries row as the driver returns it (snake_case). */
interface DisputeSummaryRow {
  dispute_id: string;
  consumer_id: string;
  merchant_id: string;
  mediator_id: string | null;
  association_id: string | null;
  advisers: string[];
  product: Record<string, unknown>;
  status: string;
  turn: string;
  requested_remedy: string;
  price_amount: string;
  price_currency: string;
  offer_id: string | null;
  offer_side: string | null;
  offer_remedy: string | null;
  offer_amount: string | null;
  offer_currency: string | null;
  offer_expires_at: Date | null;
  agreed_remedy: string | null;
  agreed_amount: string | null;
  agreed_currency: string | null;
  remedy_due_at: Date | null;
  next_deadline_kind: string | null;
  next_deadline_at: Date | null;
  filed_at: Date;
  last_activity_at: Date;
  version: number;
  last_position: string;
  consumer_version: number;
}

function fromRow(row: DisputeSummaryRow): DisputeSummary {
  return toSummary({
    disputeId: row.dispute_id,
    consumerId: row.consumer_id,
    merchantId: row.merchant_id,
    mediatorId: row.mediator_id,
    associationId: row.association_id,
    advisers: row.advisers,
    product: row.product,
    status: row.status,
    turn: row.turn,
    requestedRemedy: row.requested_remedy,
    priceAmount: row.price_amount,
    priceCurrency: row.price_currency,
    offerId: row.offer_id,
    offerSide: row.offer_side,
    offerRemedy: row.offer_remedy,
    offerAmount: row.offer_amount,
    offerCurrency: row.offer_currency,
    offerExpiresAt: row.offer_expires_at,
    agreedRemedy: row.agreed_remedy,
    agreedAmount: row.agreed_amount,
    agreedCurrency: row.agreed_currency,
    remedyDueAt: row.remedy_due_at,
    nextDeadlineKind: row.next_deadline_kind,
    nextDeadlineAt: row.next_deadline_at,
    filedAt: row.filed_at,
    lastActivityAt: row.last_activity_at,
    version: row.version,
    lastPosition: row.last_position,
    consumerVersion: row.consumer_version,
    state: undefined,
    retentionFrom: null, // the retention job's, not listed
    readerVersions: {}, // not listed: an association's own count is read by listSharedForAdvice
    assigneeId: null, // not listed: read by openCasesAssignedTo only
    authors: [], // not listed: read by disputesNaming only
  });
}

function toSummary(row: RowOf<typeof DISPUTE_SUMMARIES>): DisputeSummary {
  const money = (amount: string | null, currency: string | null): Money | null => (amount !== null && currency !== null ? { amount, currency } : null);
  return {
    disputeId: row.disputeId,
    consumerId: row.consumerId,
    merchantId: row.merchantId,
    mediatorId: row.mediatorId,
    associationId: row.associationId,
    advisers: row.advisers ?? [],
    product: row.product as unknown as Product,
    status: row.status as DisputeStatus,
    turn: row.turn as Turn,
    requestedRemedy: row.requestedRemedy as Remedy,
    price: { amount: row.priceAmount, currency: row.priceCurrency },
    openOffer: row.offerId
      ? { offerId: row.offerId, side: row.offerSide as Side, remedy: row.offerRemedy as Remedy, amount: money(row.offerAmount, row.offerCurrency), expiresAt: instant(row.offerExpiresAt!) }
      : null,
    agreedRemedy: row.agreedRemedy
      ? { remedy: row.agreedRemedy as Remedy, amount: money(row.agreedAmount, row.agreedCurrency), dueAt: optionalInstant(row.remedyDueAt) }
      : null,
    nextDeadline: row.nextDeadlineKind ? { kind: row.nextDeadlineKind as DeadlineKind, dueAt: instant(row.nextDeadlineAt!) } : null,
    filedAt: instant(row.filedAt),
    lastActivityAt: instant(row.lastActivityAt),
    version: row.version,
    consumerVersion: row.consumerVersion,
    lastPosition: BigInt(row.lastPosition),
  };
}
