import { randomUUID } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, requireViewer } from '../../auth/current-viewer.decorator';
import type { Viewer } from '../../auth/viewer';
import { badUserInput } from '../../graphql/errors';
import { DisputeReader } from '../dispute-reader.service';
import { newDisputeId } from '../dispute-ids';
import { ExecuteDisputeCommand, type CommandOutcome, type DisputeCommandPayload } from '../execute-dispute-command';
import { ReadYourWrites } from '../read-your-writes';
import type { DisputeView } from '../dispute-view';
import {
  AcknowledgeClaimInput,
  AssignMediatorInput,
  AttachEvidenceInput,
  CloseDisputeInput,
  ConfirmRemedyInput,
  DecideAdmissibilityInput,
  EscalateInput,
  FileClaimInput,
  GrantRepresentationInput,
  LeaveFeedbackInput,
  MakeOfferInput,
  OfferAnswerInput,
  PostMessageInput,
  ProposeSettlementInput,
  RejectClaimInput,
  RejectOfferInput,
  RejectSettlementInput,
  RequestMediationInput,
  RevokeRepresentationInput,
  SettlementAnswerInput,
  WithdrawClaimInput,
  type DisputeCommandInput,
} from './dispute.inputs';
import { DisputeType } from './dispute.types';

/** Each mutation sends one command through the CommandBus and answers the dispute after the write. */
@Resolver(() => DisputeType)
export class DisputeMutationsResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly reader: DisputeReader,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  private async send(viewer: Viewer | null, input: DisputeCommandInput, command: DisputeCommandPayload): Promise<DisputeView> {
    const who = requireViewer(viewer);
    const outcome = await this.commandBus.execute<ExecuteDisputeCommand, CommandOutcome>(
      // Plain data for the domain: validated input classes and absent optional fields stay behind.
      new ExecuteDisputeCommand(who, JSON.parse(JSON.stringify(command)) as DisputeCommandPayload, { expectedVersion: input.expectedVersion, commandId: input.commandId }),
    );
    await this.readYourWrites.waitFor(outcome.position);
    return this.reader.view(outcome.disputeId, who);
  }

  @Mutation(() => DisputeType, { description: 'A consumer files a claim against a merchant: the first event of a dispute.' })
  async fileClaim(@CurrentViewer() viewer: Viewer | null, @Args('input') input: FileClaimInput): Promise<DisputeView> {
    const who = requireViewer(viewer);
    const { commandId, merchantId, evidence, ...claim } = input;
    const disputeId = newDisputeId(who.accountId, commandId);
    return this.send(who, { disputeId, commandId }, { type: 'FileClaim', disputeId, merchantId, ...claim, evidence: evidence ?? [] });
  }

  @Mutation(() => DisputeType)
  attachEvidence(@CurrentViewer() viewer: Viewer | null, @Args('input') input: AttachEvidenceInput): Promise<DisputeView> {
    return this.send(viewer, input, { type: 'AttachEvidence', disputeId: input.disputeId, kind: input.kind, name: input.name, sha256: input.sha256 });
  }

  @Mutation(() => DisputeType, { description: 'A message on the written record (or, in mediation, to the mediator).' })
  postMessage(@CurrentViewer() viewer: Viewer | null, @Args('input') input: PostMessageInput): Promise<DisputeView> {
    return this.send(viewer, input, { type: 'PostMessage', disputeId: input.disputeId, messageId: randomUUID(), body: input.body, visibility: input.visibility });
  }

  @Mutation(() => DisputeType)
  acknowledgeClaim(@CurrentViewer() viewer: Viewer | null, @Args('input') input: AcknowledgeClaimInput): Promise<DisputeView> {
    return this.send(viewer, input, { type: 'AcknowledgeClaim', disputeId: input.disputeId, note: input.note });
  }

  @Mutation(() => DisputeType, { description: 'The merchant refuses the claim, with a reason.' })
  rejectClaim(@CurrentViewer() viewer: Viewer | null, @Args('input') input: RejectClaimInput): Promise<DisputeView> {
    return this.send(viewer, input, { type: 'RejectClaim', disputeId: input.disputeId, reason: input.reason });
  }

  @Mutation(() => DisputeType, { description: "The consumer escalates within the merchant: to a supervisor, then to the complaints department." })
  escalate(@CurrentViewer() viewer: Viewer | null, @Args('input') input: EscalateInput): Promise<DisputeView> {
    return this.send(viewer, input, { type: 'EscalateInternally', disputeId: input.disputeId, reason: input.reason });
  }

  @Mutation(() => DisputeType, { description: "A merchant's offer, or the consumer's counter-offer; a newer one replaces the side's live offer." })
  makeOffer(@CurrentViewer() viewer: Viewer | null, @Args('input') input: MakeOfferInput): Promise<DisputeView> {
    return this.send(viewer, input, {
      type: 'MakeOffer',
      disputeId: input.disputeId,
      offerId: randomUUID(),
      kind: input.kind,
      remedy: input.remedy,
      amount: input.amount,
      daysToCarryOut: input.daysToCarryOut,
      terms: input.terms,
    });
  }

  @Mutation(() => DisputeType)
  acceptOffer(@CurrentViewer() viewer: Viewer | null, @Args('input') input: OfferAnswerInput): Promise<DisputeView> {
    return this.send(viewer, input, { type: 'AcceptOffer', disputeId: input.disputeId, offerId: input.offerId });
  }

  @Mutation(() => DisputeType)
  rejectOffer(@CurrentViewer() viewer: Viewer | null, @Args('input') input: RejectOfferInput): Promise<DisputeView> {
    return this.send(viewer, input, { type: 'RejectOffer', disputeId: input.disputeId, offerId: input.offerId, reason: input.reason });
  }

  @Mutation(() => DisputeType, { description: 'Once the merchant had its chance in writing, and within a year of the written claim (L612-2).' })
  requestMediation(@CurrentViewer() viewer: Viewer | null, @Args('input') input: RequestMediationInput): Promise<DisputeView> {
    return this.send(viewer, input, { type: 'RequestMediation', disputeId: input.disputeId, summary: input.summary });
  }

  @Mutation(() => DisputeType, { description: 'Admin: assigns a mediator to a requested mediation.' })
  assignMediator(@CurrentViewer() viewer: Viewer | null, @Args('input') input: AssignMediatorInput): Promise<DisputeView> {
    return this.send(viewer, input, { type: 'AssignMediator', disputeId: input.disputeId, mediatorId: input.mediatorId });
  }

  @Mutation(() => DisputeType, { description: 'The mediator decides admissibility (due 3 weeks after the request, L612-2).' })
  decideAdmissibility(@CurrentViewer() viewer: Viewer | null, @Args('input') input: DecideAdmissibilityInput): Promise<DisputeView> {
    return this.send(viewer, input, { type: 'DecideAdmissibility', disputeId: input.disputeId, admissible: input.admissible, reason: input.reason, nextSteps: input.nextSteps });
  }

  @Mutation(() => DisputeType)
  proposeSettlement(@CurrentViewer() viewer: Viewer | null, @Args('input') input: ProposeSettlementInput): Promise<DisputeView> {
    return this.send(viewer, input, {
      type: 'ProposeSettlement',
      disputeId: input.disputeId,
      settlementId: randomUUID(),
      remedy: input.remedy,
      amount: input.amount,
      daysToCarryOut: input.daysToCarryOut,
      terms: input.terms,
    });
  }

  @Mutation(() => DisputeType)
  acceptSettlement(@CurrentViewer() viewer: Viewer | null, @Args('input') input: SettlementAnswerInput): Promise<DisputeView> {
    return this.send(viewer, input, { type: 'AcceptSettlement', disputeId: input.disputeId, settlementId: input.settlementId });
  }

  @Mutation(() => DisputeType)
  rejectSettlement(@CurrentViewer() viewer: Viewer | null, @Args('input') input: RejectSettlementInput): Promise<DisputeView> {
    return this.send(viewer, input, { type: 'RejectSettlement', disputeId: input.disputeId, settlementId: input.settlementId, reason: input.reason });
  }

  @Mutation(() => DisputeType, { description: 'The consumer gives an association a mandate to act for her on this dispute.' })
  grantRepresentation(@CurrentViewer() viewer: Viewer | null, @Args('input') input: GrantRepresentationInput): Promise<DisputeView> {
    return this.send(viewer, input, { type: 'GrantRepresentation', disputeId: input.disputeId, associationId: input.associationId });
  }

  @Mutation(() => DisputeType)
  revokeRepresentation(@CurrentViewer() viewer: Viewer | null, @Args('input') input: RevokeRepresentationInput): Promise<DisputeView> {
    return this.send(viewer, input, { type: 'RevokeRepresentation', disputeId: input.disputeId });
  }

  @Mutation(() => DisputeType, { description: 'The consumer confirms the agreed remedy was delivered (fulfilled: true) or reports it failed.' })
  confirmRemedy(@CurrentViewer() viewer: Viewer | null, @Args('input') input: ConfirmRemedyInput): Promise<DisputeView> {
    if (input.fulfilled) return this.send(viewer, input, { type: 'ConfirmRemedyFulfilled', disputeId: input.disputeId, note: input.note });
    const missing = [!input.failure && 'failure', !input.description && 'description'].filter((f): f is string => Boolean(f));
    if (missing.length > 0) throw badUserInput(missing.map((f) => ({ field: `input.${f}`, message: 'is required when the remedy was not fulfilled' })));
    return this.send(viewer, input, { type: 'ReportRemedyFailed', disputeId: input.disputeId, failure: input.failure!, description: input.description! });
  }

  @Mutation(() => DisputeType)
  withdrawClaim(@CurrentViewer() viewer: Viewer | null, @Args('input') input: WithdrawClaimInput): Promise<DisputeView> {
    return this.send(viewer, input, { type: 'WithdrawClaim', disputeId: input.disputeId, reason: input.reason });
  }

  @Mutation(() => DisputeType, { description: 'Ends the dispute: resolved, or unresolved with the next steps (court, small claims).' })
  closeDispute(@CurrentViewer() viewer: Viewer | null, @Args('input') input: CloseDisputeInput): Promise<DisputeView> {
    return this.send(viewer, input, { type: 'CloseDispute', disputeId: input.disputeId, outcome: input.outcome, nextSteps: input.nextSteps, summary: input.summary });
  }

  @Mutation(() => DisputeType, { description: 'The consumer rates how the dispute was handled (1–5), once it has ended.' })
  leaveFeedback(@CurrentViewer() viewer: Viewer | null, @Args('input') input: LeaveFeedbackInput): Promise<DisputeView> {
    return this.send(viewer, input, { type: 'GiveFeedback', disputeId: input.disputeId, rating: input.rating, comment: input.comment });
  }
}
