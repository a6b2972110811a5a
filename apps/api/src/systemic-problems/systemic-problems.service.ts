import { Inject, Injectable } from '@nestjs/common';
import { READ_MODELS_DATA_SOURCE, SystemicProblemsQuery, type SystemicProblems } from '@recours/read-models';
import type { DataSource } from 'typeorm';
import { fieldProblem } from '@recours/disputes';
import { badUserInput, problemAt } from '../graphql/errors';

/** The read-model query, one per process (it asks once which text extensions the database has). */
@Injectable()
export class SystemicProblemsService {
  private readonly query: SystemicProblemsQuery;

  constructor(@Inject(READ_MODELS_DATA_SOURCE) dataSource: DataSource) {
    this.query = new SystemicProblemsQuery(dataSource);
  }

  forAssociation(associationId: string, minMembers: number): Promise<SystemicProblems> {
    return this.query.forAssociation(associationId, { minMembers });
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
