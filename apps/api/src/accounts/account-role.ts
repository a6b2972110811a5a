/** What an account is, in the platform's words; merchants act through their agents. */
export const ACCOUNT_ROLES = ['CONSUMER', 'MERCHANT', 'MEDIATOR', 'ASSOCIATION', 'ADMIN'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];
