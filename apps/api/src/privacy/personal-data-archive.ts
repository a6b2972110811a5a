import { Inject, Injectable } from '@nestjs/common';
import type { DisputeHistory } from '@recours/dispute-commands';
import { disputeEventOf } from '@recours/disputes';
import type { Locale } from '@recours/locale';
import type { DataSource } from 'typeorm';
import { ACCOUNTS_DATA_SOURCE } from '../accounts/accounts-data-source';
import { AccountsService } from '../accounts/accounts.service';
import { LINKS_OF_PERSON } from '../accounts/email-confirmations';
import { Sessions } from '../accounts/sessions';
import { TwoFactor } from '../accounts/two-factor';
import type { Viewer } from '../auth/viewer';
import { DisputeReader } from '../disputes/dispute-reader.service';
import { CaseFiles } from '../documents/case-files';
import { agentWorkIn, DISPUTES_A_MEDIATOR_MEDIATES, DISPUTES_AN_AGENT_WORKED_ON, mediationWorkIn, type AgentWork, type MediationWork } from './agent-acts';
import { DisputeAccessLog } from './dispute-access-log';

/** Runs one case file's build in its turn; undefined when it never came (the client has gone). */
export type CaseFileTurn = <T>(build: () => Promise<T>) => Promise<T | undefined>;

/** More disputes than this in one archive are listed by id only (a mediator or a merchant's agent may have thousands). */
const DISPUTES_IN_FULL = 200;

/**
 * Everything recours holds about the viewer (GDPR arts. 15 and 20), as one JSON document: the
 * account (with the names and addresses it gave up), its sessions and two-step verification (never a secret, a hash or a token), each of
 * its disputes as it reads them (the case file: events in full where it may see them, with
 * messages and evidence metadata; for a merchant's owner or agent and for a mediator, only her own
 * acts in the disputes she works on), an agent's own internal notes, its uploads, notifications, e-mails, the companies it
 * invited, a mediator's bodies, conflicts and absences, an association's directory entry, preferences and the
 * access log (its own accesses, and those to its disputes). docs/privacy.md lists where each
 * kind of personal data lives; this is the same list, read for one person.
 */
@Injectable()
export class PersonalDataArchive {
  constructor(
    @Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly sessions: Sessions,
    private readonly twoFactor: TwoFactor,
    private readonly disputes: DisputeReader,
    private readonly caseFiles: CaseFiles,
    private readonly accessLog: DisputeAccessLog,
  ) {}

  /** `inTurn` builds each dispute's case file (DocumentBuilds' turns); undefined when its client has gone, and the rest is not built. */
  async of(viewer: Viewer, locale: Locale, now = new Date(), inTurn: CaseFileTurn = (build) => build(), inFull = DISPUTES_IN_FULL): Promise<Record<string, unknown>> {
    const account = await this.accounts.findAccount(viewer.accountId);
    if (!account) return {};
    const [merchant] = account.merchantId ? await this.accounts.findMerchants([account.merchantId]) : [];
    const q = <T>(sql: string) => this.dataSource.query(sql, [account.id]) as Promise<T[]>;
    /** With her address as $2 (hers still: $3 null): what is hers by address (links, their e-mails), as her erasure finds it. */
    const byAddress = <T>(sql: string) => this.dataSource.query(sql, [account.id, account.email, null]) as Promise<T[]>;
    // A merchant's owner or agent, and a mediator, take their own part of the disputes they worked on, not their case files.
    const onMerchantSide = account.role === 'MERCHANT';
    const mediating = account.role === 'MEDIATOR';
    const disputeIds = (
      await this.dataSource.query(
        onMerchantSide
          ? DISPUTES_AN_AGENT_WORKED_ON
          : mediating
            ? DISPUTES_A_MEDIATOR_MEDIATES
            : // The lists' read model: every dispute where the account is a party, by its role: hers as
              // a consumer, those her association holds a live mandate for (association_cases,
              // written from the same state as the summary's association_id). Each by an index,
              // none reading the whole table (an OR of these columns did). Not disputesNaming: that
              // one also finds the disputes she only advised on or was assigned.
              `SELECT dispute_id FROM read_models.dispute_summaries
               WHERE dispute_id IN (
                       SELECT dispute_id FROM read_models.dispute_summaries WHERE consumer_id = $1::text
                 UNION SELECT dispute_id FROM read_models.association_cases WHERE association_id = $1::text)
               ORDER BY filed_at, dispute_id`,
        onMerchantSide ? [account.id, account.merchantId ?? null] : [account.id],
      )
    ).map((r: { dispute_id: string }) => r.dispute_id) as string[];
    const disputes = [];
    const agentWork: AgentWork[] = [];
    const mediationWork: MediationWork[] = [];
    // An agent's own words in her team's internal notes, which no case file carries.
    const internalNotes: Array<{ disputeId: string; noteId: string; at: string; body: string }> = [];
    const notesIn = (id: string, history: DisputeHistory) => {
      for (const event of history.records.map(disputeEventOf)) {
        if (event.type === 'InternalNoteAdded' && event.data.by.id === account.id) internalNotes.push({ disputeId: id, noteId: event.data.noteId, at: event.data.at, body: event.data.body });
      }
    };
    for (const id of disputeIds.slice(0, inFull)) {
      const built = await inTurn(async () => {
        const found = await this.disputes.readable(id, viewer).catch(() => null);
        if (!found) return null;
        if (found.reader === 'MERCHANT') return { found, work: agentWorkIn(found.current, account.id) };
        if (found.reader === 'MEDIATOR') return { found, mediation: mediationWorkIn(found.current, account.id) };
        return { found, file: (await this.caseFiles.make(found, locale)).file };
      });
      if (built === undefined) break;
      if (built === null) continue;
      const { found } = built;
      if (built.work) agentWork.push(built.work);
      else if (built.mediation) mediationWork.push(built.mediation);
      else {
        disputes.push(built.file);
        // The archive carries the dispute's case file: for a third party (an association, the admin), an access its consumer is told of, as their reads are.
        if (found.reader !== 'CONSUMER') this.accessLog.download(id, account.id, found.reader, 'CASE_FILE', null, now);
      }
      if (found.reader === 'MERCHANT') notesIn(id, found.current);
    }
    // Her notes in the disputes listed by id only: no part of them is read above, so they are
    // read here, from the disputes the timeline says she wrote one in.
    if (onMerchantSide && disputeIds.length > inFull) {
      const withNotes: Array<{ dispute_id: string }> = await this.dataSource.query(
        `SELECT DISTINCT dispute_id FROM read_models.dispute_timeline WHERE dispute_id = ANY($1) AND actor_id = $2 AND event_type = 'InternalNoteAdded' ORDER BY dispute_id`,
        [disputeIds.slice(inFull), account.id],
      );
      for (const { dispute_id } of withNotes) {
        const found = await this.disputes.readable(dispute_id, viewer).catch(() => null);
        if (found?.reader === 'MERCHANT') notesIn(dispute_id, found.current);
      }
    }
    const consumerDisputes = disputeIds.length > 0 && account.role === 'CONSUMER' ? disputeIds : [];
    const accessesToMine = (await Promise.all(consumerDisputes.slice(0, DISPUTES_IN_FULL).map((id) => this.accessLog.entries(id)))).flat();
    return {
      format: 'recours personal data archive, version 3',
      generatedAt: now.toISOString(),
      account: {
        id: account.id,
        email: account.email,
        displayName: account.displayName,
        // The names she gave up (updateMyProfile), the latest first: kept until her erasure.
        previousNames: await q(`SELECT display_name AS "displayName", replaced_at AS "replacedAt" FROM accounts.previous_names WHERE account_id = $1 ORDER BY replaced_at DESC`),
        // The addresses she gave up (requestEmailChange), the latest first: kept until her erasure.
        previousEmails: await q(`SELECT email, replaced_at AS "replacedAt" FROM accounts.previous_emails WHERE account_id = $1 ORDER BY replaced_at DESC`),
        role: account.role,
        locale: account.locale ?? 'fr',
        createdAt: account.createdAt,
        emailVerifiedAt: account.emailVerifiedAt,
        merchant: merchant ? { id: merchant.id, name: merchant.name, owner: account.merchantOwner, teamRole: account.teamRole } : null,
        twoFactor: await this.twoFactor.status(account),
      },
      // Ended and expired sessions too: their rows are kept as the account's history.
      sessions: await this.sessions.history(account.id),
      disputes,
      // A merchant's owner or agent: her own acts in each dispute of her merchant she worked on (acted in or is assigned).
      agentWork,
      // A mediator: her own acts in each dispute she mediates.
      mediationWork,
      internalNotes,
      disputesListedOnly: disputeIds.slice(inFull),
      uploads: await q(`SELECT id, name, sha256, size, content_type AS "contentType", dispute_id AS "disputeId", attached_at AS "attachedAt", created_at AS "createdAt" FROM evidence.uploads WHERE owner_id = $1 ORDER BY created_at`),
      notifications: await q(
        `SELECT id, dispute_id AS "disputeId", kind, params, occurred_at AS "occurredAt", created_at AS "createdAt", read_at AS "readAt" FROM notifications.notifications WHERE recipient_id = $1 ORDER BY created_at`,
      ),
      // Hers by account, and the account e-mails (address confirmation, reset, invitation), addressed to their one-time link's row.
      // Her links' ids as an array (= ANY (ARRAY(…))), as her erasure finds them: inside an OR, `IN (SELECT …)` can only be
      // planned by reading the whole outbox (every e-mail and webhook ever queued), at every export.
      emails: await byAddress(
        `SELECT id, payload ->> 'kind' AS kind, payload ->> 'email' AS purpose, dispute_id AS "disputeId", state, created_at AS "createdAt", sent_at AS "sentAt" FROM notifications.outbox
          WHERE channel = 'EMAIL' AND (recipient = $1 OR recipient = ANY (ARRAY(SELECT id FROM accounts.email_confirmations WHERE ${LINKS_OF_PERSON}))) ORDER BY created_at`,
      ),
      // The companies she invited (inviteMerchant), with the contact address she typed for each.
      merchantInvitations: await q(
        `SELECT m.name AS merchant, i.email, i.locale, i.created_at AS "createdAt" FROM accounts.merchant_invitations i JOIN accounts.merchants m ON m.id = i.merchant_id WHERE i.invited_by = $1 ORDER BY i.created_at`,
      ),
      emailLinks: await byAddress(`SELECT purpose, email, created_at AS "createdAt", used_at AS "usedAt", expires_at AS "expiresAt" FROM accounts.email_confirmations WHERE ${LINKS_OF_PERSON} ORDER BY created_at`),
      // A mediator's bodies, conflicts of interest and absences (days away, never why); an association's directory entry.
      mediator:
        account.role === 'MEDIATOR'
          ? {
              bodies: await q(`SELECT b.name, bm.joined_at AS "joinedAt" FROM accounts.mediation_body_mediators bm JOIN accounts.mediation_bodies b ON b.id = bm.body_id WHERE bm.mediator_id = $1 ORDER BY bm.joined_at`),
              conflictsOfInterest: await q(`SELECT m.name AS merchant, c.declared_at AS "declaredAt" FROM accounts.mediator_conflicts c JOIN accounts.merchants m ON m.id = c.merchant_id WHERE c.mediator_id = $1 ORDER BY c.declared_at`),
              absences: await q(`SELECT first_day::text AS "firstDay", last_day::text AS "lastDay", declared_at AS "declaredAt" FROM accounts.mediator_absences WHERE mediator_id = $1 ORDER BY first_day`),
            }
          : null,
      associationProfile:
        account.role === 'ASSOCIATION'
          ? ((await q(`SELECT name, description, national, areas, email, phone, website, updated_at AS "updatedAt" FROM accounts.association_profiles WHERE account_id = $1`))[0] ?? null)
          : null,
      preferences: (await q(`SELECT email_notifications AS "emailNotifications", digest, updated_at AS "updatedAt" FROM notifications.preferences WHERE account_id = $1`))[0] ?? null,
      accessLog: {
        mine: await this.accessLog.byAccount(account.id),
        toMyDisputes: accessesToMine,
      },
    };
  }
}
