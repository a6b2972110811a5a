import type { Format } from './format';
import type { MessageParams } from './message';

type Template = (p: MessageParams, f: Format) => string;
interface Sentence {
  fr: Template;
  en: Template;
}

const unverifiedFr = (p: MessageParams) => (p.unverified ? ' (non vérifié contre une source ici)' : '');
const unverifiedEn = (p: MessageParams) => (p.unverified ? ' (not verified against a source here)' : '');
/**
 * Movable public holidays are named, a reader may not know their date; 14 July or 25 December say
 * themselves. Local ones are named too: a reader elsewhere would not know why the day is one.
 */
const NAMED_HOLIDAYS_FR: Record<string, string> = {
  EASTER_MONDAY: 'lundi de Pâques',
  ASCENSION: 'Ascension',
  WHIT_MONDAY: 'lundi de Pentecôte',
  GOOD_FRIDAY: 'Vendredi saint, Alsace-Moselle',
  DECEMBER_26: 'Saint-Étienne, Alsace-Moselle',
  ABOLITION_OF_SLAVERY: 'commémoration de l’abolition de l’esclavage',
};
const NAMED_HOLIDAYS_EN: Record<string, string> = {
  EASTER_MONDAY: 'Easter Monday',
  ASCENSION: 'Ascension Day',
  WHIT_MONDAY: 'Whit Monday',
  GOOD_FRIDAY: 'Good Friday, Alsace-Moselle',
  DECEMBER_26: 'St Stephen’s Day, Alsace-Moselle',
  ABOLITION_OF_SLAVERY: 'commemoration of the abolition of slavery',
};
const holidayNameFr = (code: MessageParams[string]) => (NAMED_HOLIDAYS_FR[String(code)] ? ` (${NAMED_HOLIDAYS_FR[String(code)]})` : '');
const holidayNameEn = (code: MessageParams[string]) => (NAMED_HOLIDAYS_EN[String(code)] ? ` (${NAMED_HOLIDAYS_EN[String(code)]})` : '');

/**
 * Each place of calendar/consumer-place.ts: its name after « de » / "of", and its public holidays
 * on top of the national ones (calendar/local-public-holidays.ts).
 */
const PLACES: Record<string, { fr: string; en: string; holidaysFr: string[]; holidaysEn: string[] }> = {
  METROPOLITAN_FRANCE: { fr: 'de France métropolitaine', en: 'of metropolitan France', holidaysFr: [], holidaysEn: [] },
  ALSACE_MOSELLE: { fr: 'd’Alsace-Moselle', en: 'of Alsace-Moselle', holidaysFr: ['le Vendredi saint', 'le 26 décembre'], holidaysEn: ['Good Friday', '26 December'] },
  GUADELOUPE: { fr: 'de la Guadeloupe', en: 'of Guadeloupe', holidaysFr: ['le 27 mai (abolition de l’esclavage)'], holidaysEn: ['27 May (abolition of slavery)'] },
  MARTINIQUE: { fr: 'de la Martinique', en: 'of Martinique', holidaysFr: ['le 22 mai (abolition de l’esclavage)'], holidaysEn: ['22 May (abolition of slavery)'] },
  GUYANE: { fr: 'de la Guyane', en: 'of French Guiana', holidaysFr: ['le 10 juin (abolition de l’esclavage)'], holidaysEn: ['10 June (abolition of slavery)'] },
  LA_REUNION: { fr: 'de La Réunion', en: 'of Réunion', holidaysFr: ['le 20 décembre (abolition de l’esclavage)'], holidaysEn: ['20 December (abolition of slavery)'] },
  SAINT_PIERRE_ET_MIQUELON: { fr: 'de Saint-Pierre-et-Miquelon', en: 'of Saint Pierre and Miquelon', holidaysFr: [], holidaysEn: [] },
  MAYOTTE: { fr: 'de Mayotte', en: 'of Mayotte', holidaysFr: ['le 27 avril (abolition de l’esclavage)'], holidaysEn: ['27 April (abolition of slavery)'] },
  SAINT_BARTHELEMY: { fr: 'de Saint-Barthélemy', en: 'of Saint Barthélemy', holidaysFr: ['le 9 octobre (abolition de l’esclavage)'], holidaysEn: ['9 October (abolition of slavery)'] },
  SAINT_MARTIN: { fr: 'de Saint-Martin', en: 'of Saint Martin', holidaysFr: ['le 28 mai (abolition de l’esclavage)'], holidaysEn: ['28 May (abolition of slavery)'] },
};
const place = (p: MessageParams) => PLACES[String(p.place)] ?? PLACES.METROPOLITAN_FRANCE;
const parisTime = (p: MessageParams) => p.timeZone === 'Europe/Paris';
/** « a, b et c » / "a, b and c". */
const listOf = (items: string[], and: string) => `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
/**
 * Why a withdrawal period ends after its 14th day (L221-19 3°, Regulation 1182/71 art. 3(4)), as
 * a sentence of its own; empty when it ends on its 14th day (no `lastDay`).
 */
function withdrawalMovedFr(p: MessageParams, f: Format, past: boolean): string {
  if (!p.lastDay) return '';
  const is = past ? 'était' : 'est';
  const what = p.lastDayIs === 'SATURDAY' ? 'un samedi' : p.lastDayIs === 'SUNDAY' ? 'un dimanche' : `un jour férié${holidayNameFr(p.lastDayIs)}`;
  const after = p.holidayAfterOn ? `, et le ${f.date(p.holidayAfterOn)} ${is} férié${holidayNameFr(p.holidayAfter)}` : '';
  return ` Le dernier des 14 jours, le ${f.date(p.lastDay)}, ${is} ${what}${after} : le délai ${past ? 'a été prolongé' : 'est prolongé'} jusqu’au premier jour suivant qui n’est ni un samedi, ni un dimanche, ni un jour férié.`;
}
function withdrawalMovedEn(p: MessageParams, f: Format, past: boolean): string {
  if (!p.lastDay) return '';
  const is = past ? 'was' : 'is';
  const what = p.lastDayIs === 'SATURDAY' ? 'a Saturday' : p.lastDayIs === 'SUNDAY' ? 'a Sunday' : `a public holiday${holidayNameEn(p.lastDayIs)}`;
  const after = p.holidayAfterOn ? `, and ${f.date(p.holidayAfterOn)} ${is} a public holiday${holidayNameEn(p.holidayAfter)}` : '';
  return ` The last of the 14 days, ${f.date(p.lastDay)}, ${is} ${what}${after}: the period ${past ? 'was' : 'is'} extended to the next working day.`;
}
/** A list of codes ("FR, EU, BE") as the countries' names; the codes stay in the message's parameters. */
const countries = (list: MessageParams[string], f: Format) => String(list ?? '').split(/,\s*/).filter(Boolean).map((code) => f.country(code)).join(', ');
/** An agreed remedy as the sentences on an agreed remedy name it, in brackets. */
const AGREED_FR: Record<string, string> = { REPAIR: 'réparation', REPLACEMENT: 'remplacement', PRICE_REDUCTION: 'réduction du prix', REFUND: 'remboursement', COMPENSATION: 'indemnisation' };
const AGREED_EN: Record<string, string> = { REPAIR: 'repair', REPLACEMENT: 'replacement', PRICE_REDUCTION: 'price reduction', REFUND: 'refund', COMPENSATION: 'compensation' };
/** An agreed sum in brackets: its kind, and its amount when the agreement states one (« remboursement de 649,00 € »). */
const agreedSumFr = (p: MessageParams, f: Format) => `${AGREED_FR[String(p.remedy)] ?? 'solution'}${p.amount !== undefined ? ` de ${f.money(p.amount, p.currency)}` : ''}`;
const agreedSumEn = (p: MessageParams, f: Format) => `${AGREED_EN[String(p.remedy)] ?? 'remedy'}${p.amount !== undefined ? ` of ${f.money(p.amount, p.currency)}` : ''}`;
/**
 * The CPC 750-1 and Small Claims threshold as French writes an amount: a narrow no-break space
 * between the thousands, a no-break space before « € » (as f.money writes « 4 999,50 € »), never
 * a line break inside it.
 */
const FIVE_THOUSAND_EUROS_FR = '5\u202f000\u00a0€';

/**
 * Every sentence the rights engine writes, in French and in English, under a stable code.
 * Parameters are dates (YYYY-MM-DD), amounts and counts; each language formats them its way.
 */
export const SENTENCES = {
  // Rule sets.
  'ruleSet.FR-2022-01-01.title': {
    fr: () => 'Code de la consommation, art. L217-1 et suivants, dans leur rédaction issue de l’ordonnance n° 2021-1247 (contrats conclus à partir du 1er janvier 2022)',
    en: () => 'French Consumer Code, art. L217-1 and following, as rewritten by ordonnance n° 2021-1247 (contracts from 1 January 2022)',
  },
  'ruleSet.FR-2026-07-31.title': {
    fr: () => 'Code de la consommation, art. L217-1 et suivants, en vigueur pour les contrats conclus à partir du 31 juillet 2026 (directive (UE) 2024/1799 non transposée)',
    en: () => 'French Consumer Code, art. L217-1 and following, as in force for contracts from 31 July 2026 (Directive (EU) 2024/1799 not transposed)',
  },
  'ruleSet.FR-2026-07-31.notTransposed': {
    fr: () => 'La directive (UE) 2024/1799 prolonge de 12 mois la garantie après une réparation pour les contrats conclus à partir du 31 juillet 2026. À notre connaissance (vérifié le 1er décembre 2026), la France ne l’a pas transposée : l’article L217-13 du Code de la consommation prévoit toujours six mois par réparation, et une directive ne s’impose pas au vendeur par elle-même. Six mois sont donc appliqués.',
    en: () => 'Directive (EU) 2024/1799 extends liability by 12 months after a repair for contracts from 31 July 2026. As far as we could find (checked 1 December 2026), France has not transposed it: Article L217-13 of the Consumer Code still grants six months per repair, and a directive does not bind a seller by itself. Six months are applied.',
  },
  'ruleSet.FR-2026-07-31.dutyToInform': {
    fr: () => 'La même directive oblige le vendeur à informer le consommateur de son droit de choisir entre réparation et remplacement et de la prolongation liée à la réparation ; tant qu’elle n’est pas transposée, cette obligation ne s’impose pas au vendeur par elle-même.',
    en: () => 'The same directive requires the seller to inform the consumer of the right to choose between repair and replacement and of the extension a repair brings; until it is transposed, that duty does not bind a seller by itself.',
  },
  'ruleSet.EU-2022-01-01.title': {
    fr: () => 'Socle de la directive (UE) 2019/771 (vente de biens), contrats conclus à partir du 1er janvier 2022',
    en: () => 'Directive (EU) 2019/771 (Sale of Goods Directive) baseline, contracts from 1 January 2022',
  },
  'ruleSet.EU-2026-07-31.title': {
    fr: () => 'Socle de la directive (UE) 2019/771 modifiée par la directive (UE) 2024/1799 (droit à la réparation), contrats conclus à partir du 31 juillet 2026',
    en: () => 'Directive (EU) 2019/771 baseline as amended by Directive (EU) 2024/1799 (right to repair), contracts from 31 July 2026',
  },
  'ruleSet.EU.notNationalLaw': {
    fr: () => 'Il s’agit du minimum fixé par la directive, pas du droit d’un État membre : le droit national peut donner davantage (délais plus longs, présomption de deux ans) ou ajouter des obligations (dénoncer le défaut dans un délai qui ne peut être inférieur à deux mois à compter de sa constatation, art. 12).',
    en: () => "The directive's own minimum, not the law of a member state: national law may give more (longer periods, a two-year presumption) or add duties (notice of the defect within a period of at least two months from its detection, art. 12).",
  },
  'ruleSet.EU-2026-07-31.dutyToInform': {
    fr: () => 'Le vendeur doit informer le consommateur de son droit de choisir entre réparation et remplacement et de la prolongation de 12 mois liée à la réparation (directive (UE) 2024/1799, art. 16).',
    en: () => 'The seller must inform the consumer of the right to choose between repair and replacement and of the 12-month extension a repair brings (Directive (EU) 2024/1799 art. 16).',
  },
  'ruleSet.BE.title': { fr: () => 'Belgique : Code civil, art. 1649bis et suivants (loi du 20 mars 2022), contrats conclus à partir du 1er juin 2022', en: () => 'Belgium: Civil Code art. 1649bis and following (law of 20 March 2022), contracts from 1 June 2022' },
  'ruleSet.ES.title': { fr: () => 'Espagne : TRLGDCU, art. 114 et suivants, modifiés par le Real Decreto-ley 7/2021, contrats conclus à partir du 1er janvier 2022', en: () => 'Spain: TRLGDCU art. 114 and following, as amended by Real Decreto-ley 7/2021, contracts from 1 January 2022' },
  'ruleSet.PT.title': { fr: () => 'Portugal : Decreto-Lei n.º 84/2021, contrats conclus à partir du 1er janvier 2022', en: () => 'Portugal: Decreto-Lei n.º 84/2021, contracts from 1 January 2022' },
  'ruleSet.DE.title': { fr: () => 'Allemagne : BGB, § 474 et suivants (vente de biens de consommation, version de 2022), contrats conclus à partir du 1er janvier 2022', en: () => 'Germany: BGB § 474 and following (consumer sales, 2022 version), contracts from 1 January 2022' },
  'ruleSet.IT.title': { fr: () => 'Italie : Codice del consumo, art. 128 et suivants, modifiés par le D.Lgs. 170/2021, contrats conclus à partir du 1er janvier 2022', en: () => 'Italy: Codice del consumo art. 128 and following, as amended by D.Lgs. 170/2021, contracts from 1 January 2022' },
  'ruleSet.NL.title': { fr: () => 'Pays-Bas : Burgerlijk Wetboek, livre 7, art. 7:17 et suivants, contrats conclus à partir du 1er janvier 2022', en: () => 'Netherlands: Burgerlijk Wetboek book 7, art. 7:17 and following, contracts from 1 January 2022' },
  'ruleSet.SE.title': { fr: () => 'Suède : Konsumentköplag 2022:260, contrats conclus à partir du 1er mai 2022', en: () => 'Sweden: Konsumentköplag 2022:260, contracts from 1 May 2022' },
  'ruleSet.national.remediesAsDirective': {
    fr: () => 'Sont encodés la durée de la garantie, la présomption, l’obligation de dénonciation et la prescription ; les remèdes suivent la directive 2019/771 telle que transposée, et les dommages et intérêts relèvent du droit national, non évalué ici.',
    en: () => 'Encoded: warranty length, presumption, notification duty and limitation; remedies follow Directive 2019/771 as transposed, and damages are national law, not assessed here.',
  },
  'ruleSet.national.checked': {
    fr: () => 'Sources vérifiées le 1er décembre 2026, celles du Portugal et de la Suède à nouveau le 2 décembre 2026 (liste dans docs/consumer-law.md) ; un élément marqué « non vérifié » vient du texte de loi tel que connu, sans source consultée ici.',
    en: () => 'Sources checked on 1 December 2026, those of Portugal and Sweden again on 2 December 2026 (listed in docs/consumer-law.md); an element marked “not verified” comes from the statute as known, with no source consulted here.',
  },

  // Remedies.
  'remedy.warrantyEnded': {
    fr: (p, f) => `la garantie légale de conformité a pris fin le ${f.date(p.expiresOn)}, avant que le défaut ne soit constaté le ${f.date(p.noticedOn)}`,
    en: (p, f) => `the legal conformity warranty ended on ${f.date(p.expiresOn)}, before the defect was noticed on ${f.date(p.noticedOn)}`,
  },
  'remedy.firstTier.days': {
    fr: (p) => `vous choisissez entre réparation et remplacement ; le vendeur doit s’exécuter sans frais, transport compris, dans les ${p.days} jours suivant votre demande`,
    en: (p) => `you choose between repair and replacement; the seller must do it free of charge, shipping included, within ${p.days} days of your request`,
  },
  'remedy.firstTier.reasonableTime': {
    fr: () => 'vous choisissez entre réparation et remplacement ; le vendeur doit s’exécuter sans frais, transport compris, dans un délai raisonnable',
    en: () => 'you choose between repair and replacement; the seller must do it free of charge, shipping included, within a reasonable time',
  },
  'remedy.firstTier.refusedEnforceable': {
    fr: () => 'le vendeur a refusé : son refus doit être motivé par écrit ; s’il n’est pas justifié (impossibilité, coût disproportionné), vous pouvez exiger l’exécution après une mise en demeure ; vous pouvez aussi demander une réduction du prix ou un remboursement',
    en: () => 'the seller refused: a refusal must be reasoned in writing; if it is not justified (impossibility, disproportionate cost), you may demand performance after a formal notice; you may also ask for a price reduction or a refund instead',
  },
  'remedy.firstTier.refused': {
    fr: () => 'le vendeur a refusé : demandez plutôt une réduction du prix ou un remboursement',
    en: () => 'the seller refused it: ask for a price reduction or a refund instead',
  },
  'remedy.firstTier.impossible': {
    fr: () => 'le vendeur ne peut pas s’exécuter : demandez plutôt une réduction du prix ou un remboursement',
    en: () => 'the seller cannot do it: ask for a price reduction or a refund instead',
  },
  'remedy.secondTier.open': { fr: (p) => `ouvert car ${p.grounds}`, en: (p) => `open because ${p.grounds}` },
  'remedy.secondTier.closed': {
    fr: () => 'seulement si la réparation ou le remplacement est refusé, impossible, tardif, a échoué, pèse sur vous, ou si le défaut est grave',
    en: () => 'only once repair or replacement is refused, impossible, late, has failed, burdens you, or the defect is serious',
  },
  'remedy.refund.minor': { fr: () => 'le défaut est mineur : une réduction du prix seulement, pas de remboursement', en: () => 'the defect is minor: a price reduction only, no refund' },
  'remedy.compensation.fr': {
    fr: () => 'des dommages et intérêts pour le préjudice causé par le défaut peuvent s’ajouter à toute solution',
    en: () => 'damages for loss the defect caused can be claimed on top of any remedy',
  },
  'remedy.compensation.afterFailure': {
    fr: () => 'des dommages et intérêts restent dus dans tous les cas, y compris après une solution refusée ou manquée, en plus de la réduction du prix ou du remboursement',
    en: () => 'damages stay available in every case, after a refused or failed remedy too, on top of a price reduction or refund',
  },
  'remedy.compensation.national': {
    fr: () => 'les dommages et intérêts relèvent du droit national, que ce socle n’encode pas',
    en: () => 'damages are left to national law, which this baseline does not encode',
  },

  // Grounds for the second tier.
  'ground.refused': { fr: () => 'le vendeur a refusé de réparer ou de remplacer', en: () => 'the seller refused to repair or replace' },
  'ground.impossible': { fr: () => 'la réparation et le remplacement sont impossibles', en: () => 'repair and replacement are impossible' },
  'ground.overdue.REPAIR': {
    fr: (p, f) => `la réparation demandée le ${f.date(p.requestedOn)} n’était pas faite le ${f.date(p.dueOn)}`,
    en: (p, f) => `the repair requested on ${f.date(p.requestedOn)} was not done by ${f.date(p.dueOn)}`,
  },
  'ground.overdue.REPLACEMENT': {
    fr: (p, f) => `le remplacement demandé le ${f.date(p.requestedOn)} n’était pas livré le ${f.date(p.dueOn)}`,
    en: (p, f) => `the replacement requested on ${f.date(p.requestedOn)} was not delivered by ${f.date(p.dueOn)}`,
  },
  'ground.late.REPAIR': {
    fr: (p, f) => `la réparation demandée le ${f.date(p.requestedOn)} n’a été achevée que le ${f.date(p.doneOn)}, après le délai de trente jours (${f.date(p.dueOn)})`,
    en: (p, f) => `the repair requested on ${f.date(p.requestedOn)} was only completed on ${f.date(p.doneOn)}, after the 30-day limit (${f.date(p.dueOn)})`,
  },
  'ground.late.REPLACEMENT': {
    fr: (p, f) => `le remplacement demandé le ${f.date(p.requestedOn)} n’a été livré que le ${f.date(p.doneOn)}, après le délai de trente jours (${f.date(p.dueOn)})`,
    en: (p, f) => `the replacement requested on ${f.date(p.requestedOn)} was only delivered on ${f.date(p.doneOn)}, after the 30-day limit (${f.date(p.dueOn)})`,
  },
  'ground.burden': {
    fr: () => 'la mise en conformité vous a laissé des frais ou causé un inconvénient majeur',
    en: () => 'the remedy left costs with you or caused you a major inconvenience',
  },
  'ground.reappeared': { fr: () => 'le défaut est réapparu après la tentative du vendeur', en: () => 'the defect came back after the seller tried to fix it' },
  'ground.serious': { fr: () => 'le défaut est assez grave pour justifier une solution immédiate', en: () => 'the defect is serious enough for an immediate remedy' },

  // Notification duty.
  'notification.eu': {
    fr: () => 'La directive laisse chaque État membre imposer ou non de dénoncer le défaut dans un délai qui ne peut être inférieur à deux mois à compter de sa constatation : non évalué pour ce socle.',
    en: () => 'The directive lets each member state require, or not, notice of the defect within a period of at least two months from its detection: not assessed for this baseline.',
  },
  'notification.none': {
    fr: (p) => `Aucun délai de dénonciation du défaut au vendeur n’est imposé${unverifiedFr(p)}.`,
    en: (p) => `No deadline applies for telling the seller about the defect${unverifiedEn(p)}.`,
  },
  'notification.months': {
    fr: (p, f) => `Vous devez signaler le défaut au vendeur dans les ${p.months} mois de sa constatation, soit au plus tard le ${f.date(p.notifyBy)}${unverifiedFr(p)}.`,
    en: (p, f) => `You must tell the seller about the defect within ${p.months} months of noticing it, by ${f.date(p.notifyBy)}${unverifiedEn(p)}.`,
  },
  'notification.reasonableTime': {
    fr: (p, f) => `Signalez le défaut au vendeur dans un délai raisonnable ; un signalement d’ici le ${f.date(p.notifyBy)} (${p.months} mois après sa constatation) est toujours à temps${unverifiedFr(p)}.`,
    en: (p, f) => `Tell the seller about the defect within a reasonable time; a notice by ${f.date(p.notifyBy)} (${p.months} months after noticing it) is always in time${unverifiedEn(p)}.`,
  },

  // Limitation.
  'limitation.eu': {
    fr: () => 'Les délais de prescription sont fixés par chaque État membre : non évalués pour ce socle.',
    en: () => 'Limitation periods are set by each member state: not assessed for this baseline.',
  },
  'limitation.SE.claimOriginUnsettled': {
    fr: () => 'Non évalué : en droit suédois, une créance se prescrit dix ans après sa naissance (Preskriptionslag, 2 §), mais les sources consultées ne disent pas si la créance du consommateur pour un défaut naît à la vente ou à la livraison ; aucune date n’est donc calculée. Le délai de trois ans pour signaler le défaut (la garantie ci-dessus) s’applique de toute façon.',
    en: () => 'Not assessed: under Swedish law a claim is time-barred ten years after it arose (Preskriptionslag 2 §), but the sources consulted do not settle whether a consumer’s defect claim arises at the sale or at delivery, so no date is computed. The three years to complain of the defect (the warranty above) apply in any case.',
  },
  'limitation.fromNotice': {
    fr: (p) => `L’action se prescrit ${p.months} mois après votre signalement au vendeur ; aucun signalement écrit n’est connu, la date ne peut donc pas être calculée${unverifiedFr(p)}.`,
    en: (p) => `The action lapses ${p.months} months after your notice to the seller; no written notice is known, so the date cannot be computed${unverifiedEn(p)}.`,
  },
  'limitation.CONFORMITY': {
    fr: (p, f) =>
      `L’action en garantie de conformité peut être portée en justice jusqu’au ${f.date(p.until)} (${p.months} mois à compter du ${f.date(p.runsFrom)}${p.warrantyEnds ? `, mais pas avant la fin de la garantie légale, le ${f.date(p.warrantyEnds)}` : ''}${p.longStop ? `, et au plus tard le ${f.date(p.longStop)}` : ''})${unverifiedFr(p)}.`,
    en: (p, f) =>
      `The conformity action can be brought to court until ${f.date(p.until)} (${p.months} months from ${f.date(p.runsFrom)}${p.warrantyEnds ? `, but not before the legal warranty ends, on ${f.date(p.warrantyEnds)}` : ''}${p.longStop ? `, and no later than ${f.date(p.longStop)}` : ''})${unverifiedEn(p)}.`,
  },
  'limitation.HIDDEN_DEFECTS': {
    fr: (p, f) => `L’action en garantie des vices cachés court deux ans à compter de la découverte du vice (${f.date(p.runsFrom)}), jusqu’au ${f.date(p.until)}, et au plus tard vingt ans après la vente (${f.date(p.longStop)}).`,
    en: (p, f) => `The hidden-defects action runs two years from discovery of the defect (${f.date(p.runsFrom)}), until ${f.date(p.until)}, and no later than twenty years after the sale (${f.date(p.longStop)}).`,
  },

  // The hidden-defects action: what C. civ. 1645 and the case law add against a professional seller.
  'hiddenDefects.damages': {
    fr: () => 'Le vendeur professionnel est réputé connaître les vices du bien qu’il vend, sans pouvoir prouver le contraire : il vous doit tous les dommages et intérêts que le vice vous a causés, en plus du prix rendu en tout ou en partie.',
    en: () => 'A professional seller is deemed to know the defects of the goods it sells and may not prove otherwise: it owes you all the damages the defect caused you, on top of the price given back in whole or in part.',
  },

  // Mediation.
  'mediation.noComplaint': {
    fr: () => 'une réclamation écrite au professionnel doit venir d’abord ; elle ouvre le délai d’un an pour saisir le médiateur',
    en: () => 'a written complaint to the merchant must come first; it opens the one-year window',
  },
  'mediation.open.fr': {
    fr: (p, f) => `la réclamation écrite du ${f.date(p.complaintOn)} permet de saisir le médiateur jusqu’au ${f.date(p.lapsesOn)} ; s’il rejette la demande, il doit vous le notifier dans les trois semaines suivant la réception de votre dossier`,
    en: (p, f) => `the written complaint of ${f.date(p.complaintOn)} allows a referral until ${f.date(p.lapsesOn)}; a mediator who rejects it must tell you within three weeks of receiving your file`,
  },
  'mediation.open': {
    fr: (p, f) => `la réclamation écrite du ${f.date(p.complaintOn)} permet de saisir le médiateur jusqu’au ${f.date(p.lapsesOn)}`,
    en: (p, f) => `the written complaint of ${f.date(p.complaintOn)} allows a referral until ${f.date(p.lapsesOn)}`,
  },
  'mediation.lapsed.fr': {
    fr: (p, f) => `le médiateur doit refuser une saisine faite plus d’un an après la réclamation écrite (réclamation du ${f.date(p.complaintOn)}, dernier jour le ${f.date(p.lapsesOn)})`,
    en: (p, f) => `the mediator must refuse a referral made more than one year after the written complaint (complaint of ${f.date(p.complaintOn)}, last day ${f.date(p.lapsesOn)})`,
  },
  'mediation.lapsed.eu': {
    fr: (p, f) => `plus d’un an s’est écoulé depuis la réclamation écrite, l’organisme de médiation peut donc refuser ; vérifiez ses propres règles (réclamation du ${f.date(p.complaintOn)}, dernier jour le ${f.date(p.lapsesOn)})`,
    en: (p, f) => `more than one year has passed since the written complaint, so the ADR entity may refuse; check its own rules (complaint of ${f.date(p.complaintOn)}, last day ${f.date(p.lapsesOn)})`,
  },
  'mediation.referred': {
    fr: (p, f) => `le médiateur a été saisi le ${f.date(p.referredOn)} ; la médiation doit aboutir au plus tard le ${f.date(p.outcomeDueOn)} (90 jours)`,
    en: (p, f) => `the mediator was seised on ${f.date(p.referredOn)}; the outcome is due by ${f.date(p.outcomeDueOn)} (90 days)`,
  },
  'mediation.referred.ended': {
    fr: (p, f) => `le médiateur a été saisi le ${f.date(p.referredOn)} ; la médiation a pris fin le ${f.date(p.endedOn)} sans accord`,
    en: (p, f) => `the mediator was seised on ${f.date(p.referredOn)}; the mediation ended on ${f.date(p.endedOn)} without an agreement`,
  },
  // Its outcome was an agreement: no longer « doit aboutir au plus tard le … ».
  'mediation.referred.agreed': {
    fr: (p, f) => `le médiateur a été saisi le ${f.date(p.referredOn)} ; la médiation a abouti à un accord le ${f.date(p.agreedOn)}`,
    en: (p, f) => `the mediator was seised on ${f.date(p.referredOn)}; the mediation reached an agreement on ${f.date(p.agreedOn)}`,
  },
  'mediation.referred.extended': {
    fr: (p, f) => `le médiateur a été saisi le ${f.date(p.referredOn)} ; le litige étant complexe, il a prolongé son délai jusqu’au ${f.date(p.outcomeDueOn)}`,
    en: (p, f) => `the mediator was seised on ${f.date(p.referredOn)}; as the dispute is complex, the mediator extended the time until ${f.date(p.outcomeDueOn)}`,
  },

  // Court path.
  'court.claimIsPrice': {
    fr: () => 'Aucun montant réclamé n’est connu : le prix d’achat est utilisé à sa place.',
    en: () => 'No amount claimed is known: the purchase price stands in for it.',
  },
  'court.notEuro': {
    fr: (p, f) => `Les seuils de ${FIVE_THOUSAND_EUROS_FR} exigent un montant en euros ; ${f.money(p.amount, p.currency)} doit d’abord être converti, ce que ce moteur ne fait pas.`,
    en: (p, f) => `The €5,000 thresholds need the claim in euros; ${f.money(p.amount, p.currency)} must be converted first, which this engine does not do.`,
  },
  'court.notFrench': {
    fr: (p, f) => `La procédure devant un tribunal de ce pays (${f.country(p.country)}) relève de son droit national, que ce moteur n’encode pas.`,
    en: (p, f) => `Procedure before a court of that country (${f.country(p.country)}) is its national law, which this engine does not encode.`,
  },
  'court.unknownCourt': {
    fr: () => 'Le tribunal saisi n’est pas connu : l’obligation d’une tentative amiable dépend de la procédure de ce tribunal.',
    en: () => 'The court seised is not known: whether an amicable attempt must come first depends on that court’s procedure.',
  },
  'court.beforeRestoration': {
    fr: () => 'L’article 750-1 du Code de procédure civile, rétabli, s’applique aux demandes formées à partir du 1er octobre 2023 ; les versions antérieures ne sont pas encodées.',
    en: () => 'Article 750-1 of the Code of Civil Procedure as restored applies to claims filed from 1 October 2023; earlier versions are not encoded.',
  },
  'court.amicableRequired': {
    fr: (p, f) => `Une demande de ${f.money(p.amount, p.currency)} (${FIVE_THOUSAND_EUROS_FR} ou moins) devant un tribunal français doit d’abord passer par une tentative de conciliation par un conciliateur de justice (gratuite), une médiation ou une procédure participative ; à défaut, sauf l’une des exceptions de l’article 750-1 du Code de procédure civile, le juge peut déclarer la demande irrecevable, même d’office.`,
    en: (p, f) => `A claim of ${f.money(p.amount, p.currency)} (EUR 5,000 or less) before a French court must first go through conciliation by a conciliateur de justice (free), mediation or a participatory procedure; otherwise, save for one of the exceptions of Article 750-1 of the Code of Civil Procedure, the judge may declare the claim inadmissible, even of its own motion.`,
  },
  'court.amicableNotRequired': {
    fr: (p, f) => `Une demande de ${f.money(p.amount, p.currency)} dépasse ${FIVE_THOUSAND_EUROS_FR} : l’article 750-1 du Code de procédure civile n’impose pas de tentative amiable préalable.`,
    en: (p, f) => `A claim of ${f.money(p.amount, p.currency)} exceeds EUR 5,000: no prior amicable attempt is required by Article 750-1 of the Code of Civil Procedure.`,
  },
  'court.smallClaims.open': {
    fr: () => `La procédure européenne de règlement des petits litiges est ouverte : demande transfrontière de ${FIVE_THOUSAND_EUROS_FR} ou moins.`,
    en: () => 'The European Small Claims Procedure is open: a cross-border claim of EUR 5,000 or less.',
  },
  'court.smallClaims.tooHigh': {
    fr: () => `La procédure européenne de règlement des petits litiges est fermée : la demande dépasse ${FIVE_THOUSAND_EUROS_FR}.`,
    en: () => 'The European Small Claims Procedure is closed: the claim exceeds EUR 5,000.',
  },
  'court.smallClaims.notCrossBorder': {
    fr: () => 'La procédure européenne de règlement des petits litiges est fermée : les parties ne sont pas dans deux États membres participants différents.',
    en: () => 'The European Small Claims Procedure is closed: the parties are not in two different participating member states.',
  },

  // The guide's FAQ.
  'guidance.quote': {
    fr: () => 'Hors garantie, demandez un devis écrit avant tout travail, frais de diagnostic compris, et comparez-le au prix d’un appareil neuf ou à un autre réparateur. Le prix doit vous être annoncé avant (article L112-1 du Code de la consommation) ; l’exigence d’un devis avant toute réparation payante est une règle de la plateforme recours, pas une obligation légale générale.',
    en: () => 'Out of warranty, ask for a written quote before any work, diagnostic fees included, and compare it with a new appliance or another repairer. The price must be stated beforehand (Article L112-1 of the French Consumer Code); requiring a quote before any paid repair is the recours platform’s rule, not a general legal duty.',
  },
  'guidance.spareParts': {
    fr: () => 'Le fabricant doit indiquer au vendeur pendant combien de temps les pièces détachées seront disponibles, et le vendeur doit vous l’indiquer avant l’achat : demandez cette information pour juger si une réparation est possible.',
    en: () => 'The manufacturer must tell the seller how long spare parts will be available, and the seller must tell you before the purchase: ask for it to judge whether a repair is possible.',
  },
  'guidance.repairBonus': {
    fr: () => 'Une réparation payante chez un réparateur labellisé peut bénéficier du bonus réparation financé par les fonds réparation des producteurs, déduit directement de la facture.',
    en: () => 'A paid repair by a labelled repairer may get the repair bonus funded by the producers’ repair funds, deducted directly from the bill.',
  },
  'guidance.withdrawal.open': {
    fr: (p, f) => `Achat à distance ou hors établissement : vous pouvez vous rétracter sans motif jusqu’au ${f.date(p.until)}${p.lastDay ? `.${withdrawalMovedFr(p, f, false)}` : ' (14 jours après la réception).'} La garantie légale reste due en plus, et après ce délai.`,
    en: (p, f) => `Bought at a distance or off premises: you may withdraw without giving a reason until ${f.date(p.until)}${p.lastDay ? `.${withdrawalMovedEn(p, f, false)}` : ' (14 days from receipt).'} The legal warranty applies on top, and after that period.`,
  },
  'guidance.withdrawal.closed': {
    fr: (p, f) => `Le délai de rétractation de 14 jours a pris fin le ${f.date(p.until)}${p.lastDay ? `.${withdrawalMovedFr(p, f, true)} La garantie légale de conformité, elle, continue de s’appliquer.` : ' ; la garantie légale de conformité, elle, continue de s’appliquer.'}`,
    en: (p, f) => `The 14-day withdrawal period ended on ${f.date(p.until)}${p.lastDay ? `.${withdrawalMovedEn(p, f, true)} The legal conformity warranty still applies.` : '; the legal conformity warranty still applies.'}`,
  },
  'guidance.withdrawal.ifDistance': {
    fr: (p, f) => `Si l’achat a été fait à distance ou hors établissement, vous pouvez vous rétracter sans motif pendant 14 jours après la réception, soit jusqu’au ${f.date(p.until)}${p.lastDay ? `.${withdrawalMovedFr(p, f, false)} La garantie légale s’ajoute à ce droit.` : ' ; la garantie légale s’ajoute à ce droit.'}`,
    en: (p, f) => `If you bought at a distance or off premises, you may withdraw without giving a reason for 14 days from receipt, until ${f.date(p.until)}${p.lastDay ? `.${withdrawalMovedEn(p, f, false)} The legal warranty comes on top of that right.` : '; the legal warranty comes on top of that right.'}`,
  },
  'guidance.withdrawal.shop': {
    fr: () => 'Un achat en magasin n’ouvre pas de droit légal de rétractation ; un éventuel retour relève de la politique commerciale du magasin. La garantie légale s’applique.',
    en: () => 'A purchase in a shop gives no legal right of withdrawal; any return is the shop’s own commercial policy. The legal warranty applies.',
  },
  'guidance.proof': {
    fr: () => 'Sans facture, la preuve de l’achat se fait par tout moyen face à un commerçant : relevé bancaire, courriel de confirmation de commande, ticket de caisse, bon de garantie.',
    en: () => 'Without the invoice, the purchase can be proved by any means against a trader: bank statement, order confirmation email, till receipt, warranty card.',
  },
  'guidance.seller': {
    fr: () => 'Le vendeur répond lui-même des défauts de conformité : il ne peut pas vous renvoyer vers le fabricant. Une garantie du fabricant s’ajoute à la sienne, sans la remplacer.',
    en: () => 'The seller answers for the lack of conformity itself: it cannot send you to the manufacturer. A manufacturer’s warranty comes on top of the seller’s, never instead of it.',
  },
  'guidance.obstruction': {
    fr: () => 'Le vendeur qui fait obstacle de mauvaise foi à la garantie légale encourt une amende civile pouvant atteindre 300\u202f000\u00a0€ ou 10\u202f% de son chiffre d’affaires annuel moyen.',
    en: () => 'A seller who obstructs the legal warranty in bad faith faces a civil fine of up to EUR 300,000 or 10% of its average annual turnover.',
  },
  'guidance.durability.applies': {
    fr: (p, f) => `Le producteur a donné une garantie commerciale de durabilité : il vous doit directement la réparation ou le remplacement jusqu’au ${f.date(p.until)}.`,
    en: (p, f) => `The producer gave a commercial guarantee of durability: it owes you repair or replacement directly until ${f.date(p.until)}.`,
  },
  'guidance.durability.ended': {
    fr: (p, f) => `La garantie commerciale de durabilité du producteur a pris fin le ${f.date(p.until)}.`,
    en: (p, f) => `The producer’s commercial guarantee of durability ended on ${f.date(p.until)}.`,
  },
  'guidance.durability.none': {
    fr: () => 'Si le producteur offre une garantie commerciale de durabilité, il vous doit directement la réparation ou le remplacement pendant toute sa durée.',
    en: () => 'Where the producer offers a commercial guarantee of durability, it owes you repair or replacement directly for its whole length.',
  },

  // Next step.
  'next.commercialWarranty': {
    fr: (p, f) => `Faites jouer la garantie commerciale, valable jusqu’au ${f.date(p.until)}, selon la procédure prévue par le document de garantie ; la garantie légale de conformité a pris fin le ${f.date(p.legalEnded)}.`,
    en: (p, f) => `Claim under the commercial warranty, which runs until ${f.date(p.until)}, following the procedure in the warranty document; the legal conformity warranty ended on ${f.date(p.legalEnded)}.`,
  },
  'next.noWarranty': {
    fr: (p, f) => `Ni la garantie légale de conformité ni une garantie commerciale ne couvrent un défaut constaté le ${f.date(p.noticedOn)} : la garantie légale de conformité a pris fin le ${f.date(p.legalEnded)}. Demandez au vendeur un devis pour une réparation payante.`,
    en: (p, f) => `Neither the legal conformity warranty nor a commercial warranty covers a defect noticed on ${f.date(p.noticedOn)}: the legal conformity warranty ended on ${f.date(p.legalEnded)}. Ask the seller for a quote for a paid repair.`,
  },
  'next.hiddenDefects': {
    fr: (p, f) => `Si le défaut était caché lors de l’achat, la garantie des vices cachés (Code civil, art. 1641 et 1648) reste ouverte jusqu’au ${f.date(p.until)}, deux ans après sa découverte.`,
    en: (p, f) => `If the defect was hidden when you bought the goods, the hidden-defects warranty (Articles 1641 and 1648 of the French Civil Code) stays open until ${f.date(p.until)}, two years from its discovery.`,
  },
  'next.hiddenDefects.closed': {
    fr: (p, f) => `L’action en garantie des vices cachés a pris fin le ${f.date(p.until)}.`,
    en: (p, f) => `The hidden-defects action ended on ${f.date(p.until)}.`,
  },
  'next.reductionOrRefund': {
    fr: () => 'Demandez par écrit au vendeur une réduction du prix, ou un remboursement intégral contre restitution du bien.',
    en: () => 'Ask the seller in writing for a price reduction, or for a full refund against return of the goods.',
  },
  'next.reductionOnly': {
    fr: () => 'Demandez par écrit au vendeur une réduction du prix (le défaut est mineur, donc pas de remboursement).',
    en: () => 'Ask the seller in writing for a price reduction (the defect is minor, so no refund).',
  },
  'next.wait.REPAIR': {
    fr: (p, f) => `Attendez la réparation demandée le ${f.date(p.requestedOn)} : le vendeur a jusqu’au ${f.date(p.dueOn)} ; si elle n’est pas faite d’ici là, vous pourrez demander une réduction du prix ou un remboursement.`,
    en: (p, f) => `Wait for the repair requested on ${f.date(p.requestedOn)}: the seller has until ${f.date(p.dueOn)}; if it is not done by then, you may ask for a price reduction or a refund.`,
  },
  'next.wait.REPLACEMENT': {
    fr: (p, f) => `Attendez le remplacement demandé le ${f.date(p.requestedOn)} : le vendeur a jusqu’au ${f.date(p.dueOn)} ; s’il n’est pas livré d’ici là, vous pourrez demander une réduction du prix ou un remboursement.`,
    en: (p, f) => `Wait for the replacement requested on ${f.date(p.requestedOn)}: the seller has until ${f.date(p.dueOn)}; if it is not delivered by then, you may ask for a price reduction or a refund.`,
  },
  // An agreed remedy paid in money: the repair or replacement asked for on filing is no longer awaited.
  'next.agreed.REFUND': {
    fr: (p, f) => `Attendez le remboursement convenu le ${f.date(p.agreedOn)} : le vendeur doit vous le verser au plus tard le ${f.date(p.dueOn)}. S’il ne l’a pas fait d’ici là, dites que la solution convenue n’a pas été réalisée.`,
    en: (p, f) => `Wait for the refund agreed on ${f.date(p.agreedOn)}: the seller must pay it by ${f.date(p.dueOn)}. If it has not done so by then, say that the agreed remedy was not carried out.`,
  },
  'next.agreed.PRICE_REDUCTION': {
    fr: (p, f) => `Attendez la réduction du prix convenue le ${f.date(p.agreedOn)} : le vendeur doit vous la verser au plus tard le ${f.date(p.dueOn)}. S’il ne l’a pas fait d’ici là, dites que la solution convenue n’a pas été réalisée.`,
    en: (p, f) => `Wait for the price reduction agreed on ${f.date(p.agreedOn)}: the seller must pay it by ${f.date(p.dueOn)}. If it has not done so by then, say that the agreed remedy was not carried out.`,
  },
  'next.agreed.COMPENSATION': {
    fr: (p, f) => `Attendez l’indemnisation convenue le ${f.date(p.agreedOn)} : le vendeur doit vous la verser au plus tard le ${f.date(p.dueOn)}. S’il ne l’a pas fait d’ici là, dites que la solution convenue n’a pas été réalisée.`,
    en: (p, f) => `Wait for the compensation agreed on ${f.date(p.agreedOn)}: the seller must pay it by ${f.date(p.dueOn)}. If it has not done so by then, say that the agreed remedy was not carried out.`,
  },
  // An agreed repair or replacement outside the legal warranty (its two years over, or a commercial
  // warranty's dispute): the agreement binds the seller, by its agreed day, and no L217-10 period runs
  // (within the legal warranty, the request's period speaks: next.wait.…).
  'next.agreed.REPAIR': {
    fr: (p, f) => `Attendez la réparation convenue le ${f.date(p.agreedOn)} : le vendeur doit la réaliser au plus tard le ${f.date(p.dueOn)}. S’il ne l’a pas fait d’ici là, dites que la solution convenue n’a pas été réalisée.`,
    en: (p, f) => `Wait for the repair agreed on ${f.date(p.agreedOn)}: the seller must carry it out by ${f.date(p.dueOn)}. If it has not done so by then, say that the agreed remedy was not carried out.`,
  },
  'next.agreed.REPLACEMENT': {
    fr: (p, f) => `Attendez le remplacement convenu le ${f.date(p.agreedOn)} : le vendeur doit le livrer au plus tard le ${f.date(p.dueOn)}. S’il ne l’a pas fait d’ici là, dites que la solution convenue n’a pas été réalisée.`,
    en: (p, f) => `Wait for the replacement agreed on ${f.date(p.agreedOn)}: the seller must deliver it by ${f.date(p.dueOn)}. If it has not done so by then, say that the agreed remedy was not carried out.`,
  },
  // Its day gone by: as the product says of an overdue remedy (REMEDY_OVERDUE), it was due by then.
  'next.agreedOverdue.REFUND': {
    fr: (p, f) => `Le remboursement convenu le ${f.date(p.agreedOn)} devait vous être versé au plus tard le ${f.date(p.dueOn)}. S’il ne l’a pas été, dites que la solution convenue n’a pas été réalisée : le vendeur devra vous répondre.`,
    en: (p, f) => `The refund agreed on ${f.date(p.agreedOn)} was due by ${f.date(p.dueOn)}. If it has not been paid, say that the agreed remedy was not carried out: the seller will have to answer you.`,
  },
  'next.agreedOverdue.PRICE_REDUCTION': {
    fr: (p, f) => `La réduction du prix convenue le ${f.date(p.agreedOn)} devait vous être versée au plus tard le ${f.date(p.dueOn)}. Si elle ne l’a pas été, dites que la solution convenue n’a pas été réalisée : le vendeur devra vous répondre.`,
    en: (p, f) => `The price reduction agreed on ${f.date(p.agreedOn)} was due by ${f.date(p.dueOn)}. If it has not been paid, say that the agreed remedy was not carried out: the seller will have to answer you.`,
  },
  'next.agreedOverdue.COMPENSATION': {
    fr: (p, f) => `L’indemnisation convenue le ${f.date(p.agreedOn)} devait vous être versée au plus tard le ${f.date(p.dueOn)}. Si elle ne l’a pas été, dites que la solution convenue n’a pas été réalisée : le vendeur devra vous répondre.`,
    en: (p, f) => `The compensation agreed on ${f.date(p.agreedOn)} was due by ${f.date(p.dueOn)}. If it has not been paid, say that the agreed remedy was not carried out: the seller will have to answer you.`,
  },
  'next.agreedOverdue.REPAIR': {
    fr: (p, f) => `La réparation convenue le ${f.date(p.agreedOn)} devait être réalisée au plus tard le ${f.date(p.dueOn)}. Si elle ne l’a pas été, dites que la solution convenue n’a pas été réalisée : le vendeur devra vous répondre.`,
    en: (p, f) => `The repair agreed on ${f.date(p.agreedOn)} was due by ${f.date(p.dueOn)}. If it has not been carried out, say that the agreed remedy was not carried out: the seller will have to answer you.`,
  },
  'next.agreedOverdue.REPLACEMENT': {
    fr: (p, f) => `Le remplacement convenu le ${f.date(p.agreedOn)} devait être livré au plus tard le ${f.date(p.dueOn)}. S’il ne l’a pas été, dites que la solution convenue n’a pas été réalisée : le vendeur devra vous répondre.`,
    en: (p, f) => `The replacement agreed on ${f.date(p.agreedOn)} was due by ${f.date(p.dueOn)}. If it has not been delivered, say that the agreed remedy was not carried out: the seller will have to answer you.`,
  },
  // The merchant reported the agreed remedy carried out: hers to confirm or contest, within the confirmation period.
  'next.confirmCarriedOut': {
    fr: (p, f) => `Le vendeur déclare avoir réalisé la solution convenue (${AGREED_FR[String(p.remedy)] ?? 'solution'}) le ${f.date(p.reportedCarriedOutOn)} : confirmez-le, ou dites qu’elle n’a pas été réalisée, au plus tard le ${f.date(p.confirmationDueOn)} ; sans réponse de votre part, la solution sera tenue pour réalisée.`,
    en: (p, f) => `The seller reports the agreed remedy (${AGREED_EN[String(p.remedy)] ?? 'remedy'}) carried out on ${f.date(p.reportedCarriedOutOn)}: confirm it, or say it was not carried out, by ${f.date(p.confirmationDueOn)}; without an answer from you, it will count as carried out.`,
  },
  // The agreed remedy carried out, confirmed by her or at the end of her period to answer the report.
  'next.agreedFulfilled': {
    fr: (p, f) => `La solution convenue (${AGREED_FR[String(p.remedy)] ?? 'solution'}) a été réalisée, ce qui a été confirmé le ${f.date(p.fulfilledOn)} : ce litige n’appelle plus de démarche de votre part.`,
    en: (p, f) => `The agreed remedy (${AGREED_EN[String(p.remedy)] ?? 'remedy'}) was carried out, as confirmed on ${f.date(p.fulfilledOn)}: this dispute calls for nothing more from you.`,
  },
  'next.agreedFulfilled.inKind': {
    fr: (p, f) => `La solution convenue (${AGREED_FR[String(p.remedy)] ?? 'solution'}) a été réalisée, ce qui a été confirmé le ${f.date(p.fulfilledOn)}. Si le défaut réapparaît, vous pourrez demander une réduction du prix ou un remboursement.`,
    en: (p, f) => `The agreed remedy (${AGREED_EN[String(p.remedy)] ?? 'remedy'}) was carried out, as confirmed on ${f.date(p.fulfilledOn)}. If the defect comes back, you may ask for a price reduction or a refund.`,
  },
  // An agreed sum she reported not paid (or contested the merchant's report of it): owed under the
  // agreement, her step a formal notice citing it; the mediator or the court follow (next.mediator…).
  // No article cited: the domain notes give none for enforcing an agreement (docs/consumer-law.md, item 30).
  'next.agreedNotCarriedOut': {
    fr: (p, f) => `Vous avez signalé le ${f.date(p.notCarriedOutOn)} que la somme convenue le ${f.date(p.agreedOn)} (${agreedSumFr(p, f)}) ne vous a pas été versée${p.reportedCarriedOutOn ? `, alors que le vendeur déclare l’avoir versée le ${f.date(p.reportedCarriedOutOn)}` : ''} : elle devait l’être au plus tard le ${f.date(p.dueOn)} et elle vous reste due. Mettez le vendeur en demeure par écrit, par lettre recommandée avec accusé de réception, de vous la verser dans un délai que vous fixez, en citant cet accord ; gardez une copie de la lettre.`,
    en: (p, f) => `You reported on ${f.date(p.notCarriedOutOn)} that the sum agreed on ${f.date(p.agreedOn)} (${agreedSumEn(p, f)}) was not paid to you${p.reportedCarriedOutOn ? `, although the seller reports paying it on ${f.date(p.reportedCarriedOutOn)}` : ''}: it was due by ${f.date(p.dueOn)} and is still owed to you. Send the seller a formal notice in writing, by registered letter with acknowledgement of receipt, to pay it within a time you set, citing this agreement; keep a copy of the letter.`,
  },
  // Said before its day (she contested the merchant's report): still due by then.
  'next.agreedNotCarriedOut.notYetDue': {
    fr: (p, f) => `Vous avez signalé le ${f.date(p.notCarriedOutOn)} que la somme convenue le ${f.date(p.agreedOn)} (${agreedSumFr(p, f)}) ne vous a pas été versée${p.reportedCarriedOutOn ? `, alors que le vendeur déclare l’avoir versée le ${f.date(p.reportedCarriedOutOn)}` : ''} : elle doit vous être versée au plus tard le ${f.date(p.dueOn)}. Si elle ne l’est pas d’ici là, mettez le vendeur en demeure par écrit, par lettre recommandée avec accusé de réception, de vous la verser, en citant cet accord.`,
    en: (p, f) => `You reported on ${f.date(p.notCarriedOutOn)} that the sum agreed on ${f.date(p.agreedOn)} (${agreedSumEn(p, f)}) was not paid to you${p.reportedCarriedOutOn ? `, although the seller reports paying it on ${f.date(p.reportedCarriedOutOn)}` : ''}: it must be paid to you by ${f.date(p.dueOn)}. If it is not by then, send the seller a formal notice in writing, by registered letter with acknowledgement of receipt, to pay it, citing this agreement.`,
  },
  // Carried out by default: she neither confirmed nor contested the merchant's report within her period.
  'next.agreedDeemed': {
    fr: (p, f) => `Le vendeur a déclaré avoir réalisé la solution convenue (${AGREED_FR[String(p.remedy)] ?? 'solution'}) le ${f.date(p.reportedCarriedOutOn)} et vous ne l’avez ni confirmé ni contesté au plus tard le ${f.date(p.confirmationDueOn)} : elle est tenue pour réalisée, et ce litige n’appelle plus de démarche de votre part.`,
    en: (p, f) => `The seller reported the agreed remedy (${AGREED_EN[String(p.remedy)] ?? 'remedy'}) carried out on ${f.date(p.reportedCarriedOutOn)}, and you neither confirmed nor contested it by ${f.date(p.confirmationDueOn)}: it counts as carried out, and this dispute calls for nothing more from you.`,
  },
  'next.agreedDeemed.inKind': {
    fr: (p, f) => `Le vendeur a déclaré avoir réalisé la solution convenue (${AGREED_FR[String(p.remedy)] ?? 'solution'}) le ${f.date(p.reportedCarriedOutOn)} et vous ne l’avez ni confirmé ni contesté au plus tard le ${f.date(p.confirmationDueOn)} : elle est tenue pour réalisée. Si le défaut réapparaît, vous pourrez demander une réduction du prix ou un remboursement.`,
    en: (p, f) => `The seller reported the agreed remedy (${AGREED_EN[String(p.remedy)] ?? 'remedy'}) carried out on ${f.date(p.reportedCarriedOutOn)}, and you neither confirmed nor contested it by ${f.date(p.confirmationDueOn)}: it counts as carried out. If the defect comes back, you may ask for a price reduction or a refund.`,
  },
  'next.reasonableTime.REPAIR': {
    fr: (p, f) => `Le vendeur doit achever la réparation demandée le ${f.date(p.requestedOn)} dans un délai raisonnable, sans frais ; si cela traîne, écrivez que vous voulez une réduction du prix ou un remboursement.`,
    en: (p, f) => `The seller must complete the repair requested on ${f.date(p.requestedOn)} within a reasonable time, free of charge; if it drags on, write that you want a price reduction or a refund instead.`,
  },
  'next.reasonableTime.REPLACEMENT': {
    fr: (p, f) => `Le vendeur doit livrer le remplacement demandé le ${f.date(p.requestedOn)} dans un délai raisonnable, sans frais ; si cela traîne, écrivez que vous voulez une réduction du prix ou un remboursement.`,
    en: (p, f) => `The seller must deliver the replacement requested on ${f.date(p.requestedOn)} within a reasonable time, free of charge; if it drags on, write that you want a price reduction or a refund instead.`,
  },
  'next.askRepairOrReplace': {
    fr: () => 'Demandez par écrit au vendeur de réparer ou de remplacer le bien, sans frais, transport compris.',
    en: () => 'Ask the seller in writing to repair or replace the goods, free of charge including shipping.',
  },
  'next.writeFirst': {
    fr: () => 'Faites toutes vos demandes par écrit et gardez-en une copie : une réclamation écrite ouvre le délai d’un an pour la médiation de la consommation.',
    en: () => 'Make every request in writing and keep a copy: a written complaint opens the one-year window for consumer mediation.',
  },
  'next.mediationUnderway': {
    fr: (p, f) => `Le médiateur de la consommation est saisi depuis le ${f.date(p.referredOn)} : la médiation doit aboutir au plus tard le ${f.date(p.outcomeDueOn)}.`,
    en: (p, f) => `The consumer mediator has had the dispute since ${f.date(p.referredOn)}: the mediation’s outcome is due by ${f.date(p.outcomeDueOn)}.`,
  },
  'next.mediationRequested': {
    fr: (p, f) => `La demande de médiation est entre les mains du médiateur de la consommation depuis le ${f.date(p.requestedOn)} : il doit dire au plus tard le ${f.date(p.decisionDueOn)} si elle est recevable (un rejet se notifie dans les trois semaines, article L612-2 du Code de la consommation).`,
    en: (p, f) => `The mediation request has been with the consumer mediator since ${f.date(p.requestedOn)}: the mediator must say by ${f.date(p.decisionDueOn)} whether it is admissible (a rejection is notified within three weeks, Article L612-2 of the French Consumer Code).`,
  },
  'next.mediationRequested.noDate': {
    fr: (p, f) => `La demande de médiation est entre les mains du médiateur de la consommation depuis le ${f.date(p.requestedOn)} : il doit dire si elle est recevable.`,
    en: (p, f) => `The mediation request has been with the consumer mediator since ${f.date(p.requestedOn)}: the mediator must say whether it is admissible.`,
  },
  'next.mediationEnded': {
    fr: (p, f) => `La médiation, engagée le ${f.date(p.referredOn)}, a pris fin le ${f.date(p.endedOn)} sans accord. Vous pouvez saisir le tribunal : la médiation tentée vaut tentative de règlement amiable.`,
    en: (p, f) => `The mediation, begun on ${f.date(p.referredOn)}, ended on ${f.date(p.endedOn)} without an agreement. You may bring the claim before the court: the mediation attempted counts as the attempt at an amicable settlement.`,
  },
  // The mediation's outcome was an agreement: if it is not carried out, the court, the mediation counting as the attempt (CPC 750-1).
  'next.mediationAgreed': {
    fr: (p, f) => `La médiation, engagée le ${f.date(p.referredOn)}, a abouti à un accord le ${f.date(p.agreedOn)}. S’il n’est pas exécuté, vous pouvez saisir le tribunal : la médiation tentée vaut tentative de règlement amiable.`,
    en: (p, f) => `The mediation, begun on ${f.date(p.referredOn)}, reached an agreement on ${f.date(p.agreedOn)}. If it is not carried out, you may bring the claim before the court: the mediation attempted counts as the attempt at an amicable settlement.`,
  },
  'next.mediationOverdue': {
    fr: (p, f) => `Le médiateur de la consommation est saisi depuis le ${f.date(p.referredOn)} ; la médiation devait aboutir au plus tard le ${f.date(p.outcomeDueOn)}. Sans issue, vous pouvez saisir le tribunal : la médiation tentée vaut tentative de règlement amiable.`,
    en: (p, f) => `The consumer mediator has had the dispute since ${f.date(p.referredOn)}; the mediation’s outcome was due by ${f.date(p.outcomeDueOn)}. Without one, you may bring the claim before the court: the mediation attempted counts as the attempt at an amicable settlement.`,
  },
  'next.mediationUnderway.noDate': {
    fr: (p, f) => `Le médiateur de la consommation est saisi depuis le ${f.date(p.referredOn)}.`,
    en: (p, f) => `The consumer mediator has had the dispute since ${f.date(p.referredOn)}.`,
  },
  'next.mediator': {
    fr: (p, f) => `Si le vendeur ne règle pas le litige, saisissez le médiateur de la consommation au plus tard le ${f.date(p.lapsesOn)}.`,
    en: (p, f) => `If the seller does not settle, refer the dispute to the consumer mediator by ${f.date(p.lapsesOn)}.`,
  },
  'next.mediationClosed.conciliation': {
    fr: (p, f) => `Le délai pour saisir le médiateur a pris fin le ${f.date(p.lapsesOn)} ; avant d’aller en justice, tentez une conciliation auprès d’un conciliateur de justice (gratuite) : pour les demandes de ${FIVE_THOUSAND_EUROS_FR} ou moins, l’article 750-1 du Code de procédure civile impose une tentative de résolution amiable (conciliation, médiation ou procédure participative).`,
    en: (p, f) => `The mediation window closed on ${f.date(p.lapsesOn)}; before going to court, try conciliation with a conciliateur de justice (free): for claims of EUR 5,000 or less, Article 750-1 of the Code of Civil Procedure requires an attempt at amicable resolution (conciliation, mediation or participatory procedure).`,
  },
  'next.mediationClosed.smallClaims': {
    fr: (p, f) => `Le délai pour saisir le médiateur a pris fin le ${f.date(p.lapsesOn)} ; la procédure européenne de règlement des petits litiges est ouverte pour cette demande transfrontière.`,
    en: (p, f) => `The mediation window closed on ${f.date(p.lapsesOn)}; the European Small Claims Procedure is open for this cross-border claim.`,
  },
  'next.mediationClosed.court': {
    fr: (p, f) => `Le délai pour saisir le médiateur a pris fin le ${f.date(p.lapsesOn)} ; il reste la saisine du tribunal.`,
    en: (p, f) => `The mediation window closed on ${f.date(p.lapsesOn)}; what remains is a claim before the court.`,
  },
  'next.clock': {
    fr: (p, f) => `Le délai pour agir en justice court jusqu’au ${f.date(p.until)}.`,
    en: (p, f) => `The time to go to court runs until ${f.date(p.until)}.`,
  },
  // After an agreed repair or replacement carried out: information, should the defect come back, not a step.
  'next.clock.ifDefectReturns': {
    fr: (p, f) => `Le délai pour agir en justice sur ce défaut, s’il réapparaît, court jusqu’au ${f.date(p.until)}.`,
    en: (p, f) => `The time to go to court over this defect, should it come back, runs until ${f.date(p.until)}.`,
  },
  'next.clock.closed': {
    fr: (p, f) => `Le délai pour agir en justice a expiré le ${f.date(p.until)}.`,
    en: (p, f) => `The time to go to court ran out on ${f.date(p.until)}.`,
  },
  'next.gatherEvidence': {
    fr: (p, f) => `Rassemblez des preuves que le défaut existait à la livraison : la présomption en votre faveur a pris fin le ${f.date(p.until)}.`,
    en: (p, f) => `Gather evidence that the defect existed at delivery: the presumption in your favour ended on ${f.date(p.until)}.`,
  },

  // Which law.
  'calendar.place': {
    fr: (p) => `Vos délais sont comptés en jours ${place(p).fr}, d’après votre code postal : chacun prend fin à minuit, ${parisTime(p) ? 'heure de Paris' : 'heure locale'}, et les jours qui prolongent le délai de rétractation sont ${listOf(['les samedis', 'les dimanches', 'les jours fériés nationaux', ...place(p).holidaysFr], 'et')}.`,
    en: (p) => `Your deadlines are counted in days ${place(p).en}, from your postcode: each ends at midnight ${parisTime(p) ? 'in Paris' : 'local time'}, and the days that extend the withdrawal period are ${listOf(['Saturdays', 'Sundays', 'national public holidays', ...place(p).holidaysEn], 'and')}.`,
  },
  'calendar.default': {
    fr: () => 'Vos délais sont comptés en jours de France métropolitaine, votre code postal n’étant pas connu : chacun prend fin à minuit, heure de Paris, et seuls les samedis, les dimanches et les jours fériés nationaux prolongent le délai de rétractation. Outre-mer ou en Alsace-Moselle, vos délais peuvent finir à une autre heure ou un autre jour : donnez votre code postal.',
    en: () => 'Your deadlines are counted in days of metropolitan France, as your postcode is not known: each ends at midnight in Paris, and only Saturdays, Sundays and national public holidays extend the withdrawal period. Overseas or in Alsace-Moselle, your deadlines may end at another hour or on another day: give your postcode.',
  },
  'calendar.notEncoded': {
    fr: () => 'recours ne connaît pas le calendrier du lieu de votre code postal : vos délais sont comptés en jours de France métropolitaine, chacun prend fin à minuit, heure de Paris, et seuls les samedis, les dimanches et les jours fériés nationaux prolongent le délai de rétractation.',
    en: () => 'recours does not know the calendar of the place of your postcode: your deadlines are counted in days of metropolitan France, each ends at midnight in Paris, and only Saturdays, Sundays and national public holidays extend the withdrawal period.',
  },
  'law.asked': {
    fr: (p, f) => `Les règles appliquées sont celles demandées (${f.country(p.asked)}).`,
    en: (p, f) => `The rules applied are those asked for (${f.country(p.asked)}).`,
  },
  'law.consumerCountry': {
    fr: (p, f) => `Le vendeur dirigeait son activité vers le pays du consommateur (${f.country(p.home)}) : celui-ci garde les protections impératives de son pays, appliquées ici à la place des règles demandées (${f.country(p.asked)}).`,
    en: (p, f) => `The seller directed its activity to the consumer’s country (${f.country(p.home)}): the consumer keeps that country’s mandatory protections, applied here instead of the rules asked for (${f.country(p.asked)}).`,
  },
  'law.consumerCountryNotEncoded': {
    fr: (p, f) => `Le vendeur dirigeait son activité vers le pays du consommateur (${f.country(p.home)}) : celui-ci garde les protections impératives de son pays, qui ne sont pas encodées ; la réponse applique les règles demandées (${f.country(p.asked)}) et peut donc en donner moins.`,
    en: (p, f) => `The seller directed its activity to the consumer’s country (${f.country(p.home)}): the consumer keeps that country’s mandatory protections, which are not encoded; the answer applies the rules asked for (${f.country(p.asked)}) and may therefore give less.`,
  },

  // Declining.
  'notAssessed.memberState': {
    fr: (p, f) => `Le droit national de ce pays (${f.country(p.jurisdiction)}) n’est pas encodé : aucune source n’a été vérifiée pour lui. Utilisez « EU » pour le minimum de la directive (UE) 2019/771, sachant que ce pays peut accorder davantage.`,
    en: (p, f) => `The national law of ${f.country(p.jurisdiction)} is not encoded: no source was checked for it. Use “EU” for the minimum of Directive (EU) 2019/771, bearing in mind that ${f.country(p.jurisdiction)} may grant more.`,
  },
  'notAssessed.jurisdiction': {
    fr: (p, f) => `Aucune règle de droit de la consommation n’est encodée pour « ${p.jurisdiction} ». Pris en charge : ${countries(p.supported, f)}.`,
    en: (p, f) => `No consumer-law rules are encoded for “${p.jurisdiction}”. Supported: ${countries(p.supported, f)}.`,
  },
  'notAssessed.contractDate': {
    fr: (p, f) => `Aucune règle encodée pour ce territoire (${f.country(p.jurisdiction)}) ne couvre les contrats conclus le ${f.date(p.purchasedOn)} ; les premières règles encodées s’appliquent à partir du ${f.date(p.earliest)}.`,
    en: (p, f) => `No rule set encoded for ${f.country(p.jurisdiction)} covers contracts concluded on ${f.date(p.purchasedOn)}; the earliest encoded rules apply from ${f.date(p.earliest)}.`,
  },
  'notAssessed.digitalContent': {
    fr: () => 'Les contenus et services numériques fournis seuls relèvent des articles L224-25-12 et suivants du Code de la consommation, qui ne sont pas encore encodés : non évalué.',
    en: () => 'Digital content and digital services supplied on their own fall under Articles L224-25-12 and following of the French Consumer Code, which are not encoded yet: not assessed.',
  },
} as const satisfies Record<string, Sentence>;

export type SentenceCode = keyof typeof SENTENCES;

