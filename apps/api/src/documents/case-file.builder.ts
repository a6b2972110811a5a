import canonicalize from 'canonicalize';
import { CASE_FILE_FORMAT, CASE_FILE_VERSION, CHAIN_ALGORITHM, type CaseFile } from '@recours/case-file';
import type { DisputeHistory } from '@recours/dispute-commands';
import { chainLinkOf, commitmentOf, eventDigest, sha256Hex, type ChainLink } from '@recours/event-store';
import type { Locale } from '@recours/locale';
import { readsHerPostcode, type Reader } from '../disputes/dispute-access';
import { TIMELINE_FACTS, type DisputeViewWithTimeline } from '../disputes/dispute-view';
import type { RightsAssessmentView } from '../rights/rights-assessment.view';

const POSTCODE = '/consumerPostcode';

/**
 * The link of her claim without her postcode for every reader but her (readsHerPostcode: the
 * merchant, a mediator, an association acting for her, the admin), as the view answers them null. Its commitment stands for it, as for an
 * erased field, so the chain still verifies offline.
 */
async function withheldPostcode(link: Extract<ChainLink, { event: unknown }>, reader: Reader): Promise<ChainLink> {
  const field = link.event.personal?.[POSTCODE];
  const data = link.event.data as Record<string, unknown>;
  if (readsHerPostcode(reader) || !field || !('salt' in field) || !(POSTCODE.slice(1) in data)) return link;
  const { consumerPostcode, ...rest } = data;
  const personal = { ...link.event.personal, [POSTCODE]: { commitment: await commitmentOf(field.salt, consumerPostcode) } };
  return { ...link, event: { ...link.event, data: rest, personal } };
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
      return visible.has(record.streamVersion) ? withheldPostcode(link, reader) : { streamVersion: link.streamVersion, hash: link.hash, digest: await eventDigest(link.event) };
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
