import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { EVENT_STORE, type EventStore } from '@recours/event-store';
import { CurrentViewer, requireActor } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/viewer';
import { Clock } from '@recours/clock';
import { DisputeCommands, DisputeHistories, type DisputeCommandPayload } from '@recours/dispute-commands';
import type { EvidenceKind } from '@recours/disputes';
import { actorOf } from '../../auth/viewer';
import { DisputeReader } from '../dispute-reader.service';
import { commandErrorToGraphQL } from '../dispute-command-errors.mapping';
import { disputeIdForFiling } from '../dispute-ids';
import { ReadYourWrites } from '../read-your-writes';
import type { DisputeView } from '../dispute-view';
import { COMMAND_MUTATIONS, type CommandMutation } from './command-inputs';
import { ConfirmRemedyInput } from './confirm-remedy.input';
import { DisputeType } from './dispute.types';
import { EvidenceFiles } from '../../files/evidence-files';
import { MessageLimits } from '../../security/message-limits';
import { MerchantTeams } from '../../accounts/merchant-teams';
import { MediationBodies } from '../../mediation-bodies/mediation-bodies';

interface Envelope {
  disputeId: string;
  expectedVersion?: number;
  commandId?: string;
}
type Input = Envelope & Record<string, unknown>;
interface EvidenceAsSent {
  kind: EvidenceKind;
  name: string;
  sha256: string;
  fileId?: string;
}

const mutationOf = (name: string): CommandMutation => COMMAND_MUTATIONS.get(name)!;
const inputOf = (name: string) => () => mutationOf(name).input!;

/**
 * Each mutation sends one command down the command path and answers the dispute as the command
 * left it. The mutations, their inputs and their descriptions come from the commands'
 * descriptions in libs/disputes (see the end of this file); only those that do more than send
 * their input are written here: a filing (no dispute yet, uploads), evidence and the signed
 * mandate (uploads) and confirmRemedy (two commands).
 */
@Resolver(() => DisputeType)
export class DisputeMutationsResolver {
  constructor(
    private readonly commands: DisputeCommands,
    private readonly clock: Clock,
    private readonly reader: DisputeReader,
    private readonly readYourWrites: ReadYourWrites,
    private readonly evidenceFiles: EvidenceFiles,
    private readonly messageLimits: MessageLimits,
    private readonly teams: MerchantTeams,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly histories: DisputeHistories,
    private readonly bodies: MediationBodies,
  ) {}

  private async send(viewer: Viewer | null, input: Partial<Envelope>, command: DisputeCommandPayload): Promise<DisputeView> {
    const who = requireActor(viewer);
    const at = this.clock.now();
    // Plain data for the domain: absent optional fields stay behind.
    const payload = JSON.parse(JSON.stringify(command)) as DisputeCommandPayload;
    // A merchant agent acts with its team role as it stands now (the owner may have changed it since the token was issued).
    const actor = who.role === 'MERCHANT' ? { ...actorOf(who), teamRole: (await this.teams.roleOf(who.accountId)) ?? 'AGENT' } : actorOf(who);
    const outcome = await this.commands.handle(actor, at, payload, { expectedVersion: input.expectedVersion, commandId: input.commandId }).catch((error: unknown) => {
      throw commandErrorToGraphQL(error, payload.type);
    });
    await this.readYourWrites.waitFor(outcome.position);
    // The one command after which its sender no longer reads the dispute: answered all the same.
    if (payload.type === 'RenounceRepresentation') return this.reader.viewOfRenunciation(outcome.history, who, at);
    return this.reader.viewOf(outcome.history, who, at);
  }

  /** A mutation that sends its input as it is, with the ids the API assigns (a new offer's, message's...). */
  async sendCommand(viewer: Viewer | null, mutation: CommandMutation, input: Input): Promise<DisputeView> {
    const { disputeId, expectedVersion: _version, commandId: _key, ...fields } = input;
    const ids = Object.fromEntries(mutation.assigned.map((field) => [field, randomUUID()]));
    const command = { type: mutation.commands[0]!, disputeId, ...fields, ...ids } as DisputeCommandPayload;
    if (command.type === 'PostMessage') return this.postWithinLimits(viewer, disputeId, () => this.send(viewer, input, command));
    if (command.type === 'RequestMediation') return this.send(viewer, input, await this.withMediationBody(command));
    return this.send(viewer, input, command);
  }

  /**
   * A mediation request goes to the body the merchant designates as it is made (else the default
   * body), found here, outside the event store, and recorded with the request by the decider: it
   * stays the mediation's body (its intake, its mediators, its annual report) whatever the
   * merchant designates afterwards. No body at all: none is recorded.
   */
  private async withMediationBody(command: DisputeCommandPayload & { type: 'RequestMediation' }): Promise<DisputeCommandPayload> {
    const { state } = await this.histories.current(command.disputeId);
    const bodyId = state.filed ? await this.bodies.bodyOfMerchant(state.merchantId) : null;
    return bodyId ? { ...command, mediationBodyId: bodyId } : command;
  }

  /** A message, within the dispute's and its author's hourly budget (MessageLimits): RATE_LIMITED past it. */
  private async postWithinLimits(viewer: Viewer | null, disputeId: string, post: () => Promise<DisputeView>): Promise<DisputeView> {
    const who = requireActor(viewer);
    // Who may not read the dispute hears NOT_FOUND, as for a missing one, before any budget is
    // counted: a spent budget must not tell a stranger (or a former party) that the dispute exists,
    // nor may her refused posts, counted for a moment, take the parties' budget. The same history
    // the command then reads on (DisputeHistories): it reads nothing again.
    this.reader.access(await this.histories.current(disputeId), who);
    return this.messageLimits.within(disputeId, who, post);
  }

  @Mutation(() => DisputeType, { description: mutationOf('fileClaim').description })
  async fileClaim(@CurrentViewer() viewer: Viewer | null, @Args('input', { type: inputOf('fileClaim') }) input: { commandId?: string; evidence?: EvidenceAsSent[] } & Record<string, unknown>): Promise<DisputeView> {
    const who = requireActor(viewer);
    const { commandId, evidence, ...claim } = input;
    const disputeId = await disputeIdForFiling(this.store, who.accountId, commandId);
    return this.evidenceFiles.attach(who, disputeId, evidence ?? [], (i) => `input.evidence.${i}.fileId`, (withFiles) =>
      this.send(who, { disputeId, commandId }, { type: 'FileClaim', disputeId, ...claim, evidence: withFiles } as DisputeCommandPayload),
    );
  }

  @Mutation(() => DisputeType, { description: mutationOf('attachEvidence').description })
  attachEvidence(@CurrentViewer() viewer: Viewer | null, @Args('input', { type: inputOf('attachEvidence') }) input: Envelope & EvidenceAsSent): Promise<DisputeView> {
    const who = requireActor(viewer);
    return this.evidenceFiles.attach(who, input.disputeId, [input], () => 'input.fileId', ([evidence]) =>
      this.send(who, input, { type: 'AttachEvidence', disputeId: input.disputeId, ...evidence! }),
    );
  }

  @Mutation(() => DisputeType, { description: mutationOf('grantRepresentation').description })
  grantRepresentation(@CurrentViewer() viewer: Viewer | null, @Args('input', { type: inputOf('grantRepresentation') }) input: Envelope & { associationId: string; fileId?: string | null }): Promise<DisputeView> {
    const who = requireActor(viewer);
    const { fileId, ...rest } = input;
    return this.evidenceFiles.attachMandate(who, input.disputeId, fileId, 'input.fileId', (document) =>
      this.send(who, input, { type: 'GrantRepresentation', disputeId: input.disputeId, associationId: rest.associationId, ...(document ? { document } : {}) }),
    );
  }

  @Mutation(() => DisputeType, { description: mutationOf('confirmRemedy').description })
  confirmRemedy(@CurrentViewer() viewer: Viewer | null, @Args('input') input: ConfirmRemedyInput): Promise<DisputeView> {
    if (input.fulfilled) return this.send(viewer, input, { type: 'ConfirmRemedyFulfilled', disputeId: input.disputeId, note: input.note });
    return this.send(viewer, input, { type: 'ReportRemedyFailed', disputeId: input.disputeId, failure: input.failure!, description: input.description! });
  }
}

/**
 * The other mutations, one per description, declared on the resolver at start-up as if written
 * above: the viewer, then `input` of the type built from the description.
 */
const WRITTEN_ABOVE = new Set(['fileClaim', 'attachEvidence', 'grantRepresentation', 'confirmRemedy']);
for (const mutation of COMMAND_MUTATIONS.values()) {
  if (WRITTEN_ABOVE.has(mutation.name)) continue;
  const prototype = DisputeMutationsResolver.prototype as unknown as Record<string, unknown>;
  prototype[mutation.name] = function (this: DisputeMutationsResolver, viewer: Viewer | null, input: Input) {
    return this.sendCommand(viewer, mutation, input);
  };
  // The pipes read the argument's class here, as they would from TypeScript's emitted metadata.
  Reflect.defineMetadata('design:paramtypes', [Object, mutation.input], prototype, mutation.name);
  CurrentViewer()(prototype, mutation.name, 0);
  Args('input', { type: () => mutation.input! })(prototype, mutation.name, 1);
  Mutation(() => DisputeType, { name: mutation.name, ...(mutation.description && { description: mutation.description }) })(
    prototype,
    mutation.name,
    Object.getOwnPropertyDescriptor(prototype, mutation.name)!,
  );
}

// The two written above whose input is built from a description: their argument's class, for the pipes.
for (const name of ['fileClaim', 'attachEvidence', 'grantRepresentation']) {
  Reflect.defineMetadata('design:paramtypes', [Object, mutationOf(name).input], DisputeMutationsResolver.prototype, name);
}
