// Jest's main suite hashes passwords at a low argon2id cost (apps/api/src/accounts/password.ts,
// passwordHashCost: why, and why no deployment can be given it). The reliability suite does not
// load this file.
process.env.RECOURS_TEST_PASSWORD_COST = 'low';
