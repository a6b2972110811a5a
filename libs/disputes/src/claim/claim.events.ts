import type { ClaimDetails } from '../values/claim';
import type { Evidence } from '../values/evidence';
import type { Instant } from '../values/instant';
import type { MessageVisibility } from '../values/message-visibility';
import { REMEDIES } from '../values/remedy';
import type { DisputePolicy } from '../policy';
import type { Dispute } from '../state';
import type { DisputeEventOf, EventContext } from '../events/event-envelope';
import type { Evolution, SchemaVersions } from '../events/evolution';
import type { PersonalFields } from '../events/personal-fields';
import type { ReadersOf } from '../events/event-readers';
import { notify, lastDayOf, type NotificationsOf } from '../events/notification-intent';

/** `at` is the filing instant. The policy is a snapshot: later default changes do not apply. */
export type ClaimFiled = DisputeEventOf<
  'ClaimFiled',
  EventContext &
    ClaimDetails & {
      consumerId: string;
      merchantId: string;
      evidence: Evidence[];
      policy: DisputePolicy;
      merchantResponseDueAt: Instant;
      /**
       * Her French postcode, when she gave it: her deadlines are counted in her place's days (public
       * holidays, midnight). Optional, so claims filed before it read as before (v1 unchanged).
       */
      consumerPostcode?: string;
    }
>;

export type EvidenceAttached = DisputeEventOf<'EvidenceAttached', EventContext & Evidence>;

export type MessagePosted = DisputeEventOf<
  'MessagePosted',
  EventContext & { messageId: string; body: string; visibility: MessageVisibility }
>;

export type ClaimEvent = ClaimFiled | EvidenceAttached | MessagePosted;

export const CLAIM_EVENT_VERSIONS = { ClaimFiled: 1, EvidenceAttached: 1, MessagePosted: 1 } as const satisfies SchemaVersions<ClaimEvent>;

/** What a person wrote or what identifies them, per event (erasure and sealing: events/personal-data.ts). */
export const CLAIM_PERSONAL_FIELDS = {
  ClaimFiled: ['/problem/description', '/problem/chronology/*/what', '/evidence/*/name', '/product/serialNumber', '/purchase/orderReference', '/consumerPostcode'],
  EvidenceAttached: ['/name'],
  MessagePosted: ['/body'],
} as const satisfies PersonalFields<ClaimEvent>;

/** Who reads each event (events/visibility.ts). */
export const CLAIM_READERS = { ClaimFiled: 'SHARED', EvidenceAttached: 'SHARED', MessagePosted: 'AS_ADDRESSED' } as const satisfies ReadersOf<ClaimEvent>;

/** Whom each event tells (events/notification-intent.ts); null: nobody. */
export const CLAIM_NOTIFICATIONS: NotificationsOf<ClaimEvent> = {
  ClaimFiled: (event) => notify('CLAIM_FILED', ['MERCHANT'], { requestedRemedy: event.data.requestedRemedy, dueOn: lastDayOf(event.data.merchantResponseDueAt) }),
  EvidenceAttached: null,
  // The body stays on recours: only who may read the message hears of it (see recipients).
  MessagePosted: (event) => notify('MESSAGE_POSTED', ['CONSUMER_SIDE', 'MERCHANT', 'MEDIATOR'], { visibility: event.data.visibility }),
};

/** The dispute a filing opens: the merchant owes the first answer. */
export function openedBy({ data: d }: ClaimFiled): Dispute {
  return {
    filed: true,
    disputeId: d.disputeId,
    consumerId: d.consumerId,
    merchantId: d.merchantId,
    claim: {
      product: d.product,
      purchase: d.purchase,
      ...(d.commercialWarranty && { commercialWarranty: d.commercialWarranty }),
      problem: d.problem,
      requestedRemedy: d.requestedRemedy,
      ...(d.priorWrittenComplaintOn && { priorWrittenComplaintOn: d.priorWrittenComplaintOn }),
      ...(d.amountClaimed && { amountClaimed: d.amountClaimed }),
    },
    ...(d.consumerPostcode && { consumerPostcode: d.consumerPostcode }),
    policy: d.policy,
    filedAt: d.at,
    lastEventAt: d.at,
    evidence: d.evidence.map((e) => ({ ...e, at: d.at, by: d.by })),
    formalNotices: [],
    messages: [],
    negotiationTurn: 'MERCHANT',
    acknowledgedAt: null,
    merchantResponse: { dueAt: d.merchantResponseDueAt, overdue: false },
    merchantHadChance: false,
    escalation: { level: 'FRONT_DESK', levelHadChance: false, answeredAtLevel: false, history: [] },
    rejection: null,
    offers: [],
    remediesAvailable: [...REMEDIES],
    agreement: null,
    remedyHistory: [],
    mediation: null,
    mandate: null,
    reminders: [],
    closure: null,
    withdrawal: null,
    feedback: null,
  };
}

/** The record both sides build: evidence and messages (ClaimFiled opens the dispute: see `openedBy`). */
export const claimEvolution: Evolution<Exclude<ClaimEvent, ClaimFiled>> = {
  EvidenceAttached(s, event) {
    const { kind, name, sha256, file, at, by } = event.data;
    return { ...s, evidence: [...s.evidence, { kind, name, sha256, ...(file && { file }), at, by }] };
  },
  MessagePosted(s, event) {
    const { messageId, body, visibility, at, by, onBehalfOf } = event.data;
    return { ...s, messages: [...s.messages, { messageId, body, visibility, at, by, ...(onBehalfOf && { onBehalfOf }) }] };
  },
};
