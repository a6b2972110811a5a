import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '@recours/clock';
import { accountStreamId, personalDataErased } from '@recours/disputes';
import { EVENT_STORE, SUBJECT_KEYS, type EventStore, type SubjectKeyRing } from '@recours/event-store';
import { FILE_STORAGE, type FileStorage } from '@recours/file-storage';
import { Mailer } from '@recours/mail';
import { ACCOUNT_EMAILS_TO_ADDRESS, forgetInNotices, NAMES_IN_NOTICES, wordsNaming } from '@recours/notifications';
import type { DataSource } from 'typeorm';
import { ACCOUNTS_DATA_SOURCE } from '../../accounts/accounts-data-source';
import { LINKS_OF_PERSON } from '../../accounts/email-confirmations';
import { TokenVersions } from '../../accounts/token-versions';
import { LoginLimits } from '../../security/login-limits';
import { badUserInput } from '../../graphql/errors';
import { DepartedAgentCases } from '../../disputes/team/departed-agent-cases';
import { ERASED_PERSON } from '@recours/locale';
import { disputesNaming, READ_MODELS_SCHEMA } from '@recours/read-models';

/** Who asked: the person herself, or the admin acting on her request (with the reason). */
export interface ErasureRequest {
  requestedBy: string;
  reason: string | null;
}

/**
 * Erasing a person (issue 17 item 2, GDPR art. 17). The request is recorded first
 * (`accounts.erasures`), then each step is carried out, each one harmless to repeat:
 *
 * 1. the account closed: a tombstone without address, name or password, its sessions, two-step
 *    secret, recovery codes, one-time links, sign-in counters, preferences and directory entry
 *    deleted, every token refused (TokenVersions, the one authentication definition); a
 *    development setup's e-mail copies to her or naming her deleted (Mailer.forgetCopiesNaming);
 * 2. her key destroyed (`SubjectKeyRing.destroy`): her words in the events read as erased;
 * 3. her uploads' files deleted through the file storage, and their catalogue rows;
 * 4. `PersonalDataErased` appended to her stream, naming the disputes that held her words: each
 *    read model (the projector, the notifier) drops its copies when it reaches it, in the
 *    transaction of its checkpoint, and a rebuild reads her words erased already;
 * 5. the request marked done.
 *
 * A process that dies midway leaves the request pending: every API process finishes pending
 * erasures when it starts and then every ERASURE_RESUME_INTERVAL_MS (default a minute).
 */
@Injectable()
export class AccountErasure implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AccountErasure');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SUBJECT_KEYS) private readonly keys: SubjectKeyRing,
    @Inject(FILE_STORAGE) private readonly files: FileStorage,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly versions: TokenVersions,
    private readonly limits: LoginLimits,
    private readonly clock: Clock,
    private readonly departedAgentCases: DepartedAgentCases,
    private readonly mailer: Mailer,
  ) {}

  onApplicationBootstrap(): void {
    void this.resume();
    const every = Number(process.env.ERASURE_RESUME_INTERVAL_MS ?? 60_000);
    this.timer = setInterval(() => void this.resume(), every);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Records the request, then carries it out; a request already recorded keeps its first asker and reason. */
  async erase(accountId: string, request: ErasureRequest): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO accounts.erasures (account_id, requested_by, reason, requested_at) VALUES ($1, $2, $3, $4) ON CONFLICT (account_id) DO NOTHING`,
      [accountId, request.requestedBy, request.reason, this.clock.now()],
    );
    await this.carryOut(accountId);
  }

  /**
   * Refuses to erase a merchant's owner while its team has other members: the merchant would
   * be left without an owner (issue 18), so she hands it on first. Answered on `field`.
   */
  async assertErasable(accountId: string, field: string): Promise<void> {
    const [owner]: Array<{ others: number }> = await this.dataSource.query(
      `SELECT count(other.id)::int AS others FROM accounts.accounts a
         JOIN accounts.accounts other ON other.merchant_id = a.merchant_id AND other.id <> a.id AND other.role = 'MERCHANT' AND other.erased_at IS NULL
        WHERE a.id = $1 AND a.role = 'MERCHANT' AND a.team_role = 'OWNER' AND a.erased_at IS NULL`,
      [accountId],
    );
    if (owner && owner.others > 0)
      throw badUserInput([
        {
          field,
          code: 'MERCHANT_OWNER',
          message: { en: "belongs to the merchant's owner: hand the merchant on first to another agent of its team", fr: 'appartient au propriétaire du professionnel : confiez d’abord le professionnel à un autre agent de son équipe' },
        },
      ]);
  }

  /**
   * Finishes every erasure left pending (a process died midway, a step failed); answers how many it
   * finished. Each is tried on its own: one whose step keeps failing (a file the storage refuses to
   * delete) stays pending, to be tried again, and never holds the erasures requested after it; it
   * stopped them all, every round, for as long as it failed.
   */
  async resume(): Promise<number> {
    let finished = 0;
    try {
      const pending: Array<{ account_id: string }> = await this.dataSource.query(`SELECT account_id::text FROM accounts.erasures WHERE completed_at IS NULL ORDER BY requested_at`);
      for (const { account_id } of pending) {
        try {
          await this.carryOut(account_id);
          finished++;
        } catch (error) {
          this.logger.warn({ msg: 'pending erasure not finished yet', accountId: account_id, error: (error as Error).message });
        }
      }
    } catch (error) {
      this.logger.warn(`pending erasures not finished yet: ${(error as Error).message}`);
    }
    if (finished > 0) this.logger.log(`finished ${finished} pending erasure(s)`);
    return finished;
  }

  private async carryOut(accountId: string): Promise<void> {
    await this.closeAccount(accountId);
    // A merchant agent's open cases go back to her team's queue (issue 18; nothing for anyone else).
    await this.departedAgentCases.returnToQueue(accountId, 'ACCOUNT_ERASED');
    await this.keys.destroy(accountId);
    await this.deleteUploads(accountId);
    const disputes = await this.disputesWithWordsOf(accountId);
    await this.store.appendToStream(accountStreamId(accountId), [{ ...personalDataErased({ subject: accountId, disputes, at: this.clock.now().toISOString() }), metadata: { commandId: `erasure:${accountId}`, actor: 'system' } }], {
      expectedVersion: 'any',
    });
    await this.dataSource.query(`UPDATE accounts.erasures SET completed_at = coalesce(completed_at, $2) WHERE account_id = $1`, [accountId, this.clock.now()]);
    this.logger.log({ msg: 'personal data erased', accountId, disputes: disputes.length });
  }

  /** Step 1, in one transaction: what the accounts schema holds about her, and her tokens. */
  private async closeAccount(accountId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [account]: Array<{ email: string; display_name: string; erased_at: Date | null }> = await manager.query(
        `SELECT email, display_name, erased_at FROM accounts.accounts WHERE id = $1 FOR UPDATE`,
        [accountId],
      );
      if (!account) return;
      // A development setup's copies of the e-mails (DATA_DIR/mail, no SMTP_URL) sent to her or
      // naming her, found by her address and name (also as the e-mails show it) before they go (the tombstone's are no one's);
      // in the transaction: a failure leaves the erasure pending, and the next try finds her again.
      // Her earlier names and addresses too (updateMyProfile, requestEmailChange): an e-mail sent before names her by one of them.
      const earlierNames: Array<{ display_name: string }> = await manager.query(`SELECT display_name FROM accounts.previous_names WHERE account_id = $1`, [accountId]);
      // An address she gave up may be another account's now (signed up with, or switched to, since): what
      // names it from then on is that person's, not hers; so is what counts that address's sign-ins.
      const earlierEmails: Array<{ email: string; replaced_at: Date; held: boolean }> = await manager.query(
        `SELECT p.email, p.replaced_at, EXISTS (SELECT 1 FROM accounts.accounts other WHERE other.email = p.email AND other.id <> p.account_id) AS held
           FROM accounts.previous_emails p WHERE p.account_id = $1`,
        [accountId],
      );
      const names = [account.display_name, ...earlierNames.map((row) => row.display_name)];
      /** Each address of hers, with when she gave it up (null: hers still). */
      const addresses = [{ email: account.email, until: null as Date | null, held: false }, ...earlierEmails.map((row) => ({ email: row.email, until: row.replaced_at, held: row.held }))];
      const unheld = addresses.filter((address) => !address.held).map((address) => address.email);
      // The copies cannot be dated by their owner: an address another account holds now is not looked for (her names still are).
      if (account.erased_at === null) await this.mailer.forgetCopiesNaming([...new Set(unheld.flatMap((address) => names.flatMap((name) => wordsNaming(address, name))))]);
      // Links, their e-mails and counters name her by address: found by each before they go.
      // Each by an index: her e-mails by recipient (hers, or her links'), the account e-mails sent
      // to the address by the one field naming it (AccountEmailPayload's to.address; a reset's
      // display name, when it is the address, is the same). Searching every payload's text for it
      // read the whole outbox, and found too the e-mails of any address ending with hers.
      for (const { email, until } of addresses) {
        await manager.query(
          `DELETE FROM notifications.outbox WHERE (channel = 'EMAIL' AND recipient = $1)
              OR recipient = ANY (ARRAY(SELECT id FROM accounts.email_confirmations WHERE ${LINKS_OF_PERSON}))
              OR (${ACCOUNT_EMAILS_TO_ADDRESS} AND ($3::timestamptz IS NULL OR created_at <= $3::timestamptz))`,
          [accountId, email, until],
        );
      }
      await manager.query(`DELETE FROM notifications.notifications WHERE recipient_id = $1`, [accountId]);
      // The notices that copied her name beside her id (to an agent she removed from her team; an
      // association's, at a mandate's end) say them without it, as the directory shows none now.
      for (const keys of NAMES_IN_NOTICES) await forgetInNotices(manager, keys, accountId);
      for (const { email, until } of addresses) await manager.query(`DELETE FROM accounts.email_confirmations WHERE ${LINKS_OF_PERSON}`, [accountId, email, until]);
      // The companies' addresses she typed when inviting them, and who typed them (the merchants stay).
      await manager.query(`DELETE FROM accounts.merchant_invitations WHERE invited_by = $1`, [accountId]);
      // Her own address, where a consumer typed it to invite her company (she took its profile over): the invitation stays the consumer's, without it.
      // Compared as stored (the index on email): invitations keep canonicalEmail's spelling, lower case, as her addresses do (AddressSpellingsOfLinks).
      for (const { email, until } of addresses) {
        await manager.query(`UPDATE accounts.merchant_invitations SET email = NULL WHERE email = $1 AND ($2::timestamptz IS NULL OR created_at <= $2::timestamptz)`, [email, until]);
      }
      for (const table of ['sessions', 'two_factor', 'recovery_codes', 'association_profiles', 'previous_names', 'previous_emails']) await manager.query(`DELETE FROM accounts.${table} WHERE account_id = $1`, [accountId]);
      await manager.query(`DELETE FROM notifications.preferences WHERE account_id = $1`, [accountId]);
      // A mediator leaves her bodies: no new case; the intake's sweep hands hers on as for an absence.
      await manager.query(`DELETE FROM accounts.mediation_body_mediators WHERE mediator_id = $1`, [accountId]);
      // Her absences (when she is away) and conflicts of interest (whom she is linked to): about her, of no use once she mediates no more.
      for (const table of ['mediator_absences', 'mediator_conflicts']) await manager.query(`DELETE FROM accounts.${table} WHERE mediator_id = $1`, [accountId]);
      await manager.query(
        // A merchant agent leaves her team as removeMerchantAgent has her leave it.
        `UPDATE accounts.accounts SET email = 'erased:' || id::text, display_name = $2, password_hash = '', locale = NULL, email_verified_at = NULL, erased_at = coalesce(erased_at, $3),
                merchant_id = NULL, team_role = NULL, merchant_owner = false WHERE id = $1`,
        [accountId, ERASED_PERSON, this.clock.now()],
      );
      await this.versions.revoke(accountId, manager);
      // Sign-in counters are keyed by a hash of her address: found by hashing it, in this
      // transaction, as a resume after it only knows the tombstone's address.
      for (const address of unheld) await this.limits.forget(address, manager);
    });
  }

  /**
   * Step 3: her files, wherever they were attached, and those an association uploaded for her on
   * her disputes (evidence about her, in her name); the other parties' own files stay.
   */
  private async deleteUploads(accountId: string): Promise<void> {
    const uploads: Array<{ id: string }> = await this.dataSource.query(
      `SELECT u.id::text FROM evidence.uploads u WHERE u.owner_id = $1
       UNION SELECT u.id::text FROM evidence.uploads u JOIN accounts.accounts uploader ON uploader.id = u.owner_id AND uploader.role = 'ASSOCIATION'
        WHERE u.dispute_id::text IN (SELECT dispute_id::text FROM read_models.dispute_summaries WHERE consumer_id::text = $1::text)`,
      [accountId],
    );
    for (const { id } of uploads) {
      await this.files.delete(id);
      await this.dataSource.query(`DELETE FROM evidence.uploads WHERE id = $1`, [id]);
    }
  }

  /**
   * The disputes whose read models hold her words: hers, and those where she acted or is named
   * (as the agent, mediator or association she was). Each read model also finds its own rows
   * tied to her when it applies the erasure; this list is for those that keep none (the notifier).
   *
   * Each by an index, not by searching every state for her id: a state names an account as its
   * consumer, mediator, association under mandate, adviser or assigned agent (each a column), or
   * as the author of what it keeps (authors): disputesNaming, the definition the projection's own
   * erase uses; and as the author of one of its events or the one it was done for (`by`,
   * `onBehalfOf`: the timeline's actor_id and on_behalf_of, one line per event).
   */
  private async disputesWithWordsOf(accountId: string): Promise<string[]> {
    const rows: Array<{ dispute_id: string }> = await this.dataSource.query(
      `${disputesNaming(READ_MODELS_SCHEMA, '$1')}
       UNION SELECT dispute_id FROM read_models.dispute_timeline WHERE actor_id = $1
       UNION SELECT dispute_id FROM read_models.dispute_timeline WHERE on_behalf_of = $1`,
      [accountId],
    );
    return rows.map((row) => row.dispute_id).sort();
  }
}
