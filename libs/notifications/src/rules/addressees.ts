import { readsEvent, type Dispute, type DisputeEvent, type TimelineViewer, type NotificationIntent } from '@recours/disputes';

/** An account a notification goes to, and the part it reads the dispute as. */
export interface Addressee {
  accountId: string;
  as: TimelineViewer | 'ADMIN';
}

/** Accounts the dispute itself does not name: the merchant's agents, the platform's admins. */
export interface KnownAccounts {
  merchantAgents: readonly string[];
  /** The merchant's owner and supervisors (team roles); absent: every agent leads. */
  merchantLeads?: readonly string[];
  /** Its supervisors only; absent: its leads. */
  merchantSupervisors?: readonly string[];
  admins: readonly string[];
}

/**
 * The accounts an intent reaches: each audience addressed, then only those who can read the
 * event in the dispute (a private message reaches its side and the mediator, never the other
 * side), and never whoever acted. Each account once.
 */
export function addressees(intent: NotificationIntent, event: DisputeEvent, dispute: Dispute, before: Dispute | undefined, known: KnownAccounts): Addressee[] {
  const found: Addressee[] = [];
  const mandate = dispute.mandate ?? null;
  // The agent who has the case, while she is still one of the merchant's (an agent removed or
  // erased hears nothing more, even before her cases are back in the queue).
  const assignee = dispute.assignment && known.merchantAgents.includes(dispute.assignment.agentId) ? dispute.assignment.agentId : null;
  for (const audience of intent.audiences) {
    switch (audience) {
      case 'CONSUMER_SIDE':
        found.push({ accountId: dispute.consumerId, as: 'CONSUMER' });
        if (mandate) found.push({ accountId: mandate.associationId, as: 'ASSOCIATION' });
        break;
      case 'MERCHANT':
        for (const agent of known.merchantAgents) found.push({ accountId: agent, as: 'MERCHANT' });
        break;
      case 'MERCHANT_SUPERVISORS':
      case 'MERCHANT_LEADS': {
        const leads = known.merchantLeads ?? known.merchantAgents;
        const supervisors = known.merchantSupervisors ?? leads;
        // A team without supervisors sends the first level to its owner.
        const level = audience === 'MERCHANT_LEADS' || supervisors.length === 0 ? leads : supervisors;
        for (const lead of level) found.push({ accountId: lead, as: 'MERCHANT' });
        if (assignee) found.push({ accountId: assignee, as: 'MERCHANT' });
        break;
      }
      case 'ASSIGNEE':
        if (assignee) found.push({ accountId: assignee, as: 'MERCHANT' });
        break;
      case 'MEDIATOR':
        if (dispute.mediation?.mediatorId) found.push({ accountId: dispute.mediation.mediatorId, as: 'MEDIATOR' });
        break;
      case 'REPLACED_MEDIATOR':
        if (event.type === 'MediatorAssigned' && event.data.replacedMediatorId) found.push({ accountId: event.data.replacedMediatorId, as: 'MEDIATOR' });
        break;
      case 'ASSOCIATION': {
        // A revoked mandate is news for the association that held it.
        const holder = mandate ?? before?.mandate ?? null;
        if (holder) found.push({ accountId: holder.associationId, as: 'ASSOCIATION' });
        break;
      }
      case 'ADVISER':
        // The association the consumer shares the dispute with for advice, or stops sharing it with.
        if (event.type === 'SharedForAdvice' || event.type === 'SharingForAdviceEnded') found.push({ accountId: event.data.associationId, as: 'ASSOCIATION' });
        break;
      case 'ADMINS':
        for (const admin of known.admins) found.push({ accountId: admin, as: 'ADMIN' });
        break;
    }
  }
  const seen = new Set<string>([event.data.by.id]);
  return found.filter((a) => {
    if (seen.has(a.accountId)) return false;
    // The rule every read applies: an association hears of an event meant for one association only when it is named.
    if (!readsEvent(a.as, event, a.accountId)) return false;
    seen.add(a.accountId);
    return true;
  });
}
