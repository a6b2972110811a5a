import { applyDecorators } from '@nestjs/common';
import { IsEmail, MaxLength } from 'class-validator';
import { Trimmed } from './trimmed';

/**
 * An e-mail address a person typed: the spaces around it (a paste, a phone's keyboard) are not
 * hers to fix, so they are dropped before it is checked; then a valid address of at most 254
 * characters (RFC 5321). One definition for every input that takes an address.
 */
export const EmailAddress = () =>
  applyDecorators(
    Trimmed(),
    IsEmail(),
    MaxLength(254),
  );
