import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@recours/clock';
import { READ_MODELS_DATA_SOURCE, SystemicProblemsQuery, type SystemicProblems } from '@recours/read-models';
import type { DataSource } from 'typeorm';
import { fieldProblem } from '@recours/disputes';
import { badUserInput, problemAt } from '../graphql/errors';
import { DisputeAccessLog } from '../privacy/dispute-access-log';

/** The read-model query, one per process (it asks once which text extensions the database has). */
@Injectable()
export class SystemicProblemsService {
  private readonly query: SystemicProblemsQuery;

  constructor(
    @Inject(READ_MODELS_DATA_SOURCE) dataSource: DataSource,
    private readonly accessLog: DisputeAccessLog,
    private readonly clock: Clock,
  ) {
    this.query = new SystemicProblemsQuery(dataSource);
  }

  /**
   * The groups, GraphQL and CSV alike. Each dispute they list is a read by the association, in
   * the access log its consumer reads, as a search hit is: a group shows a member's words (the
   * defect, the category she typed) and which of her disputes are in it.
   */
  async forAssociation(associationId: string, minMembers: number): Promise<SystemicProblems> {
    const found = await this.query.forAssociation(associationId, { minMembers });
    const now = this.clock.now();
    for (const disputeId of new Set(found.problems.flatMap((problem) => problem.disputeIds))) this.accessLog.read(disputeId, associationId, 'ASSOCIATION', now);
    return found;
  }
}

/** minMembers: absent is 1; otherwise a whole number from 1 to 1000, or BAD_USER_INPUT naming `field`. */
export function validMinMembers(value: number | null | undefined, field: string): number {
  if (value === null || value === undefined) return 1;
  if (!Number.isInteger(value) || value < 1 || value > 1000) {
    throw badUserInput([problemAt(field, fieldProblem('NOT_IN_RANGE', { min: 1, max: 1000 }))]);
  }
  return value;
}
