import type { CaseFile } from '@recours/case-file';
import { parisDateOf } from '@recours/consumer-law';
import { frenchTypography, withErasedWords, type Locale } from '@recours/locale';
import type { DisputeViewWithTimeline } from '../disputes/dispute-view';
import type { RightsAssessmentView } from '../rights/rights-assessment.view';
import { catalogueWord, longDate, money, parisDateTime } from './document-words';
import type { Block } from './pdf-document';

/** The chain's algorithm (CHAIN_ALGORITHM, which the JSON carries in English) as a French reader reads it. */
const CHAIN_ALGORITHM_FR =
  'condensé = SHA-256(JSON canonique RFC 8785 de { id, streamId, type, data, metadata }), chaque donnée personnelle de data remplacée par {"$commitment": SHA-256(RFC 8785 [sel, valeur])} ; empreinte = SHA-256(empreinte précédente ‖ condensé) sur les octets bruts, la première empreinte précédente étant 32 octets nuls. Un événement que le demandeur ne peut pas voir n’y figure que par son condensé.';

/** The parties by name (null: not known, or no mediator yet). */
export interface CaseFileParties {
  consumer: string | null;
  merchant: string | null;
  mediator: string | null;
}

/**
 * The case file as a person reads it, in the reader's language: dates written out, times in
 * Paris (where the dispute's dates are kept), amounts in the reader's style, and each code
 * (remedy, status, deadline, event) in the web app's words. The PDF carries the JSON, which the verifier checks.
 */
export function caseFileBlocks(file: CaseFile, dispute: DisputeViewWithTimeline, rights: RightsAssessmentView, locale: Locale, parties: CaseFileParties): { title: string; blocks: Block[] } {
  // Erased words read as such, in the reader's language (the JSON carried keeps the marker the chain commits to).
  const view = withErasedWords(dispute, locale);
  const named = withErasedWords(parties, locale);
  // French as the catalogue prints it (a narrow no-break space before : ; and inside « »); people's own words stay as written.
  const t = (fr: string, en: string) => (locale === 'fr' ? frenchTypography(fr) : en);
  const colon = t(' : ', ': ');
  const date = (day: string) => longDate(day, locale);
  const word = (key: string) => t(catalogueWord(key, 'fr', ''), catalogueWord(key, 'en', ''));
  const p = view.product;
  // The rights assessed are the consumer's: hers (and her association's) to read as « vos droits ».
  const consumerSide = file.requester === 'CONSUMER' || file.requester === 'ASSOCIATION';
  const exportedOn = date(parisDateOf(file.exportedAt));
  // How a person checks the file: the web app's page, by the name its menu gives it (the developer's command is in the README).
  const verifyPage = { fr: catalogueWord('nav.verify', 'fr', ''), en: catalogueWord('nav.verify', 'en', '') };
  const offer = (o: DisputeViewWithTimeline['offers'][number]) => {
    const what = o.kind === 'PAID_REPAIR_QUOTE' ? word('offer.kind.PAID_REPAIR_QUOTE') : word(`remedy.${o.remedy}`);
    const amount = o.amount ? ` (${money(o.amount, locale)})` : '';
    return `${date(parisDateOf(o.madeAt))} — ${what}${amount}, ${word(`offerStatus.${o.status}`).toLowerCase()}${o.terms ? `${colon}${o.terms}` : ''}`;
  };
  const blocks: Block[] = [
    { kind: 'title', text: t('Dossier du litige', 'Case file') },
    {
      kind: 'small',
      text: t(
        `Exporté le ${parisDateTime(file.exportedAt, locale)} (heure de Paris). Pour vérifier qu’il n’a pas été modifié, ouvrez sur recours la page « ${verifyPage.fr} » et choisissez ce fichier : chaque événement y est comparé à son empreinte (la chaîne d’empreintes ci-dessous), et l’empreinte de tête peut l’être à un export plus récent du même litige.`,
        `Exported on ${parisDateTime(file.exportedAt, locale)} (Paris time). To check that it has not been altered, open the “${verifyPage.en}” page on recours and choose this file: each event is compared with its fingerprint (the hash chain below), and the head hash can be compared with a later export of the same dispute.`,
      ),
    },
    { kind: 'heading', text: t('Les parties', 'The parties') },
    {
      kind: 'paragraph',
      text: [
        [t('Consommateur', 'Consumer'), named.consumer],
        [t('Professionnel (vendeur)', 'Merchant (seller)'), named.merchant],
        [t('Médiateur', 'Mediator'), named.mediator],
      ]
        .filter(([, name]) => name)
        .map(([role, name]) => `${role}${colon}${name}`)
        .join('\n'),
    },
    { kind: 'heading', text: t('La réclamation', 'The claim') },
    {
      kind: 'paragraph',
      text: `${p.brand} ${p.name}${p.model ? ` (${p.model})` : ''} — ${money(view.purchase.price, locale)}, ${t('acheté le', 'bought on')} ${date(view.purchase.purchasedOn)}, ${t('livré le', 'delivered on')} ${date(view.purchase.deliveredOn)}.`,
    },
    { kind: 'paragraph', text: view.problem.description },
    ...view.problem.chronology.map((c): Block => ({ kind: 'paragraph', text: `${date(c.on)} — ${c.what}` })),
    { kind: 'heading', text: t('Historique du dossier (heure de Paris)', 'Timeline (Paris time)') },
    ...view.timeline.map((e): Block => ({ kind: 'paragraph', text: `${parisDateTime(e.at, locale)} — ${e.text}` })),
    { kind: 'heading', text: t('Propositions', 'Offers') },
    ...(view.offers.length ? view.offers.map((o): Block => ({ kind: 'paragraph', text: offer(o) })) : [{ kind: 'paragraph', text: t('Aucune.', 'None.') } as Block]),
    { kind: 'heading', text: t('Délais', 'Deadlines') },
    ...(view.deadlines.length
      ? view.deadlines.map((d): Block => ({ kind: 'paragraph', text: `${word(`deadline.${d.kind}`)}${colon}${t('au plus tard le', 'by')} ${date(d.dueOn)} (${word(`owedBy.${d.owedBy}`)})` }))
      : [{ kind: 'paragraph', text: t('Aucun en cours.', 'None running.') } as Block]),
    { kind: 'heading', text: t('Pièces', 'Evidence') },
    ...(view.evidence.length ? view.evidence.map((e): Block => ({ kind: 'paragraph', text: `${e.name} — SHA-256 ${e.sha256}` })) : [{ kind: 'paragraph', text: t('Aucune.', 'None.') } as Block]),
    { kind: 'heading', text: consumerSide ? t(`Vos droits au ${exportedOn}`, `Your rights on ${exportedOn}`) : t(`Les droits du consommateur au ${exportedOn}`, `The consumer’s rights on ${exportedOn}`) },
    ...(rights.legalWarranty ? [{ kind: 'paragraph', text: `${t('Garantie légale de conformité jusqu’au', 'Legal conformity warranty until')} ${date(rights.legalWarranty.expiresOn)} (${rights.legalWarranty.basis})` } as Block] : []),
    // The rights engine's sentences are ours, written with plain spaces (each surface typesets them): set here as the rest.
    ...(rights.nextStep ? [{ kind: 'paragraph', text: locale === 'fr' ? frenchTypography(rights.nextStep) : rights.nextStep } as Block] : []),
    { kind: 'heading', text: t('Chaîne d’empreintes', 'Hash chain') },
    { kind: 'small', text: t(CHAIN_ALGORITHM_FR, file.chain.algorithm) },
    ...file.chain.events.map((l): Block => ({ kind: 'small', text: `#${l.streamVersion} ${'event' in l ? word(`event.${l.event.type}`) : t('(non visible pour vous)', '(not visible to you)')} ${l.hash}` })),
    { kind: 'paragraph', text: `${t('Empreinte de tête', 'Head hash')}${colon}${file.chain.headHash}` },
  ];
  return { title: t('Dossier du litige', 'Case file'), blocks };
}
