import { fieldProblem, type FieldProblem } from '@recours/disputes';

/**
 * The code and parameters of a fact the rights engine refused (its sentence is English only):
 * the client reads the code, a French reader the catalogue's words.
 */
export function problemOfRightsInput(message: string, asOf: string): FieldProblem {
  if (/is not an existing calendar date/.test(message)) return fieldProblem('NOT_A_DATE');
  if (/is after asOf/.test(message)) return fieldProblem('AFTER_TODAY', { today: asOf });
  const before = /is before (\w+) \((\d{4}-\d{2}-\d{2})\)/.exec(message);
  if (before) return fieldProblem('BEFORE_DATE', { other: before[1]!, date: before[2]! });
  if (/must be true or false/.test(message)) return fieldProblem('NOT_A_BOOLEAN');
  if (/must not be negative|decimal/.test(message)) return fieldProblem('NOT_AN_AMOUNT');
  if (/ISO 4217|currency/.test(message)) return fieldProblem('NOT_A_CURRENCY');
  return fieldProblem('INVALID');
}
