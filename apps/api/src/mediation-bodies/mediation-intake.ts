import { Inject, Injectable } from '@nestjs/common';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '@recours/read-models';
import type { DataSource } from 'typeorm';
import { ACCOUNTS_DATA_SOURCE } from '../accounts/accounts-data-source';
import { REQUEST_BODY_SQL } from './mediation-bodies';

/** A mediation request in a body's intake queue, with the three-week admissibility clock (L612-2). */
export interface IntakeItem {
  disputeId: string;
  bodyId: string;
  merchantId: string;
  productName: string;
  requestedAt: string;
  admissibilityDueAt: string;
  admissibilityOverdue: boolean;
  /** Null while nobody took it: no eligible mediator when it arrived. */
  mediatorId: string | null;
}

interface Row {
  dispute_id: string;
  body_id: string;
  merchant_id: string;
  product_name: string;
  mediator_id: string | null;
  requested_at: Date;
  admissibility_due_at: Date;
}

/**
 * The requests whose admissibility is still to be decided, for the bodies given (every body for
 * the admin): read from the dispute summaries (status MEDIATION_REQUESTED), each dispute's body
 * being the one recorded with its request (REQUEST_BODY_SQL): a merchant that designates another
 * body afterwards does not move its pending requests there. A request recorded before the body was
 * falls back to the merchant's body of today (designated, else the default one). Unassigned
 * first, then soonest clock.
 */
@Injectable()
export class MediationIntake {
  constructor(@Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async page(bodies: string[] | 'ALL', args: PageArgs & { now: Date; unassignedOnly?: boolean; onlyDispute?: string }): Promise<Page<IntakeItem>> {
    const size = pageSize(args.first);
    const base = `
      FROM read_models.dispute_summaries s
      JOIN accounts.merchants m ON m.id::text = s.merchant_id
     CROSS JOIN LATERAL (SELECT ${REQUEST_BODY_SQL} AS id) body
     WHERE s.status = 'MEDIATION_REQUESTED'
       AND body.id IS NOT NULL
       AND ($1::boolean OR body.id = ANY($2::uuid[]))
       AND (NOT $3::boolean OR s.mediator_id IS NULL)
       AND ($4::text IS NULL OR s.dispute_id = $4)`;
    const params: unknown[] = [bodies === 'ALL', bodies === 'ALL' ? [] : bodies, args.unassignedOnly ?? false, args.onlyDispute ?? null];
    const [{ n }] = await this.dataSource.query<Array<{ n: number }>>(`SELECT count(*)::int AS n ${base}`, params);
    // The sort key: assigned or not (0/1), the clock, the dispute.
    const key = `(CASE WHEN s.mediator_id IS NULL THEN '0' ELSE '1' END, (s.state->'mediation'->>'admissibilityDueAt')::timestamptz, s.dispute_id)`;
    let after = '';
    if (args.after) {
      const [assigned, dueAt, disputeId] = decodeCursor(args.after, ['id', 'instant', 'id']);
      params.push(assigned, dueAt, disputeId);
      after = ` AND ${key} > ($5::text, $6::timestamptz, $7::text)`;
    }
    const rows = await this.dataSource.query<Row[]>(
      `SELECT s.dispute_id, body.id AS body_id, s.merchant_id, s.product->>'name' AS product_name, s.mediator_id,
              (s.state->'mediation'->>'requestedAt')::timestamptz AS requested_at,
              (s.state->'mediation'->>'admissibilityDueAt')::timestamptz AS admissibility_due_at
         ${base}${after}
        ORDER BY ${key}
        LIMIT ${size + 1}`,
      params,
    );
    const page = toPage(rows, size, n, (row) => [row.mediator_id === null ? '0' : '1', row.admissibility_due_at.toISOString(), row.dispute_id]);
    return {
      ...page,
      nodes: page.nodes.map((row) => ({
        disputeId: row.dispute_id,
        bodyId: row.body_id,
        merchantId: row.merchant_id,
        productName: row.product_name,
        requestedAt: row.requested_at.toISOString(),
        admissibilityDueAt: row.admissibility_due_at.toISOString(),
        admissibilityOverdue: row.admissibility_due_at.getTime() <= args.now.getTime(),
        mediatorId: row.mediator_id,
      })),
    };
  }
}
