import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { rateLimited } from '../graphql/errors';
import { AttemptCounters, type Count } from './attempt-counters';
import { canonicalEmail } from '../accounts/email-spelling';

const FIFTEEN_MINUTES = 15 * 60_000;
/** Each failure past the account's budget adds this much wait to every attempt on it, up to the cap. */
export const SLOWDOWN_STEP_MS = 500;
const SLOWDOWN_MAX_MS = 5_000;

/** Read at each use: tests set LOGIN_LIMIT_* after importing. */
const budgets = () => ({
  /** Failures on one account from one client address before that address is refused for it. */
  perAccountAndAddress: Number(process.env.LOGIN_LIMIT_PER_ACCOUNT ?? 10),
  /** Failures from one client address, whatever the accounts, before it is refused (spraying). */
  perAddress: Number(process.env.LOGIN_LIMIT_PER_ADDRESS ?? 100),
  /** Sign-ups from one client address, failed or not. */
  signUpsPerAddress: Number(process.env.SIGNUP_LIMIT_PER_ADDRESS ?? process.env.LOGIN_LIMIT_PER_ADDRESS ?? 100),
  /** E-mails a merchant sends through recours per hour: agent invitations and address confirmations. */
  emailsPerMerchant: Number(process.env.MERCHANT_EMAIL_LIMIT_PER_HOUR ?? 20),
  /** Companies a consumer invites per day (each may mail an address she typed). */
  invitationsPerConsumer: Number(process.env.MERCHANT_INVITATION_LIMIT_PER_DAY ?? 10),
  /** Names a person gives herself per day (updateMyProfile): each one she gives up is kept until her erasure, which looks for it. */
  renamesPerAccount: Number(process.env.NAME_CHANGE_LIMIT_PER_DAY ?? 10),
  /** Password-reset requests per hour from one client address, and for one account address. */
  resetsPerAddress: Number(process.env.RESET_LIMIT_PER_ADDRESS ?? 20),
  resetsPerAccount: 5,
  /** Address-confirmation e-mails sent again per hour to one account's address (resendEmailConfirmation, requestEmailConfirmation), and asked for from one client address. */
  confirmationsPerAccount: Number(process.env.CONFIRMATION_LIMIT_PER_ACCOUNT ?? 3),
  confirmationsPerAddress: Number(process.env.CONFIRMATION_LIMIT_PER_ADDRESS ?? 20),
});

const ONE_HOUR = 60 * 60_000;
const ONE_DAY = 24 * ONE_HOUR;

export const tooManyAttempts = ({ windowEndsAt }: Count) => {
  const seconds = Math.max(1, Math.ceil((windowEndsAt.getTime() - Date.now()) / 1000));
  return rateLimited({ en: `Too many attempts; try again in ${seconds} seconds`, fr: `Trop de tentatives ; réessayez dans ${seconds} secondes` }, seconds);
};

/**
 * Limits on guessing passwords and on signing up. Only failed logins count. A client address
 * that fails too often on one account is refused for that account (and one that fails too
 * often overall, for every account); the account itself is never locked: past its budget,
 * every attempt on it waits a little longer, so that its owner, from her own address and with
 * her password, still gets in.
 */
@Injectable()
export class LoginLimits {
  constructor(private readonly counters: AttemptCounters) {}

  /**
   * Drops the counters keyed by this address alone (an erasure): `login:account:`,
   * `reset:email:` and `confirm:email:`. Those keyed by it with a client address (`login:account+address:`) cannot be
   * named without that client address, and end with their window (15 minutes; docs/privacy.md).
   * With `manager`, inside its transaction (the erasure's first step, while her address is known).
   */
  async forget(emailInput: string, manager?: Pick<EntityManager, 'query'>): Promise<void> {
    const email = canonicalEmail(emailInput);
    await this.counters.clear([`login:account:${email}`, `reset:email:${email}`, `confirm:email:${email}`], manager);
  }

  /** Runs `authenticate` within the limits; a thrown error counts as a failure. */
  async attempt<T>(emailInput: string, address: string, authenticate: () => Promise<T>): Promise<T> {
    const email = canonicalEmail(emailInput);
    const pair = `login:account+address:${email}|${address}`;
    const others = [`login:address:${address}`, `login:account:${email}`];
    const limits = budgets();
    // Counted before checking (one statement), so that simultaneous attempts cannot all pass; an
    // attempt that turns out not to count is taken back.
    const counts = await this.counters.add([pair, ...others], FIFTEEN_MINUTES);
    for (const [key, limit] of [[pair, limits.perAccountAndAddress], [others[0], limits.perAddress]] as const) {
      const count = counts.get(key) as Count;
      if (count.count > limit) {
        await this.counters.remove([pair, ...others]);
        throw tooManyAttempts(count);
      }
    }
    const failuresBefore = (counts.get(others[1]) as Count).count - 1;
    const over = failuresBefore - limits.perAccountAndAddress + 1;
    if (over > 0) await sleep(Math.min(over * SLOWDOWN_STEP_MS, SLOWDOWN_MAX_MS));
    const result = await authenticate(); // a failure stays counted
    await Promise.all([this.counters.clear([pair]), this.counters.remove(others)]);
    return result;
  }

  /**
   * Counts an e-mail a merchant has recours send to an address of its choosing (an invitation,
   * an address confirmation); RATE_LIMITED past the budget, so that nobody mails, or probes,
   * many addresses through it.
   */
  async merchantEmails(merchantId: string): Promise<void> {
    const key = `merchant-emails:${merchantId}`;
    const count = (await this.counters.add([key], ONE_HOUR)).get(key) as Count;
    if (count.count > budgets().emailsPerMerchant) throw tooManyAttempts(count);
  }

  /**
   * Counts a company a consumer invites (inviteMerchant), whether it was new or found; RATE_LIMITED
   * past the day's budget, so that nobody mails many addresses, or fills the directory, through it.
   */
  async merchantInvitations(consumerId: string): Promise<void> {
    await this.withinTheDay(`merchant-invitations:${consumerId}`, budgets().invitationsPerConsumer, (hours) => ({
      en: `You have invited many companies today; you can invite another in ${hours} hour${hours > 1 ? 's' : ''}`,
      fr: `Vous avez invité beaucoup d’entreprises aujourd’hui ; vous pourrez en inviter une autre dans ${hours} heure${hours > 1 ? 's' : ''}`,
    }));
  }

  /**
   * Counts a change of name (updateMyProfile); RATE_LIMITED past the day's budget: every name she
   * gives up is kept for her erasure to look for, so renaming without end would make that search,
   * and her archive, as long as she likes.
   */
  async renames(accountId: string): Promise<void> {
    await this.withinTheDay(`renames:${accountId}`, budgets().renamesPerAccount, (hours) => ({
      en: `You have changed your name several times today; you can change it again in ${hours} hour${hours > 1 ? 's' : ''}`,
      fr: `Vous avez changé de nom plusieurs fois aujourd’hui ; vous pourrez le changer à nouveau dans ${hours} heure${hours > 1 ? 's' : ''}`,
    }));
  }

  /** Counts one more under `key` for the day; RATE_LIMITED past `limit`, saying in how many hours the next is allowed. */
  private async withinTheDay(key: string, limit: number, words: (hours: number) => { en: string; fr: string }): Promise<void> {
    const count = (await this.counters.add([key], ONE_DAY)).get(key) as Count;
    if (count.count <= limit) return;
    const seconds = Math.max(1, Math.ceil((count.windowEndsAt.getTime() - Date.now()) / 1000));
    throw rateLimited(words(Math.ceil(seconds / 3600)), seconds);
  }

  /**
   * Counts a password-reset request from this address and for this account address;
   * RATE_LIMITED past either budget, so that nobody fills a mailbox with reset links.
   */
  async passwordResets(address: string, emailInput: string): Promise<void> {
    const keys = [`reset:address:${address}`, `reset:email:${canonicalEmail(emailInput)}`];
    const counts = await this.counters.add(keys, ONE_HOUR);
    const limits = budgets();
    for (const [key, limit] of [[keys[0], limits.resetsPerAddress], [keys[1], limits.resetsPerAccount]] as const) {
      const count = counts.get(key) as Count;
      if (count.count > limit) throw tooManyAttempts(count);
    }
  }

  /**
   * Counts an address-confirmation e-mail asked for again for this account address (signed in,
   * or from `address`, a client address, when signed out); RATE_LIMITED past either hour's
   * budget, so that nobody fills a mailbox with confirmation links. Counted whether or not a link
   * is then sent (an unknown or confirmed address, signed out), as password resets are.
   */
  async emailConfirmations(emailInput: string, address?: string): Promise<void> {
    const keys = [`confirm:email:${canonicalEmail(emailInput)}`, ...(address ? [`confirm:address:${address}`] : [])];
    const counts = await this.counters.add(keys, ONE_HOUR);
    const limits = budgets();
    for (const [key, limit] of [[keys[0], limits.confirmationsPerAccount], [keys[1], limits.confirmationsPerAddress]] as const) {
      const count = key ? counts.get(key) : undefined;
      if (count && count.count > limit) {
        const seconds = Math.max(1, Math.ceil((count.windowEndsAt.getTime() - Date.now()) / 1000));
        const minutes = Math.ceil(seconds / 60);
        throw rateLimited(
          {
            en: `Several confirmation e-mails were sent in the last hour; you can ask for another in ${minutes} minute${minutes > 1 ? 's' : ''}. Look in your spam folder too.`,
            fr: `Plusieurs e-mails de confirmation ont été envoyés dans l’heure ; vous pourrez en demander un autre dans ${minutes} minute${minutes > 1 ? 's' : ''}. Regardez aussi dans vos courriers indésirables.`,
          },
          seconds,
        );
      }
    }
  }

  /** Counts a sign-up from this address; RATE_LIMITED past the budget. */
  async signUp(address: string): Promise<void> {
    const key = `signup:address:${address}`;
    const count = (await this.counters.add([key], FIFTEEN_MINUTES)).get(key) as Count;
    if (count.count > budgets().signUpsPerAddress) throw tooManyAttempts(count);
  }
}
