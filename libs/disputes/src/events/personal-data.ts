import type { Actor } from '../values/actor';
import type { PersonalFields } from './personal-fields';
import type { DisputeEvent, DisputeEventType } from './dispute-event';
import { CLAIM_PERSONAL_FIELDS } from '../claim/claim.events';
import { ANSWERS_PERSONAL_FIELDS } from '../answers/answers.events';
import { ESCALATION_PERSONAL_FIELDS } from '../escalation/escalation.events';
import { FORMAL_NOTICE_PERSONAL_FIELDS } from '../formal-notice/formal-notice.events';
import { OFFERS_PERSONAL_FIELDS } from '../offers/offers.events';
import { MEDIATION_PERSONAL_FIELDS } from '../mediation/mediation.events';
import { REMEDY_PERSONAL_FIELDS } from '../remedy/remedy.events';
import { REPRESENTATION_PERSONAL_FIELDS } from '../representation/representation.events';
import { CLOSURE_PERSONAL_FIELDS } from '../closure/closure.events';
import { FEEDBACK_PERSONAL_FIELDS } from '../feedback/feedback.events';
import { DEADLINES_PERSONAL_FIELDS } from '../deadlines/deadlines.events';
import { TEAM_PERSONAL_FIELDS } from '../team/team.events';
import { RETENTION_PERSONAL_FIELDS } from '../retention/retention.events';


/**
 * The personal fields of every event, composed from the sub-domains' declarations. The store
 * hashes these fields as salted commitments, so that erasing one later (by destroying its
 * subject's key) leaves the dispute's hash chain valid.
 */
export const PERSONAL_FIELDS: { readonly [T in DisputeEventType]: readonly string[] } = {
  ...CLAIM_PERSONAL_FIELDS,
  ...ANSWERS_PERSONAL_FIELDS,
  ...ESCALATION_PERSONAL_FIELDS,
  ...FORMAL_NOTICE_PERSONAL_FIELDS,
  ...OFFERS_PERSONAL_FIELDS,
  ...MEDIATION_PERSONAL_FIELDS,
  ...REMEDY_PERSONAL_FIELDS,
  ...REPRESENTATION_PERSONAL_FIELDS,
  ...CLOSURE_PERSONAL_FIELDS,
  ...FEEDBACK_PERSONAL_FIELDS,
  ...DEADLINES_PERSONAL_FIELDS,
  ...TEAM_PERSONAL_FIELDS,
  ...RETENTION_PERSONAL_FIELDS,
};

/**
 * Whose personal data an event's personal fields are (the key that seals them, and that erasure
 * destroys): the words of whoever wrote them. The consumer's claim and her messages are hers (a
 * claim is filed by the consumer herself); a merchant agent's answer, a mediator's reasons, an
 * association's message are their author's, and stay readable when the consumer is erased. Text
 * the system writes (none today) would be the consumer's, as it is about her dispute.
 */
export function dataSubjectOf(event: DisputeEvent, actor: Actor, consumerId: string | undefined): string | undefined {
  if (event.type === 'ClaimFiled') return event.data.consumerId;
  return actor.kind === 'SYSTEM' ? consumerId : actor.id;
}

/** The JSON pointers (RFC 6901) of the personal fields this event actually holds. */
export function personalPointers(event: DisputeEvent): string[] {
  const pointers: string[] = [];
  for (const path of PERSONAL_FIELDS[event.type]) expand(event.data, path.split('/').slice(1), '', pointers);
  return pointers;
}

function expand(node: unknown, keys: string[], at: string, into: string[]): void {
  if (node === undefined || node === null) return;
  if (keys.length === 0) {
    into.push(at);
    return;
  }
  const [key, ...rest] = keys;
  if (key === '*') {
    if (Array.isArray(node)) node.forEach((item, i) => expand(item, rest, `${at}/${i}`, into));
    return;
  }
  if (typeof node === 'object' && Object.hasOwn(node, key)) {
    expand((node as Record<string, unknown>)[key], rest, `${at}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, into);
  }
}
