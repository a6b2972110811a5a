import type { Dispute } from '@recours/disputes';
import { quoteSchema } from '../../schema/read-models-schema';

/**
 * The accounts a dispute's state names as the author of what it keeps, or the one it was done
 * for, beside those its columns name (consumer, mediator, association under mandate, advisers,
 * assignee): who wrote its messages (the last of each, foldingState), gave its evidence, sent its
 * notices, made its offers, proposed its settlements, closed, withdrew or held it. An agent who
 * answered without being given the case, a mediator since replaced, an association whose mandate
 * ended: each is in the state, and an erasure of her finds the dispute by this column's index.
 */
export function authorsOf(dispute: Dispute): string[] {
  const named = new Set<string>();
  const add = (id: string | undefined) => {
    if (id) named.add(id);
  };
  for (const message of dispute.messages) {
    add(message.by.id);
    add(message.onBehalfOf);
  }
  for (const evidence of dispute.evidence) add(evidence.by.id);
  for (const notice of dispute.formalNotices ?? []) add(notice.by.id);
  for (const offer of dispute.offers) {
    add(offer.by.id);
    add(offer.onBehalfOf);
  }
  for (const settlement of dispute.mediation?.settlements ?? []) add(settlement.proposedBy);
  add(dispute.closure?.by.id);
  add(dispute.withdrawal?.by.id);
  add(dispute.legalHold?.by.id);
  return [...named].sort();
}

/**
 * The disputes whose summary names an account (`account`, a placeholder such as `$1`, typed
 * text), as a SELECT of their dispute_id in `schema`: each lookup by an index, none reading every
 * state (a state holds an account's id only in these places: the columns, and authorsOf). The
 * one definition: the projection's erase finds its own rows by it, and an erasure the disputes
 * holding her words (AccountErasure.disputesWithWordsOf, which adds the timeline's actors).
 */
export function disputesNaming(schema: string, account: string): string {
  const s = quoteSchema(schema);
  return `SELECT dispute_id FROM ${s}.dispute_summaries WHERE consumer_id = ${account}::text
       UNION SELECT dispute_id FROM ${s}.dispute_summaries WHERE mediator_id = ${account}::text
       UNION SELECT dispute_id FROM ${s}.association_cases WHERE association_id = ${account}::text
       UNION SELECT dispute_id FROM ${s}.dispute_summaries WHERE advisers @> ARRAY[${account}::text] AND advisers <> '{}'
       UNION SELECT dispute_id FROM ${s}.dispute_summaries WHERE assignee_id = ${account}::text
       UNION SELECT dispute_id FROM ${s}.dispute_summaries WHERE authors @> ARRAY[${account}::text] AND authors <> '{}'`;
}
