import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock } from '@recours/clock';
import { isUUID } from 'class-validator';
import { phraseOfRefusal } from '@recours/disputes';
import { AccountReferenceRefused, DisputeCommands } from '@recours/dispute-commands';
import { AccountsService } from '../../accounts/accounts.service';
import { MerchantType } from '../../accounts/graphql/account.types';
import { toMerchant } from '../../accounts/graphql/accounts.resolver';
import { CurrentViewer, requireViewer } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/viewer';
import { commandErrorToGraphQL } from '../../disputes/dispute-command-errors.mapping';
import { DisputeReader } from '../../disputes/dispute-reader.service';
import type { DisputeView } from '../../disputes/dispute-view';
import { paged, toConnection } from '../../disputes/graphql/connection';
import { DisputeType } from '../../disputes/graphql/dispute.types';
import { ReadYourWrites } from '../../disputes/read-your-writes';
import { badUserInput, domainRule, notFound } from '../../graphql/errors';
import { MediationBodies, type MediatorLoad } from '../mediation-bodies';
import type { MediationBodyEntity } from '../mediation-body.entity';
import { MediationIntake } from '../mediation-intake';
import { MediationActivityReports } from '../mediation-activity-reports';
import { MediationActivityReportType } from './activity-report.types';
import { INTAKE, MediationIntakeProcess } from '../mediation-intake.process';
import {
  AddBodyMediatorInput,
  CreateMediationBodyInput,
  DeclareConflictOfInterestInput,
  DeclareMediatorAbsenceInput,
  EndMediatorAbsenceInput,
  IntakeRequestConnection,
  MediationBodyType,
  MediatorAbsenceType,
  MediatorLoadType,
  SetDefaultMediationBodyInput,
  TakeCaseInput,
} from './mediation-bodies.types';

const DISPUTE = { en: 'Dispute', fr: 'Litige' };

const pageArgs = { first: { type: () => Int, nullable: true, description: 'At most this many (default 20, at most 100).' }, after: { nullable: true } } as const;

const toBody = (body: MediationBodyEntity): MediationBodyType => ({ id: body.id, name: body.name, sectors: body.sectors, isDefault: body.isDefault });
const toLoad = (load: MediatorLoad): MediatorLoadType => ({ id: load.mediatorId, displayName: load.displayName, openCases: load.openCases, overdueCases: load.overdueCases, nextDueAt: load.nextDueAt?.toISOString() ?? null, absentUntil: load.absentUntil });
const toAbsence = (absence: { id: string; firstDay: string; lastDay: string }): MediatorAbsenceType => ({ id: absence.id, firstDay: absence.firstDay, lastDay: absence.lastDay });

/** Mediation bodies: the admin sets them up, merchants designate one, mediators work their intake queue. */
@Resolver(() => MediationBodyType)
export class MediationBodiesResolver {
  constructor(
    private readonly bodies: MediationBodies,
    private readonly intake: MediationIntake,
    private readonly accounts: AccountsService,
    private readonly commands: DisputeCommands,
    private readonly clock: Clock,
    private readonly reader: DisputeReader,
    private readonly readYourWrites: ReadYourWrites,
    private readonly process: MediationIntakeProcess,
    private readonly reports: MediationActivityReports,
  ) {}

  @Query(() => MediationActivityReportType, { description: "A mediation body's annual activity report (Article R614-2 of the French Consumer Code): for the body's mediators and the admin. `year`: the calendar year, Paris time." })
  mediationBodyActivityReport(@CurrentViewer() viewer: Viewer | null, @Args('bodyId', { type: () => ID }) bodyId: string, @Args('year', { type: () => Int }) year: number): Promise<MediationActivityReportType> {
    return this.reports.reportFor(viewer, bodyId, year);
  }

  @Query(() => [MediationBodyType], { description: 'The mediation bodies, for a merchant to designate one; `mine`: those the signed-in mediator belongs to.' })
  async mediationBodies(@CurrentViewer() viewer: Viewer | null, @Args('mine', { nullable: true }) mine?: boolean): Promise<MediationBodyType[]> {
    const who = requireViewer(viewer);
    const all = await this.bodies.list();
    if (!mine) return all.map(toBody);
    const own = new Set(who.role === 'MEDIATOR' ? await this.bodies.bodiesOf(who.accountId) : []);
    return all.filter((b) => own.has(b.id)).map(toBody);
  }

  @ResolveField(() => [MediatorLoadType], { nullable: true })
  async mediators(@Parent() body: MediationBodyType, @CurrentViewer() viewer: Viewer | null): Promise<MediatorLoadType[] | null> {
    const who = requireViewer(viewer);
    const member = who.role === 'MEDIATOR' && (await this.bodies.bodiesOf(who.accountId)).includes(body.id);
    if (who.role !== 'ADMIN' && !member) return null;
    return (await this.bodies.loads(body.id, this.clock.now())).map(toLoad);
  }

  @ResolveField(() => [MerchantType])
  async merchants(@Parent() body: MediationBodyType): Promise<MerchantType[]> {
    return (await this.bodies.merchantsOf(body.id)).map(toMerchant);
  }

  @Query(() => IntakeRequestConnection, { description: "The mediation requests of the mediator's bodies (every body for the admin) whose admissibility is still to be decided, unassigned first, then by the three-week clock." })
  async mediationIntake(
    @CurrentViewer() viewer: Viewer | null,
    @Args('first', pageArgs.first) first?: number,
    @Args('after', pageArgs.after) after?: string,
    @Args('unassignedOnly', { nullable: true, description: 'Only the requests nobody has yet.' }) unassignedOnly?: boolean,
  ): Promise<IntakeRequestConnection> {
    const who = requireViewer(viewer, 'MEDIATOR', 'ADMIN');
    const bodies = who.role === 'ADMIN' ? 'ALL' : await this.bodies.bodiesOf(who.accountId);
    return paged(async () => {
      const page = await this.intake.page(bodies, { first, after, unassignedOnly, now: this.clock.now() });
      const merchants = new Map((await this.accounts.findMerchants([...new Set(page.nodes.map((n) => n.merchantId))])).map((m) => [m.id, toMerchant(m)]));
      const loads = new Map<string, MediatorLoadType>();
      for (const bodyId of new Set(page.nodes.filter((n) => n.mediatorId).map((n) => n.bodyId))) for (const load of await this.bodies.loads(bodyId, this.clock.now())) loads.set(load.mediatorId, toLoad(load));
      return toConnection(page, (n) => ({
        id: n.disputeId,
        bodyId: n.bodyId,
        merchant: merchants.get(n.merchantId) ?? null,
        productName: n.productName,
        requestedAt: n.requestedAt,
        admissibilityDueAt: n.admissibilityDueAt,
        admissibilityOverdue: n.admissibilityOverdue,
        mediator: n.mediatorId ? (loads.get(n.mediatorId) ?? null) : null,
      })) as IntakeRequestConnection;
    });
  }

  @Mutation(() => MediationBodyType, { description: 'Admin: creates a mediation body.' })
  async createMediationBody(@CurrentViewer() viewer: Viewer | null, @Args('input') input: CreateMediationBodyInput): Promise<MediationBodyType> {
    requireViewer(viewer, 'ADMIN');
    return toBody(await this.bodies.create({ name: input.name, sectors: input.sectors ?? [], isDefault: input.isDefault }));
  }

  @Mutation(() => MediationBodyType, { description: 'Admin: adds a mediator to a body.' })
  async addBodyMediator(@CurrentViewer() viewer: Viewer | null, @Args('input') input: AddBodyMediatorInput): Promise<MediationBodyType> {
    requireViewer(viewer, 'ADMIN');
    const body = toBody(await this.bodies.addMediator(input.bodyId, input.mediatorId));
    return body;
  }

  @Mutation(() => MediationBodyType, { description: 'Admin: the body that hears the requests of merchants that designated none.' })
  async setDefaultMediationBody(@CurrentViewer() viewer: Viewer | null, @Args('input') input: SetDefaultMediationBodyInput): Promise<MediationBodyType> {
    requireViewer(viewer, 'ADMIN');
    return toBody(await this.bodies.setDefault(input.bodyId));
  }

  @Mutation(() => Boolean, { description: 'A mediator declares a conflict of interest with a merchant: she is never given its cases.' })
  async declareConflictOfInterest(@CurrentViewer() viewer: Viewer | null, @Args('input') input: DeclareConflictOfInterestInput): Promise<boolean> {
    const who = requireViewer(viewer, 'MEDIATOR');
    await this.bodies.declareConflict(who.accountId, input.merchantId);
    return true;
  }

  @Query(() => [MediatorAbsenceType], { description: 'The absences of a mediator not over yet, soonest first: her own for a mediator, any mediator’s for the admin.' })
  async mediatorAbsences(@CurrentViewer() viewer: Viewer | null, @Args('mediatorId', { type: () => ID, nullable: true }) mediatorId?: string): Promise<MediatorAbsenceType[]> {
    return (await this.bodies.comingAbsences(this.absentOne(viewer, mediatorId, 'mediatorId'), this.clock.now())).map(toAbsence);
  }

  /**
   * A mediator (or the admin for her) says she will be away: from the first day, the intake gives
   * her nothing, and her mediations under way go at once to another mediator of the body.
   */
  @Mutation(() => MediatorAbsenceType, { description: 'A mediator declares an absence (the admin, for any mediator): she is given no case and her mediations under way go to another mediator of her body. The same days declared again answer the absence already declared.' })
  async declareMediatorAbsence(@CurrentViewer() viewer: Viewer | null, @Args('input') input: DeclareMediatorAbsenceInput): Promise<MediatorAbsenceType> {
    const mediatorId = this.absentOne(viewer, input.mediatorId);
    const at = this.clock.now();
    const absence = await this.bodies.declareAbsence(mediatorId, input, requireViewer(viewer).accountId, at);
    await this.process.reassignFromAbsent();
    return toAbsence(absence);
  }

  @Mutation(() => Int, { description: 'The mediator is back (the admin, for any mediator): her absence ends yesterday and those to come are withdrawn. Answers how many changed.' })
  async endMediatorAbsence(@CurrentViewer() viewer: Viewer | null, @Args('input') input: EndMediatorAbsenceInput): Promise<number> {
    return this.bodies.endAbsences(this.absentOne(viewer, input.mediatorId), this.clock.now());
  }

  /** Whose absence: a mediator's own (naming another is refused), or the one the admin names. */
  private absentOne(viewer: Viewer | null, mediatorId: string | undefined | null, field = 'input.mediatorId'): string {
    const who = requireViewer(viewer, 'MEDIATOR', 'ADMIN');
    if (who.role === 'MEDIATOR') {
      if (mediatorId && mediatorId !== who.accountId) throw badUserInput([{ field, code: 'NOT_YOURS', message: { en: 'must be left out: a mediator declares only her own absences', fr: 'ne s’indique pas : un médiateur ne déclare que ses propres absences' } }]);
      return who.accountId;
    }
    if (!mediatorId) throw badUserInput([{ field, code: 'REQUIRED', message: { en: 'is required: which mediator is away', fr: 'est obligatoire : quel médiateur est absent' } }]);
    if (!isUUID(mediatorId)) throw badUserInput([{ field, code: 'NOT_A_MEDIATOR', message: { en: 'is not a mediator', fr: 'n’est pas un médiateur' } }]);
    return mediatorId;
  }

  /**
   * A mediator takes a request of her body that nobody has. Anyone else (another body's
   * mediator, a dispute that does not exist) hears NOT_FOUND, as for a dispute not theirs.
   */
  @Mutation(() => DisputeType, { description: 'A mediator takes a mediation request of her body that nobody has yet.' })
  async takeCase(@CurrentViewer() viewer: Viewer | null, @Args('input') input: TakeCaseInput): Promise<DisputeView> {
    const who = requireViewer(viewer, 'MEDIATOR');
    const [request] = (await this.intake.page(await this.bodies.bodiesOf(who.accountId), { first: 100, now: this.clock.now(), onlyDispute: input.disputeId })).nodes;
    if (!request) throw notFound(DISPUTE);
    if (request.mediatorId) throw domainRule('CASE_ALREADY_TAKEN', phraseOfRefusal('CASE_ALREADY_TAKEN', {}));
    const at = this.clock.now();
    const outcome = await this.commands
      .handle(INTAKE, at, { type: 'AssignMediator', disputeId: input.disputeId, mediatorId: who.accountId, unassignedOnly: true })
      .catch((error: unknown) => {
        // Her declared conflict with the merchant (the command path's check of the mediator named).
        if (error instanceof AccountReferenceRefused) throw badUserInput([{ field: 'input.disputeId', code: 'WRONG_ACCOUNT', message: error.phrase }]);
        throw commandErrorToGraphQL(error);
      });
    await this.readYourWrites.waitFor(outcome.position);
    return this.reader.viewOf(outcome.history, who, at);
  }
}
