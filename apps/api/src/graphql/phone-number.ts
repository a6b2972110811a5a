import type { FieldProblem } from './errors';

/** Digits, spaces, dots, dashes, brackets and a leading +: a number as people write it, 6 to 20 digits. */
const PHONE = /^\+?[0-9 .()-]+$/;

/**
 * The problem with a telephone number a profile shows to the public (an association's, a
 * merchant's hotline), at `field`; null when it is one, or when it is blank (which clears it).
 */
export function phoneNumberProblem(field: string, text: string | null | undefined): FieldProblem | null {
  const phone = text?.trim();
  if (!phone) return null;
  const digits = phone.replace(/\D/g, '').length;
  if (PHONE.test(phone) && digits >= 6 && digits <= 20) return null;
  return { field, code: 'NOT_A_PHONE_NUMBER', message: { en: 'must be a telephone number, such as 04 78 00 00 00 or +33 4 78 00 00 00', fr: 'doit être un numéro de téléphone, comme 04 78 00 00 00 ou +33 4 78 00 00 00' } };
}
