import canonicalize from 'canonicalize';
import { CASE_FILE_FORMAT, CASE_FILE_VERSION, CHAIN_ALGORITHM, type CaseFile } from '@recours/case-file';
import type { DisputeHistory } from '@recours/dispute-commands';
import { chainLinkOf, commitmentOf, eventDigest, sha256Hex, type ChainLink } from '@recours/event-store';
import type { Locale } from '@recours/locale';
import { withheldFields } from '@recours/disputes';
import type { Reader } from '../disputes/dispute-access';
import { TIMELINE_FACTS, type DisputeViewWithTimeline } from '../disputes/dispute-view';
import type { RightsAssessmentView } from '../rights/rights-assessment.view';

/**
 * The link of an event without the fields its reader does not read (withheldFields, the rule of
 * the view: her postcode for every reader but her, a legal hold's reason for every reader but the
 * admin), as the view answers them null. Each is one of the event's personal fields: its
 * commitment stands for it, as for an erased field, so the chain still verifies offline.
 */
async function withheld(link: Extract<ChainLink, { event: unknown }>, reader: Reader): Promise<ChainLink> {
  const data = link.event.data as Record<string, unknown>;
  const fields = withheldFields(link.event.type, reader).filter((field) => field in data);
  if (fields.length === 0) return link;
  const kept = { ...data };
  const personal = { ...link.event.personal };
  for (const field of fields) {
    const pointer = `/${field}`;
    const sealed = personal[pointer];
    // Erased already, its commitment is there; an event stored before fields were sealed (npm run
    // events:encrypt seals them) has none to give: the field stays out all the same, and that link
    // no longer verifies, rather than handing a reader what is not hers.
    if (sealed && 'salt' in sealed) personal[pointer] = { commitment: await commitmentOf(sealed.salt, kept[field]) };
    delete kept[field];
  }
  return { ...link, event: { ...link.event, data: kept, personal } };
}

/**
 * The case file of one party: the dispute as that party reads it (the view the API answers),
 * the rights of the day, and every event's link of the chain: in full when the party may see the
 * event, by its digest alone otherwise (a mediator's private note), so the chain stays whole.
 */
export async function buildCaseFile(history: DisputeHistory, view: DisputeViewWithTimeline, reader: Reader, rights: RightsAssessmentView, locale: Locale, now: Date): Promise<CaseFile> {
  // The chain is the stream's, whole (a court recomputes it): its links go by the stream's versions.
  const visible = new Set(view[TIMELINE_FACTS].map((fact) => fact.streamVersion));
  const events: ChainLink[] = await Promise.all(
    history.records.map(async (record) => {
      const link = chainLinkOf(record);
      return visible.has(record.streamVersion) ? withheld(link, reader) : { streamVersion: link.streamVersion, hash: link.hash, digest: await eventDigest(link.event) };
    }),
  );
  const streamId = history.records[0]?.streamId ?? `dispute-${view.id}`;
  // Through JSON, so the seal covers exactly what the file holds (no undefined, no symbol).
  const file = JSON.parse(
    JSON.stringify({
      format: CASE_FILE_FORMAT,
      version: CASE_FILE_VERSION,
      exportedAt: now.toISOString(),
      locale,
      requester: reader,
      dispute: view,
      rights,
      chain: { algorithm: CHAIN_ALGORITHM, streamId, events, headHash: events.at(-1)?.hash ?? '' },
    }),
  ) as CaseFile;
  return { ...file, seal: { algorithm: 'SHA-256 of RFC 8785 of the file without its seal', sha256: await sha256Hex(canonicalize(file) as string) } };
}
