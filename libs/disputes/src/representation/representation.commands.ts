import type { DisputeCommandOf } from '../commands/command-envelope';
import { DomainError } from '../errors';
import { z } from 'zod';
import { accountId } from '../validation/input';
import { noGuard, type RulesOf } from '../commands/command-rules';
import { contextOf } from '../parties';
import { recorded } from '../events/recorded';
import type { Dispute } from '../state';
import type { MandateDocument } from '../values/evidence';
import { reason, signedMandate, withoutAbsent } from '../validation/shapes';

export type GrantRepresentation = DisputeCommandOf<'GrantRepresentation', { associationId: string; document?: MandateDocument }>;

export type RevokeRepresentation = DisputeCommandOf<'RevokeRepresentation'>;

/** The association holding the mandate gives it up (C. civ. art. 2007), saying why to the consumer. */
export type RenounceRepresentation = DisputeCommandOf<'RenounceRepresentation', { reason: string }>;

/** The consumer lets an association read the dispute, to advise her, before any mandate. */
export type ShareForAdvice = DisputeCommandOf<'ShareForAdvice', { associationId: string }>;

export type StopSharingForAdvice = DisputeCommandOf<'StopSharingForAdvice', { associationId: string }>;

export type RepresentationCommand = GrantRepresentation | RevokeRepresentation | RenounceRepresentation | ShareForAdvice | StopSharingForAdvice;

const sharedWith = (dispute: Dispute, associationId: string) => (dispute.advisers ?? []).some((a) => a.associationId === associationId);

/** Who may send each command, when, with what payload, and what it records. */
export const representationRules: RulesOf<RepresentationCommand> = {
  /** The consumer, in person, gives one association a mandate on this dispute. */
  GrantRepresentation: {
    roles: ['CONSUMER'],
    guard: (dispute) =>
      dispute.mandate
        ? new DomainError('MANDATE_ALREADY_GRANTED', { associationId: dispute.mandate.associationId })
        : null,
    payload: z.object({ associationId: accountId('ASSOCIATION').describe('The consumer association given the mandate.'), document: signedMandate.optional() }),
    mutation: { name: 'grantRepresentation', description: 'The consumer gives an association a mandate to act for her on this dispute, with the signed mandate as an upload if she has one (fileId).' },
    decide: (c, dispute, party, at) => [
      recorded(
        'RepresentationGranted',
        contextOf(dispute, party, at),
        withoutAbsent({ associationId: c.associationId, document: c.document && { name: c.document.name, sha256: c.document.sha256, file: { id: c.document.file.id, contentType: c.document.file.contentType, size: c.document.file.size } } }),
      ),
    ],
  },
  /**
   * The consumer ends the mandate; from then on the association cannot act, nor read the dispute.
   * At any time (mandate.lead says so), after the end too: a mandate on a closed dispute would
   * otherwise let the association read it, and list her as its member, for good.
   */
  RevokeRepresentation: {
    roles: ['CONSUMER'],
    allowedWhenEnded: true,
    guard: (dispute) => (dispute.mandate ? null : new DomainError('NO_MANDATE_TO_REVOKE')),
    payload: z.object({}),
    mutation: { name: 'revokeRepresentation', description: 'The consumer ends the mandate; from then on the association cannot act.' },
    decide: (_c, dispute, party, at) => [
      recorded('RepresentationRevoked', contextOf(dispute, party, at), { associationId: dispute.mandate!.associationId }),
    ],
  },
  /**
   * The association holding the mandate renounces it (C. civ. art. 2007: the mandataire may
   * renounce, notifying the mandant): from then on, as after a revocation, it can neither act nor
   * read the dispute, and the consumer acts herself again or gives another association a mandate.
   * Only the holder: another association is not a party (identify answers NO_MANDATE), the
   * consumer revokes instead. After the end too, like a revocation: otherwise a mandate on a
   * closed dispute would keep the association reading it, and listed as its member, for good.
   * The reason is owed to the consumer (art. 2007 al. 2: a renunciation must not harm her), so it
   * is required; it stays on the consumer's side (REPRESENTATION_READERS). Recorded with it,
   * RepresentationEnded tells every party that the association no longer represents her, and
   * nothing of why.
   */
  RenounceRepresentation: {
    roles: ['ASSOCIATION'],
    allowedWhenEnded: true,
    guard: (dispute, party) =>
      dispute.mandate?.associationId === party.actor.id ? null : new DomainError('NO_MANDATE'),
    payload: z.object({ reason: reason().describe('Why the association renounces the mandate, told to the consumer.') }),
    mutation: {
      name: 'renounceRepresentation',
      description: 'The association holding the mandate renounces it (Article 2007 of the French Civil Code), with its reason, told to the consumer: from then on it can neither act on nor read the dispute.',
    },
    decide: (c, dispute, party, at) => [
      recorded('RepresentationRenounced', contextOf(dispute, party, at), { associationId: dispute.mandate!.associationId, reason: c.reason }),
      recorded('RepresentationEnded', contextOf(dispute, party, at), { associationId: dispute.mandate!.associationId }),
    ],
  },
  /**
   * The consumer, in person, lets an association read the dispute to advise her: it reads what
   * she reads, and may not act (no mandate). Several may advise at once.
   */
  ShareForAdvice: {
    roles: ['CONSUMER'],
    guard: noGuard,
    payload: z.object({ associationId: accountId('ASSOCIATION').describe('The consumer association that may read the dispute, to advise.') }),
    mutation: { name: 'shareDisputeForAdvice', description: 'The consumer lets an association read this dispute, to advise her, without a mandate: it cannot act. She may stop at any time.' },
    decide: (c, dispute, party, at) =>
      sharedWith(dispute, c.associationId) || dispute.mandate?.associationId === c.associationId
        ? new DomainError('ALREADY_SHARED')
        : [recorded('SharedForAdvice', contextOf(dispute, party, at), { associationId: c.associationId })],
  },
  /** The consumer stops sharing: from then on the association reads nothing of the dispute (after it ended too). */
  StopSharingForAdvice: {
    roles: ['CONSUMER'],
    allowedWhenEnded: true,
    guard: (dispute) => ((dispute.advisers ?? []).length > 0 ? null : new DomainError('NOT_SHARED')),
    payload: z.object({ associationId: accountId('ASSOCIATION').describe('An association the dispute is shared with for advice.') }),
    mutation: { name: 'stopSharingDisputeForAdvice', description: 'The consumer stops sharing this dispute with an association: it no longer reads it.' },
    decide: (c, dispute, party, at) =>
      sharedWith(dispute, c.associationId) ? [recorded('SharingForAdviceEnded', contextOf(dispute, party, at), { associationId: c.associationId })] : new DomainError('NOT_SHARED'),
  },
};
