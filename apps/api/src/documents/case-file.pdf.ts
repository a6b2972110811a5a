import type { CaseFile } from '@recours/case-file';
import { withErasedWords, type Locale } from '@recours/locale';
import type { DisputeViewWithTimeline } from '../disputes/dispute-view';
import type { RightsAssessmentView } from '../rights/rights-assessment.view';
import type { Block } from './pdf-document';

/** The case file as a person reads it; the PDF carries the JSON, which the verifier checks. */
export function caseFileBlocks(file: CaseFile, dispute: DisputeViewWithTimeline, rights: RightsAssessmentView, locale: Locale): { title: string; blocks: Block[] } {
  // Erased words read as such, in the reader's language (the JSON carried keeps the marker the chain commits to).
  const view = withErasedWords(dispute, locale);
  const t = (fr: string, en: string) => (locale === 'fr' ? fr : en);
  const p = view.product;
  const blocks: Block[] = [
    { kind: 'title', text: t('Dossier du litige', 'Case file') },
    { kind: 'small', text: t(`Exporté le ${file.exportedAt}. Vérifiable sur la page /verify de recours ou par npm run verify:case-file.`, `Exported on ${file.exportedAt}. Check it on recours's /verify page or with npm run verify:case-file.`) },
    { kind: 'heading', text: t('La réclamation', 'The claim') },
    { kind: 'paragraph', text: `${p.brand} ${p.name}${p.model ? ` (${p.model})` : ''} — ${view.purchase.price.amount} ${view.purchase.price.currency}, ${t('acheté le', 'bought on')} ${view.purchase.purchasedOn}, ${t('livré le', 'delivered on')} ${view.purchase.deliveredOn}.` },
    { kind: 'paragraph', text: view.problem.description },
    ...view.problem.chronology.map((c): Block => ({ kind: 'paragraph', text: `${c.on} — ${c.what}` })),
    { kind: 'heading', text: t('Chronologie du dossier', 'Timeline') },
    ...view.timeline.map((e): Block => ({ kind: 'paragraph', text: `${e.at.slice(0, 16).replace('T', ' ')} — ${e.text}` })),
    { kind: 'heading', text: t('Offres', 'Offers') },
    ...(view.offers.length ? view.offers.map((o): Block => ({ kind: 'paragraph', text: `${o.madeAt.slice(0, 10)} — ${o.remedy} (${o.status}): ${o.terms}` })) : [{ kind: 'paragraph', text: t('Aucune.', 'None.') } as Block]),
    { kind: 'heading', text: t('Délais', 'Deadlines') },
    ...(view.deadlines.length ? view.deadlines.map((d): Block => ({ kind: 'paragraph', text: `${d.kind}: ${d.dueOn} (${d.owedBy})` })) : [{ kind: 'paragraph', text: t('Aucun en cours.', 'None running.') } as Block]),
    { kind: 'heading', text: t('Pièces', 'Evidence') },
    ...(view.evidence.length ? view.evidence.map((e): Block => ({ kind: 'paragraph', text: `${e.name} — SHA-256 ${e.sha256}` })) : [{ kind: 'paragraph', text: t('Aucune.', 'None.') } as Block]),
    { kind: 'heading', text: t(`Vos droits au ${file.exportedAt.slice(0, 10)}`, `Your rights on ${file.exportedAt.slice(0, 10)}`) },
    ...(rights.legalWarranty ? [{ kind: 'paragraph', text: `${t('Garantie légale de conformité jusqu’au', 'Legal guarantee of conformity until')} ${rights.legalWarranty.expiresOn} (${rights.legalWarranty.basis})` } as Block] : []),
    ...(rights.nextStep ? [{ kind: 'paragraph', text: rights.nextStep } as Block] : []),
    { kind: 'heading', text: t('Chaîne d’empreintes', 'Hash chain') },
    { kind: 'small', text: file.chain.algorithm },
    ...file.chain.events.map((l): Block => ({ kind: 'small', text: `#${l.streamVersion} ${'event' in l ? l.event.type : t('(non visible pour vous)', '(not visible to you)')} ${l.hash}` })),
    { kind: 'paragraph', text: `${t('Empreinte de tête', 'Head hash')}: ${file.chain.headHash}` },
  ];
  return { title: t('Dossier du litige', 'Case file'), blocks };
}
