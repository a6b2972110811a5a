import { applyDecorators } from '@nestjs/common';
import { domainToASCII } from 'node:url';
import { IsEmail, MaxLength, ValidateBy } from 'class-validator';
import { canonicalEmail } from '../accounts/email-spelling';
import { Trimmed } from './trimmed';

/** RFC 5321's limit on an address, as mail carries it. */
export const EMAIL_MAX_LENGTH = 254;

/**
 * The address as it is kept (canonicalEmail: an internationalised domain may be kept as
 * `xn--…`) and as mail carries it (its domain in ASCII), whichever is longer: an address typed
 * within the limit, at a domain of non-ASCII letters, can be longer in either, and was stored
 * longer than any mail server takes.
 */
export function emailLengthForMail(typed: string): number {
  const kept = canonicalEmail(typed);
  const at = kept.lastIndexOf('@');
  const carried = at < 0 ? kept : `${kept.slice(0, at)}@${domainToASCII(kept.slice(at + 1)) || kept.slice(at + 1)}`;
  return Math.max(kept.length, carried.length);
}

const FitsInMail = () =>
  ValidateBy(
    {
      name: 'fitsInMail',
      // A message, though the pipe words it (EMAIL_TOO_LONG_FOR_MAIL): class-validator drops the context of a constraint without one.
      validator: { validate: (value: unknown) => typeof value !== 'string' || emailLengthForMail(value) <= EMAIL_MAX_LENGTH, defaultMessage: () => 'too long for mail' },
    },
    { context: { problem: 'EMAIL_TOO_LONG_FOR_MAIL', params: { max: EMAIL_MAX_LENGTH } } },
  );

/**
 * An e-mail address a person typed: the spaces around it (a paste, a phone's keyboard) are not
 * hers to fix, so they are dropped before it is checked; then a valid address of at most 254
 * characters (RFC 5321), as typed and as kept and carried (EMAIL_TOO_LONG_FOR_MAIL). One
 * definition for every input that takes an address.
 */
export const EmailAddress = () => applyDecorators(Trimmed(), IsEmail(), MaxLength(EMAIL_MAX_LENGTH), FitsInMail());
