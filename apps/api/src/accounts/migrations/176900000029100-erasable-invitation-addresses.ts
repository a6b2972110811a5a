import { sqlMigration } from '@recours/database';

/**
 * A company's invitation keeps who invited it and the address she typed, often a person's work
 * address. When that person is erased (say she took the company's profile over, then asked), her
 * address goes from the invitations too, which then say only that an address was typed: null
 * stands for "erased". Only a loosening. Persons erased before cannot be found again (an erased
 * account keeps no address, nor her links): their addresses, if a consumer typed them, stay.
 */
export const ErasableInvitationAddresses176900000029100 = sqlMigration('ErasableInvitationAddresses176900000029100', {
  up: [`ALTER TABLE accounts.merchant_invitations ALTER COLUMN email DROP NOT NULL`],
  down: [`UPDATE accounts.merchant_invitations SET email = '' WHERE email IS NULL`, `ALTER TABLE accounts.merchant_invitations ALTER COLUMN email SET NOT NULL`],
});
