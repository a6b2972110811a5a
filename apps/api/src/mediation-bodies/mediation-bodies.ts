import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { addDays, isCalendarDate, parisDateOf, type CalendarDate } from '@recours/consumer-law';
import type { Dispute, DisputeState } from '@recours/disputes';
import { showsNothing } from '@recours/disputes';
import { isUuid } from '@recours/event-store';
import type { Phrase } from '@recours/locale';
import type { DataSource } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { ACCOUNTS_DATA_SOURCE } from '../accounts/accounts-data-source';
import { MerchantEntity } from '../accounts/merchant.entity';
import type { MediatorEligibility } from '../accounts/named-accounts';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { BodyMediatorEntity, MediationBodyEntity, MediatorAbsenceEntity, MediatorConflictEntity } from './mediation-body.entity';

/** A mediator's load as the body sees it: mediations under way (read model), overdue clocks among them. */
export interface MediatorLoad {
  mediatorId: string;
  displayName: string;
  openCases: number;
  overdueCases: number;
  nextDueAt: Date | null;
  /** The last day of the absence she is in (Paris calendar day), if she is away today. */
  absentUntil: CalendarDate | null;
}

/** A mediation under way whose mediator is away: the intake gives it to another mediator of the body. */
export interface CaseOfAbsentMediator {
  disputeId: string;
  merchantId: string;
  /** The body the mediation went to (REQUEST_BODY_SQL); null while no body exists and none was recorded. */
  bodyId: string | null;
  mediatorId: string;
  absenceId: string;
  /** Its clock: the key of the pages. */
  nextDueAt: Date;
}

/**
 * The body of a mediation request in SQL, over `s` (read_models.dispute_summaries) and `m`
 * (accounts.merchants, joined on the summary's merchant): the body recorded with the request
 * (its folded state's `mediation.bodyId`, MediationRequested `mediationBodyId`), which stays its
 * body whatever the merchant designates later. A request recorded before the body was (or while
 * no body existed) falls back to today's rule: the body the merchant designates now, else the
 * default one.
 */
export const REQUEST_BODY_SQL = `coalesce((s.state->'mediation'->>'bodyId')::uuid, m.mediation_body_id, (SELECT b.id FROM accounts.mediation_bodies b WHERE b.is_default))`;

/** The longest absence one declaration covers: a longer one is a departure (the admin removes her from the body). */
const LONGEST_ABSENCE_DAYS = 366;

/**
 * The mediation bodies (L612-1): which body a merchant's requests go to (the one it designated,
 * else the default), its mediators, their declared conflicts of interest, and their caseloads.
 */
@Injectable()
export class MediationBodies implements MediatorEligibility {
  constructor(@Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async create(input: { name: string; sectors: string[]; isDefault?: boolean }): Promise<MediationBodyEntity> {
    // Spaces alone pass the input's length check but name nothing.
    if (showsNothing(input.name)) throw badUserInput([{ field: 'input.name', code: 'REQUIRED', message: { en: 'is required: the name of the body', fr: 'est obligatoire : le nom de l’organisme' } }]);
    return this.dataSource.transaction(async (manager) => {
      if (input.isDefault) await manager.update(MediationBodyEntity, { isDefault: true }, { isDefault: false });
      const body = manager.create(MediationBodyEntity, { id: randomUUID(), name: input.name.trim(), sectors: input.sectors.map((s) => s.trim()).filter(Boolean), isDefault: input.isDefault ?? false });
      return manager.save(body);
    });
  }

  async setDefault(bodyId: string): Promise<MediationBodyEntity> {
    const body = await this.mustFind(bodyId, 'input.bodyId');
    await this.dataSource.transaction(async (manager) => {
      await manager.update(MediationBodyEntity, { isDefault: true }, { isDefault: false });
      await manager.update(MediationBodyEntity, { id: body.id }, { isDefault: true });
    });
    return { ...body, isDefault: true };
  }

  async addMediator(bodyId: string, mediatorId: string): Promise<MediationBodyEntity> {
    const body = await this.mustFind(bodyId, 'input.bodyId');
    const account = isUuid(mediatorId) ? await this.dataSource.getRepository(AccountEntity).findOneBy({ id: mediatorId }) : null;
    if (account?.role !== 'MEDIATOR') throw badUserInput([{ field: 'input.mediatorId', code: 'NOT_A_MEDIATOR', message: { en: 'is not a mediator', fr: 'n’est pas un médiateur' } }]);
    await this.dataSource.getRepository(BodyMediatorEntity).upsert({ bodyId, mediatorId }, ['bodyId', 'mediatorId']);
    return body;
  }

  async declareConflict(mediatorId: string, merchantId: string): Promise<void> {
    const merchant = isUuid(merchantId) ? await this.dataSource.getRepository(MerchantEntity).findOneBy({ id: merchantId }) : null;
    if (!merchant) throw badUserInput([{ field: 'input.merchantId', code: 'NOT_A_MERCHANT', message: { en: 'is not a merchant', fr: 'n’est pas un professionnel' } }]);
    await this.dataSource.getRepository(MediatorConflictEntity).upsert({ mediatorId, merchantId }, ['mediatorId', 'merchantId']);
  }

  list(): Promise<MediationBodyEntity[]> {
    return this.dataSource.getRepository(MediationBodyEntity).find({ order: { name: 'ASC', id: 'ASC' } });
  }

  find(bodyId: string): Promise<MediationBodyEntity | null> {
    return isUuid(bodyId) ? this.dataSource.getRepository(MediationBodyEntity).findOneBy({ id: bodyId }) : Promise.resolve(null);
  }

  async mustFind(bodyId: string, field: string): Promise<MediationBodyEntity> {
    const body = await this.find(bodyId);
    if (!body) throw badUserInput([{ field, code: 'NOT_A_MEDIATION_BODY', message: { en: 'is not a mediation body', fr: 'n’est pas un organisme de médiation' } }]);
    return body;
  }

  /** The bodies a mediator belongs to. */
  async bodiesOf(mediatorId: string): Promise<string[]> {
    const rows = await this.dataSource.getRepository(BodyMediatorEntity).findBy({ mediatorId });
    return rows.map((r) => r.bodyId);
  }

  /** The body a merchant's requests go to: the one it designated, else the default one; null when neither exists. */
  async bodyOfMerchant(merchantId: string): Promise<string | null> {
    if (!isUuid(merchantId)) return null;
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT coalesce(m.mediation_body_id, (SELECT b.id FROM accounts.mediation_bodies b WHERE b.is_default)) AS id FROM accounts.merchants m WHERE m.id = $1`,
      [merchantId],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * The body of a dispute's mediation: the one recorded with the request, never changed by the
   * merchant designating another body afterwards; for a request recorded before the body was
   * (or while none existed), or no request yet, the merchant's body of today.
   */
  async bodyOfDispute(dispute: Dispute): Promise<string | null> {
    return dispute.mediation?.bodyId ?? this.bodyOfMerchant(dispute.merchantId);
  }

  /** The merchants that designated the body (the default body also hears from those that designated none). */
  merchantsOf(bodyId: string): Promise<MerchantEntity[]> {
    return this.dataSource.getRepository(MerchantEntity).find({ where: { mediationBodyId: bodyId }, order: { name: 'ASC' } });
  }

  /**
   * Each mediator of the body with her load, least loaded first: mediations under way in the
   * caseload read model (so a burst of requests within the projection's lag may go to one
   * mediator), ties broken by who joined first.
   */
  async loads(bodyId: string, at: Date): Promise<MediatorLoad[]> {
    const rows = await this.dataSource.query<Array<{ mediator_id: string; display_name: string; open_cases: number; overdue_cases: number; next_due_at: Date | null; absent_until: string | null }>>(
      `SELECT bm.mediator_id, a.display_name,
              count(c.dispute_id)::int AS open_cases,
              count(c.dispute_id) FILTER (WHERE c.admissibility_overdue OR c.outcome_overdue)::int AS overdue_cases,
              min(c.next_due_at) AS next_due_at,
              (SELECT to_char(max(x.last_day), 'YYYY-MM-DD') FROM accounts.mediator_absences x
                WHERE x.mediator_id = bm.mediator_id AND $2::date BETWEEN x.first_day AND x.last_day) AS absent_until
         FROM accounts.mediation_body_mediators bm
         JOIN accounts.accounts a ON a.id = bm.mediator_id
         LEFT JOIN read_models.mediator_caseload c ON c.mediator_id = bm.mediator_id::text
        WHERE bm.body_id = $1 AND a.erased_at IS NULL
        GROUP BY bm.mediator_id, a.display_name, bm.joined_at
        ORDER BY open_cases, bm.joined_at, bm.mediator_id`,
      [bodyId, parisDateOf(at)],
    );
    return rows.map((r) => ({ mediatorId: r.mediator_id, displayName: r.display_name, openCases: r.open_cases, overdueCases: r.overdue_cases, nextDueAt: r.next_due_at, absentUntil: r.absent_until }));
  }

  /**
   * Who may be given a mediation of this merchant that went to this body (the body recorded with
   * the request, bodyOfDispute, REQUEST_BODY_SQL): its mediators, less those who declared a
   * conflict with the merchant or are away, least loaded first.
   */
  async eligibleMediators(bodyId: string | null, merchantId: string, at: Date): Promise<MediatorLoad[]> {
    if (!bodyId) return [];
    const conflicts = new Set((await this.dataSource.getRepository(MediatorConflictEntity).findBy({ merchantId })).map((c) => c.mediatorId));
    return (await this.loads(bodyId, at)).filter((m) => !conflicts.has(m.mediatorId) && m.absentUntil === null);
  }

  /**
   * A mediator will be away from the first to the last day (Paris calendar days, the last one
   * today or later, at most a year). Declared by herself or by the admin.
   */
  async declareAbsence(mediatorId: string, days: { firstDay: string; lastDay: string }, declaredBy: string, at: Date): Promise<MediatorAbsenceEntity> {
    const today = parisDateOf(at);
    const problems: FieldProblem[] = [];
    for (const field of ['firstDay', 'lastDay'] as const) {
      if (!isCalendarDate(days[field])) problems.push({ field: `input.${field}`, code: 'NOT_A_DATE', message: { en: 'must be a date (YYYY-MM-DD)', fr: 'doit être une date (AAAA-MM-JJ)' } });
    }
    if (problems.length === 0) {
      if (days.lastDay < days.firstDay) problems.push({ field: 'input.lastDay', code: 'BEFORE_FIRST_DAY', message: { en: 'must not be before the first day', fr: 'ne doit pas précéder le premier jour' } });
      else if (days.lastDay < today) problems.push({ field: 'input.lastDay', code: 'IN_THE_PAST', message: { en: 'must be today or later', fr: 'doit être aujourd’hui ou plus tard' } });
      else if (days.lastDay > addDays(days.firstDay, LONGEST_ABSENCE_DAYS - 1)) {
        problems.push({ field: 'input.lastDay', code: 'TOO_LONG', message: { en: `must be at most ${LONGEST_ABSENCE_DAYS} days after the first day`, fr: `doit être au plus ${LONGEST_ABSENCE_DAYS} jours après le premier jour` } });
      }
    }
    const mediator = isUuid(mediatorId) ? await this.dataSource.getRepository(AccountEntity).findOneBy({ id: mediatorId }) : null;
    if (mediator?.role !== 'MEDIATOR') problems.push({ field: 'input.mediatorId', code: 'NOT_A_MEDIATOR', message: { en: 'is not a mediator', fr: 'n’est pas un médiateur' } });
    if (problems.length > 0) throw badUserInput(problems);
    // The same days declared again (a second click, a retry) are the absence already declared, not
    // a second row; overlapping different days stay allowed. Her declarations are made one at a
    // time so that two identical ones at once do not both find none.
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`recours.mediator-absences.${mediatorId}`]);
      const declared = await manager.findOneBy(MediatorAbsenceEntity, { mediatorId, firstDay: days.firstDay, lastDay: days.lastDay });
      return declared ?? manager.save(MediatorAbsenceEntity, { id: randomUUID(), mediatorId, firstDay: days.firstDay, lastDay: days.lastDay, declaredBy, declaredAt: at });
    });
  }

  /** She is back: her absences not yet over end yesterday (those still to come are withdrawn). Answers how many changed. */
  async endAbsences(mediatorId: string, at: Date): Promise<number> {
    const today = parisDateOf(at);
    const absences = this.dataSource.getRepository(MediatorAbsenceEntity);
    const withdrawn = await absences.createQueryBuilder().delete().where('mediator_id = :mediatorId AND first_day >= :today', { mediatorId, today }).execute();
    const shortened = await absences
      .createQueryBuilder()
      .update()
      .set({ lastDay: () => `CAST(:today AS date) - 1` })
      .where('mediator_id = :mediatorId AND :today BETWEEN first_day AND last_day', { mediatorId, today })
      .execute();
    return (withdrawn.affected ?? 0) + (shortened.affected ?? 0);
  }

  /** The absences of a mediator not over yet, soonest first. */
  comingAbsences(mediatorId: string, at: Date): Promise<MediatorAbsenceEntity[]> {
    return this.dataSource
      .getRepository(MediatorAbsenceEntity)
      .createQueryBuilder('x')
      .where('x.mediatorId = :mediatorId AND x.lastDay >= :today', { mediatorId, today: parisDateOf(at) })
      .orderBy('x.firstDay', 'ASC')
      .getMany();
  }

  /**
   * Mediations under way (admissibility or outcome still to come) whose mediator is away today, or
   * erased (gone for good: her absence is named `erased-<her id>`), a page at a time by clock then
   * dispute (`after`: the last one of the previous page), so that cases nobody can take never hide
   * those behind them.
   */
  async casesOfAbsentMediators(at: Date, after: CaseOfAbsentMediator | null = null, first = 100): Promise<CaseOfAbsentMediator[]> {
    const rows = await this.dataSource.query<Array<{ dispute_id: string; merchant_id: string; body_id: string | null; mediator_id: string; absence_id: string; next_due_at: Date }>>(
      `SELECT DISTINCT ON (c.next_due_at, c.dispute_id) c.dispute_id, c.merchant_id, ${REQUEST_BODY_SQL} AS body_id, c.mediator_id, coalesce(x.id::text, 'erased-' || a.id::text) AS absence_id, c.next_due_at
         FROM read_models.mediator_caseload c
         LEFT JOIN read_models.dispute_summaries s ON s.dispute_id = c.dispute_id
         LEFT JOIN accounts.merchants m ON m.id::text = c.merchant_id
         LEFT JOIN accounts.mediator_absences x ON x.mediator_id::text = c.mediator_id AND $1::date BETWEEN x.first_day AND x.last_day
         LEFT JOIN accounts.accounts a ON a.id::text = c.mediator_id AND a.erased_at IS NOT NULL
        WHERE c.stage IN ('REQUESTED', 'ADMISSIBLE') AND (x.id IS NOT NULL OR a.id IS NOT NULL)
          AND ($2::timestamptz IS NULL OR (c.next_due_at, c.dispute_id) > ($2::timestamptz, $3::text))
        ORDER BY c.next_due_at, c.dispute_id, x.first_day
        LIMIT $4`,
      [parisDateOf(at), after?.nextDueAt ?? null, after?.disputeId ?? null, first],
    );
    return rows.map((r) => ({ disputeId: r.dispute_id, merchantId: r.merchant_id, bodyId: r.body_id, mediatorId: r.mediator_id, absenceId: r.absence_id, nextDueAt: r.next_due_at }));
  }

  /**
   * For the command path: a mediator named on a dispute must be of the body its mediation went to
   * (bodyOfDispute: the one recorded with the request, not the one the merchant designates since)
   * and free of conflict (any mediator while there is no body).
   */
  async refusal(mediatorId: string, dispute: DisputeState): Promise<Phrase | null> {
    if (!dispute.filed) return null;
    const bodyId = await this.bodyOfDispute(dispute);
    if (!bodyId) return null;
    const member = await this.dataSource.getRepository(BodyMediatorEntity).existsBy({ bodyId, mediatorId });
    if (!member) return { en: 'is not a mediator of the body this mediation was requested from', fr: 'n’est pas un médiateur de l’organisme saisi de cette médiation' };
    const conflict = await this.dataSource.getRepository(MediatorConflictEntity).existsBy({ mediatorId, merchantId: dispute.merchantId });
    if (conflict) return { en: 'declared a conflict of interest with this merchant', fr: 'a déclaré un conflit d’intérêts avec ce professionnel' };
    return null;
  }
}
