import { Injectable, Logger } from '@nestjs/common';
import type { DisputeEvent } from '@recours/disputes';
import { isUuid } from '@recours/event-store';
import type { Locale } from '@recours/locale';
import { describeEvent, quotedWords } from '@recours/read-models';
import { AccountNames } from '../../accounts/account-names';
import { AccountsService } from '../../accounts/accounts.service';
import { Associations } from '../../associations/associations';
import { TIMELINE_FACTS, type DisputeView } from '../dispute-view';
import type { TimelineEntryType } from '../graphql/dispute.types';

/** The association an event names, if any (a mandate or advice given or ended). */
function associationNamedBy(event: DisputeEvent): string | undefined {
  if (event.type === 'RepresentationGranted' || event.type === 'RepresentationRevoked' || event.type === 'RepresentationRenounced' || event.type === 'RepresentationEnded' || event.type === 'SharedForAdvice' || event.type === 'SharingForAdviceEnded') return event.data.associationId;
  return undefined;
}

/** The accounts a sentence about this event may name: who acted, for whom, and whom it names. */
function accountsNamedBy(event: DisputeEvent): string[] {
  const ids = [event.data.by.id, event.data.onBehalfOf, associationNamedBy(event)];
  if (event.type === 'MediatorAssigned') ids.push(event.data.mediatorId, event.data.replacedMediatorId);
  if (event.type === 'CaseAssigned') ids.push(event.data.agentId, event.data.previousAgentId);
  if (event.type === 'CaseUnassigned') ids.push(event.data.agentId);
  // Only accounts' ids: the deadline process and other system actors have ids of their own kind.
  return ids.filter(isUuid);
}

/**
 * A dispute's timeline as its reader reads it: the facts the view kept, in the reader's language,
 * with people named (display names, the merchant's name, an association by its directory name),
 * never by their ids. The names come from AccountNames (remembered, dropped on erasure or a change
 * in any process), else one query for the whole timeline; one rendering per view and language: the live updates share
 * one view among all the watchers of a kind (DisputeViews), so 1,500 watchers cost one rendering.
 */
@Injectable()
export class DisputeTimelineText {
  private readonly rendered = new WeakMap<DisputeView, Map<Locale, Promise<TimelineEntryType[]>>>();

  private readonly logger = new Logger('DisputeTimeline');

  constructor(
    private readonly accounts: AccountsService,
    private readonly names: AccountNames,
    private readonly associations: Associations,
  ) {}

  render(view: DisputeView, locale: Locale): Promise<TimelineEntryType[]> {
    let byLocale = this.rendered.get(view);
    if (!byLocale) this.rendered.set(view, (byLocale = new Map()));
    let entries = byLocale.get(locale);
    if (!entries) {
      entries = this.renderOnce(view, locale);
      byLocale.set(locale, entries);
      entries.catch(() => byLocale.delete(locale)); // a failed lookup is tried again by the next reader
    }
    return entries;
  }

  private async renderOnce(view: DisputeView, locale: Locale): Promise<TimelineEntryType[]> {
    const facts = view[TIMELINE_FACTS];
    const ids = [...new Set(facts.flatMap((fact) => accountsNamedBy(fact.event)))];
    // Names make the history easier to read, never necessary: without them it names roles.
    const associationIds = [...new Set(facts.map((fact) => associationNamedBy(fact.event)).filter(isUuid))];
    const [accounts, merchants, associations] = await Promise.all([
      ids.length > 0 ? this.names.of(ids).then((found) => [...found.values()]) : [],
      this.accounts.findMerchants([view.merchantId]),
      associationIds.length > 0 ? this.associations.findMany(associationIds) : [],
    ]).catch((error: unknown) => {
      this.logger.warn(`timeline written without names: ${(error as Error).message}`);
      return [[], [], []] as const;
    });
    // An association is named as the directory shows it (its profile's name, else its account's).
    const displayNames = new Map([...accounts.map((account) => [account.id, account.displayName] as const), ...associations.map((association) => [association.id, association.name] as const)]);
    const names = { of: (id: string) => displayNames.get(id), merchant: merchants[0]?.name };
    const languages = new Map(accounts.map((account) => [account.id, account.locale]));
    return facts.map((fact) => ({
      version: fact.version,
      at: fact.at,
      type: fact.event.type,
      // Read as of the view's moment: a date passed by then is told in the past.
      text: describeEvent(fact.event, locale, names, view.asOf.toISOString()),
      quoted: quotedWords(fact.event),
      quotedLanguage: languages.get(fact.event.data.by.id) ?? null,
    }));
  }
}
