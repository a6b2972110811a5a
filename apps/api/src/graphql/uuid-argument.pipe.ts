import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { fieldProblem } from '@recours/disputes';
import { badUserInput, problemAt } from './errors';
import { sameUuidSpelling } from './input-schemas';

/**
 * An id argument (`dispute(id:)`, `merchantScorecard(merchantId:)`…) is a UUID, checked as the
 * inputs' @IsUUID() checks theirs: anything else is BAD_USER_INPUT naming the argument, never
 * a database error.
 */
@Injectable()
export class UuidArgument implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (value !== undefined && value !== null && (typeof value !== 'string' || !isUUID(value))) {
      throw badUserInput([problemAt(metadata.data ?? 'id', fieldProblem('NOT_AN_ID'))]);
    }
    // One spelling, as the ids are stored: a UUID written in capitals names the same thing.
    return sameUuidSpelling(value);
  }
}
