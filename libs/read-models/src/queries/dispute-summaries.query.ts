import type { DeadlineKind, DisputeStatus, Instant, Money, Product, Remedy, Side, Turn } from '@recours/disputes';
import type { DataSource, Repository } from 'typeorm';
import { DisputeSummaryEntity } from '../schema/entities/dispute-summary.entity';
import { instant, optionalInstant } from './instants';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from './page';

export interface DisputeSummary {
  disputeId: string;
  consumerId: string;
  merchantId: string;
  mediatorId: string | null;
  /** The association acting under a live mandate, if any. */
  associationId: string | null;
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
  /** The dispute stream's version this summary reflects. */
  version: number;
  /** The global position of the last event folded in. */
  lastPosition: bigint;
}

export interface ConsumerDisputesArgs extends PageArgs {
  status?: DisputeStatus;
}

/** One dispute at a glance, and a consumer's disputes, newest filed first. */
export class DisputeSummaries {
  private readonly rows: Repository<DisputeSummaryEntity>;

  constructor(dataSource: DataSource) {
    this.rows = dataSource.getRepository(DisputeSummaryEntity);
  }

  async findDisputeSummary(disputeId: string): Promise<DisputeSummary | null> {
    const row = await this.rows.findOneBy({ disputeId });
    return row ? toSummary(row) : null;
  }

  async listDisputesForConsumer(consumerId: string, args: ConsumerDisputesArgs = {}): Promise<Page<DisputeSummary>> {
    const size = pageSize(args.first);
    const list = this.rows.createQueryBuilder('s').where('s.consumerId = :consumerId', { consumerId });
    if (args.status) list.andWhere('s.status = :status', { status: args.status });
    const totalCount = await list.getCount();
    if (args.after) {
      const [filedAt, disputeId] = decodeCursor(args.after, 2);
      list.andWhere('(s.filedAt, s.disputeId) < (:filedAt, :disputeId)', { filedAt, disputeId });
    }
    const rows = await list.orderBy('s.filedAt', 'DESC').addOrderBy('s.disputeId', 'DESC').limit(size + 1).getMany();
    return toPage(rows.map(toSummary), size, totalCount, (s) => [s.filedAt, s.disputeId]);
  }
}

function toSummary(row: DisputeSummaryEntity): DisputeSummary {
  const money = (amount: string | null, currency: string | null): Money | null => (amount !== null && currency !== null ? { amount, currency } : null);
  return {
    disputeId: row.disputeId,
    consumerId: row.consumerId,
    merchantId: row.merchantId,
    mediatorId: row.mediatorId,
    associationId: row.associationId,
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
    lastPosition: BigInt(row.lastPosition),
  };
}
