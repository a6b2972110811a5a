import { frenchTypography } from '@recours/locale';
import type { Locale, RenderedMessage } from './message';

/**
 * Every legal source the engine cites, in French and in English. A citation is a message
 * like any other: a stable code a client can map, and its text in the reader's language.
 */
const CONSO_FR = 'Code de la consommation, art.';
const CONSO_EN = 'Code de la consommation art.';
const SGD_FR = 'Directive (UE) 2019/771, art.';
const SGD_EN = 'Directive (EU) 2019/771 art.';

/** The codes a list of citations is grouped by (« Code civil, art. 1641 et 1648 »), named in each language. */
const GROUPS = {
  CONSO: { fr: 'Code de la consommation, art.', en: 'French Consumer Code, Art.' },
  CIVIL: { fr: 'Code civil, art.', en: 'French Civil Code, Art.' },
  SGD: { fr: 'Directive (UE) 2019/771, art.', en: 'Directive (EU) 2019/771, Art.' },
} as const;

/** An article within its code, for a grouped list: its number and parts (« L217-14 1° »), without the gloss in brackets. */
interface Grouped {
  group: keyof typeof GROUPS;
  article: { fr: string; en: string };
}

/**
 * A citation of no code (a decision) may name its own forms: `listed` in a list of bases, without its
 * gloss in brackets (the sentence beside it says what it holds), and `inText` in running text, after
 * « conformément » or “under”, « à » included in French.
 */
interface WholeForms {
  listed?: { fr: string; en: string };
  inText?: { fr: string; en: string };
}

const bare = (suffix: string) => suffix.replace(/ ?\(.*\)$/, '');
const article = (group: Grouped['group'], number: string, fr: string, en: string): Grouped => ({ group, article: { fr: `${number}${bare(fr)}`, en: `${number}${bare(en)}` } });

const conso = (number: string, fr = '', en = fr) => ({ fr: `${CONSO_FR} ${number}${fr}`, en: `${CONSO_EN} ${number}${en}`, grouped: article('CONSO', number, fr, en) });
const sgd = (number: string, fr = '', en = fr) => ({ fr: `${SGD_FR} ${number}${fr}`, en: `${SGD_EN} ${number}${en}`, grouped: article('SGD', number, fr, en) });
const civil = (number: string, fr = '', en = fr) => ({ fr: `Code civil, art. ${number}${fr}`, en: `Code civil art. ${number}${en}`, grouped: article('CIVIL', number, fr, en) });
const same = (text: string) => ({ fr: text, en: text });

export const CITATIONS = {
  'FR.L217-3': conso('L217-3'),
  'FR.L217-3.digital': conso('L217-3', ' (éléments numériques fournis de manière continue)', ' (digital elements supplied continuously)'),
  'FR.L217-7': conso('L217-7'),
  'FR.L217-8': conso('L217-8'),
  'FR.L217-8.damages': conso('L217-8', ' (dommages et intérêts dans tous les cas)', ' (damages in every case)'),
  'FR.L217-9': conso('L217-9'),
  'FR.L217-10': conso('L217-10', ' (30 jours suivant la demande du consommateur)', ' (30 days from the consumer’s request)'),
  'FR.L217-11': conso('L217-11'),
  'FR.L217-12': conso('L217-12'),
  'FR.L217-12.refusal': conso('L217-12', ' (refus motivé par écrit ; exécution forcée après mise en demeure)', ' (refusal reasoned in writing; performance may be enforced after formal notice)'),
  'FR.L217-13.1': conso('L217-13', ', al. 1 (6 mois par réparation sous garantie)', ' para. 1 (6 months per repair under the warranty)'),
  'FR.L217-13.2': conso('L217-13', ', al. 2 (nouveau délai à la livraison d’un remplacement imposé au lieu de la réparation demandée)', ' para. 2 (new period from delivery of a replacement made instead of a requested repair)'),
  'FR.L217-14': conso('L217-14'),
  'FR.L217-14.1': conso('L217-14', ' 1°'),
  'FR.L217-14.2': conso('L217-14', ' 2°'),
  'FR.L217-14.3': conso('L217-14', ' 3°'),
  'FR.L217-14.4': conso('L217-14', ' 4°'),
  'FR.L217-14.serious': conso('L217-14', ' (défaut si grave qu’il justifie une réduction du prix ou une résolution immédiate)', ' (defect serious enough for an immediate remedy)'),
  'FR.L217-14.minor': conso('L217-14', ' (pas de résolution pour un défaut mineur)', ' (no termination for a minor defect)'),
  'FR.L217-17': conso('L217-17'),
  'FR.L217-21': conso('L217-21'),
  'FR.L217-23': conso('L217-23'),
  'FR.L217-28': conso('L217-28', ' (immobilisation d’au moins 7 jours)', ' (immobilisation of 7 days or more)'),
  'FR.D211-2': { fr: 'Code de la consommation, encadré annexé à l’art. D211-2 (suspension pendant l’immobilisation)', en: 'Code de la consommation, information box annexed to art. D211-2 (suspension during immobilisation)' },
  'FR.L221-18': conso('L221-18'),
  'FR.L221-19': conso('L221-19', ' 3° (délai expirant un samedi, un dimanche ou un jour férié prorogé jusqu’au premier jour ouvrable suivant)', ' 3° (a period expiring on a Saturday, Sunday or public holiday extended to the next working day)'),
  'FR.L224-25-12': conso('L224-25-12', ' et suivants', ' and following'),
  'FR.L111-4': conso('L111-4'),
  'FR.L112-1': conso('L112-1'),
  'FR.L241-5': conso('L241-5'),
  'FR.L612-2': conso('L612-2', ' (réclamation écrite préalable ; saisine dans l’année)', ' (prior written complaint; referral within one year of it)'),
  'FR.L612-2.rejection': conso('L612-2', ', dernier alinéa (rejet notifié dans les trois semaines suivant la réception du dossier)', ', last paragraph (a rejection notified within three weeks of receiving the file)'),
  'FR.R612-2': conso('R612-2', ' (saisine notifiée aux parties dès réception du dossier : point de départ des 90 jours)', ' (the parties told of the referral once the file is received: the 90 days run from it)'),
  'FR.R612-5': conso('R612-5', ' (90 jours, prolongeables pour un litige complexe)', ' (90 days, extendable for a complex dispute)'),
  'FR.C_ENV.L541-10-4': { fr: 'Code de l’environnement, art. L541-10-4 (fonds réparation, bonus réparation)', en: 'Code de l’environnement art. L541-10-4 (repair funds, repair bonus)' },
  'FR.C_COM.L110-3': { fr: 'Code de commerce, art. L110-3 (preuve par tout moyen contre un commerçant)', en: 'Code de commerce art. L110-3 (proof by any means against a trader)' },
  'FR.CC.1221': civil('1221'),
  'FR.CC.1231-1': civil('1231-1'),
  'FR.CC.1641': civil('1641'),
  'FR.CC.1644': civil('1644', ' (rendre le bien contre restitution du prix, ou le garder contre une partie du prix)', ' (return the goods for the price, or keep them for part of it)'),
  'FR.CC.1645': civil('1645', ' (tous dommages et intérêts dus par le vendeur qui connaissait les vices)', ' (all damages owed by a seller who knew the defects)'),
  'FR.CC.1648': civil('1648', ' (deux ans à compter de la découverte)', ' (two years from discovery)'),
  'FR.CC.2224': civil('2224', ' (cinq ans)', ' (five years)'),
  'FR.CC.2232': civil('2232', ' (délai butoir de vingt ans)', ' (twenty-year long-stop)'),
  'FR.CASS.2023-07-21': { fr: 'Cass. ch. mixte, 21 juillet 2023 (vingt ans à compter de la vente)', en: 'Cass. ch. mixte, 21 July 2023 (twenty years from the sale)' },
  // The settled case law read with 1645: a professional seller is deemed to know the defects of what
  // it sells, and may not prove otherwise (docs/consumer-law.md, item 24, for the sources checked).
  'FR.CASS.1965-01-19': {
    fr: 'Cass. 1re civ., 19 janvier 1965, n° 61-10.952, et Cass. com., 5 juillet 2023, n° 22-11.621 (le vendeur professionnel est présumé, sans preuve contraire possible, connaître les vices de la chose vendue)',
    en: 'Cass. 1re civ., 19 January 1965, No. 61-10.952, and Cass. com., 5 July 2023, No. 22-11.621 (a professional seller is presumed, with no proof to the contrary allowed, to know the defects of the goods sold)',
    listed: { fr: 'Cass. 1re civ., 19 janvier 1965, n° 61-10.952, et Cass. com., 5 juillet 2023, n° 22-11.621', en: 'Cass. 1re civ., 19 January 1965, No. 61-10.952, and Cass. com., 5 July 2023, No. 22-11.621' },
    inText: {
      fr: 'à la jurisprudence constante de la Cour de cassation (Cass. 1re civ., 19 janvier 1965, n° 61-10.952 ; Cass. com., 5 juillet 2023, n° 22-11.621)',
      en: 'the settled case law of the Cour de cassation (Cass. 1re civ., 19 January 1965, No. 61-10.952; Cass. com., 5 July 2023, No. 22-11.621)',
    },
  },
  'FR.C_TRAV.L3133-1': { fr: 'Code du travail, art. L3133-1 (jours fériés)', en: 'Code du travail art. L3133-1 (public holidays)' },
  'FR.C_TRAV.L3134-13': { fr: 'Code du travail, art. L3134-13 (jours fériés d’Alsace-Moselle)', en: 'Code du travail art. L3134-13 (public holidays of Alsace-Moselle)' },
  'FR.LOI.83-550': {
    fr: 'Loi n° 83-550 du 30 juin 1983 et décret n° 83-1003 du 23 novembre 1983 (jour férié de l’abolition de l’esclavage)',
    en: 'Loi n° 83-550 of 30 June 1983 and décret n° 83-1003 of 23 November 1983 (public holiday of the abolition of slavery)',
  },
  'FR.CPC.750-1': { fr: 'Code de procédure civile, art. 750-1 (rétabli par le décret n° 2023-357)', en: 'Code de procédure civile art. 750-1 (restored by décret n° 2023-357)' },
  'EU.SGD.10.1': sgd('10(1)'),
  'EU.SGD.10.2': sgd('10(2)', ' (fourniture continue d’éléments numériques)', ' (continuous supply of digital elements)'),
  'EU.SGD.10.2a': { fr: 'Directive (UE) 2019/771, art. 10(2a), inséré par la directive (UE) 2024/1799, art. 16 (12 mois, une fois)', en: 'Directive (EU) 2019/771 art. 10(2a), inserted by Directive (EU) 2024/1799 art. 16 (12 months, once)' },
  'EU.SGD.10.4-5': sgd('10(4), 10(5)', ' (délais de prescription laissés au droit national)', ' (limitation periods left to national law)'),
  'EU.SGD.11.1': sgd('11(1)'),
  'EU.SGD.11.3': sgd('11(3)'),
  'EU.SGD.12': sgd('12', ' (obligation de dénonciation, option des États membres)', ' (notification duty, a member-state option)'),
  'EU.SGD.13.2': sgd('13(2), 14'),
  'EU.SGD.13.3': sgd('13(3)'),
  'EU.SGD.13.4': sgd('13(4), 15'),
  'EU.SGD.13.4.refund': sgd('13(4), 16'),
  'EU.SGD.13.4.a': sgd('13(4)(a)'),
  'EU.SGD.13.4.a-d': sgd('13(4)(a), (d)'),
  'EU.SGD.13.4.b': sgd('13(4)(b)'),
  'EU.SGD.13.4.c': sgd('13(4)(c)'),
  'EU.SGD.13.5': sgd('13(5)'),
  'EU.SGD.14.1.b': sgd('14(1)(b)', ' (dans un délai raisonnable, sans nombre de jours fixé)', ' (within a reasonable period, no fixed number of days)'),
  'EU.SGD.14.1.b.late': sgd('13(4)(a), 14(1)(b)'),
  'EU.SGD.3.6': sgd('3(6)'),
  'EU.SGD.17': sgd('17'),
  'EU.SGD.17.durability': sgd('17(1)', ' (garantie commerciale de durabilité du producteur)', ' (producer’s commercial guarantee of durability)'),
  'EU.REG.1182/71.3.4': { fr: 'Règlement (CEE, Euratom) n° 1182/71, art. 3(4) (dernier jour férié, samedi ou dimanche : fin à l’expiration du jour ouvrable suivant)', en: 'Regulation (EEC, Euratom) No 1182/71 art. 3(4) (last day a public holiday, Saturday or Sunday: ends with the following working day)' },
  'EU.DIR.2024/1799.16': { fr: 'Directive (UE) 2024/1799, art. 16', en: 'Directive (EU) 2024/1799 art. 16' },
  'EU.ADR.5.4': { fr: 'Directive 2013/11/UE, art. 5(4)(a), (e) (un organisme de règlement extrajudiciaire des litiges peut exiger une réclamation préalable et refuser une saisine plus d’un an après)', en: 'Directive 2013/11/EU art. 5(4)(a), (e) (an ADR entity may require a prior complaint and may refuse referrals made more than one year after it)' },
  'EU.REG.861/2007': { fr: 'Règlement (CE) n° 861/2007, art. 2(1) et 3, modifié par le règlement (UE) 2015/2421', en: 'Regulation (EC) No 861/2007 art. 2(1) and 3, as amended by Regulation (EU) 2015/2421' },
  'EU.ROME_I.6': { fr: 'Règlement (CE) n° 593/2008 (Rome I), art. 6', en: 'Regulation (EC) No 593/2008 (Rome I) art. 6' },
  'EU.BRUSSELS_IA.18': { fr: 'Règlement (UE) n° 1215/2012 (Bruxelles I bis), art. 18(1)', en: 'Regulation (EU) No 1215/2012 (Brussels I recast) art. 18(1)' },
  'BE.CC.1649quater.1': same('Code civil (BE) art. 1649quater §\u00a01'),
  'BE.CC.1649quater.2': same('Code civil (BE) art. 1649quater §\u00a02'),
  'BE.CC.1649quater.3': same('Code civil (BE) art. 1649quater §\u00a03'),
  'BE.CC.1649quater.4': same('Code civil (BE) art. 1649quater §\u00a04'),
  'ES.TRLGDCU.120': same('TRLGDCU (ES) art. 120'),
  'ES.TRLGDCU.121': same('TRLGDCU (ES) art. 121'),
  'ES.TRLGDCU.124': same('TRLGDCU (ES) art. 124'),
  'ES.RDL.7/2021': same('Real Decreto-ley 7/2021 (ES)'),
  'PT.DL84.12': same('Decreto-Lei n.º 84/2021 (PT) art. 12.º, n.º 1'),
  'PT.DL84.12.4': { fr: 'Decreto-Lei n.º 84/2021 (PT) art. 12.º, n.º 4 (signalement par tout moyen permettant la preuve, sans délai)', en: 'Decreto-Lei n.º 84/2021 (PT) art. 12.º, n.º 4 (notice by any provable means, no deadline)' },
  'PT.DL84.13': same('Decreto-Lei n.º 84/2021 (PT) art. 13.º'),
  'PT.DL84.13.3': {
    fr: 'Decreto-Lei n.º 84/2021 (PT) art. 13.º, n.º 3 (bien d’occasion : un an seulement si vous avez convenu avec le vendeur de réduire la garantie à 18 mois)',
    en: 'Decreto-Lei n.º 84/2021 (PT) art. 13.º, n.º 3 (used goods: one year only if you agreed with the seller to reduce the warranty to 18 months)',
  },
  'PT.DL84.17': { fr: 'Decreto-Lei n.º 84/2021 (PT) art. 17.º (déchéance deux ans après le signalement du défaut)', en: 'Decreto-Lei n.º 84/2021 (PT) art. 17.º (rights lapse two years after the non-conformity was communicated)' },
  'PT.DL84': same('Decreto-Lei n.º 84/2021 (PT)'),
  'DE.BGB.438': same('BGB (DE) §\u00a0438 Abs. 1 Nr. 3'),
  'DE.BGB.477': same('BGB (DE) §\u00a0477 Abs. 1'),
  'DE.HGB.377': same('HGB (DE) §\u00a0377'),
  'IT.CCONS.133.1': same('Codice del consumo (IT) art. 133, c. 1'),
  'IT.CCONS.133.3': same('Codice del consumo (IT) art. 133, c. 3'),
  'IT.CCONS.135': same('Codice del consumo (IT) art. 135'),
  'IT.DLGS.170/2021': same('D.Lgs. 170/2021 (IT)'),
  'NL.BW.7:17': same('Burgerlijk Wetboek (NL) art. 7:17'),
  'NL.BW.7:18': same('Burgerlijk Wetboek (NL) art. 7:18'),
  'NL.BW.7:23.1': same('Burgerlijk Wetboek (NL) art. 7:23 lid 1'),
  'NL.BW.7:23.2': same('Burgerlijk Wetboek (NL) art. 7:23 lid 2'),
  'SE.KKL': same('Konsumentköplag (SE) 2022:260'),
  'SE.PRESKL.2': { fr: 'Preskriptionslag (SE) 1981:130, 2 § (dix ans à compter de la naissance de la créance)', en: 'Preskriptionslag (SE) 1981:130, 2 § (ten years from the claim’s origin)' },
} as const satisfies Record<string, { fr: string; en: string; grouped?: Grouped } & WholeForms>;

export type Citation = keyof typeof CITATIONS;

/** « a, b et c », “a, b and c”. */
function listed(items: readonly string[], locale: Locale): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${locale === 'fr' ? 'et' : 'and'} ${items[items.length - 1]}`;
}

/** The codes in running text, after the articles (« aux articles 1641 et 1648 du Code civil »), in each language. */
const IN_TEXT = {
  CONSO: { fr: 'du Code de la consommation', en: 'of the French Consumer Code' },
  CIVIL: { fr: 'du Code civil', en: 'of the French Civil Code' },
  SGD: { fr: 'de la directive (UE) 2019/771', en: 'of Directive (EU) 2019/771' },
} as const;

/** French's separator between citations: a narrow no-break space before « ; », as French typography sets it everywhere. */
export const CITATION_SEPARATOR = { fr: '\u202f; ', en: '; ' } as const;

type Group = { group: Grouped['group']; articles: string[] };

/** A citation's own form in `locale`, typeset as the rest of French; undefined when it has none. */
const wholeForm = (own: { fr: string; en: string } | undefined, locale: Locale) => (own ? (locale === 'fr' ? frenchTypography(own.fr) : own.en) : undefined);

/** Citations by code, in the order first cited, their articles in numeric order, each once; a citation of no code stands whole. */
function groupsOf(citations: readonly Pick<RenderedMessage, 'code' | 'text'>[], locale: Locale, form: keyof WholeForms = 'listed'): (Group | string)[] {
  const parts: (Group | string)[] = [];
  for (const c of citations) {
    const known: ({ grouped?: Grouped } & WholeForms) | undefined = (CITATIONS as Record<string, { grouped?: Grouped } & WholeForms>)[c.code];
    const grouped = known?.grouped;
    if (!grouped) {
      const text = wholeForm(known?.[form], locale) ?? c.text;
      if (!parts.includes(text)) parts.push(text);
      continue;
    }
    const number = grouped.article[locale];
    const group = parts.find((p): p is Group => typeof p !== 'string' && p.group === grouped.group);
    if (!group) parts.push({ group: grouped.group, articles: [number] });
    else if (!group.articles.includes(number)) group.articles.push(number);
  }
  const inOrder = (articles: string[]) => [...articles].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return parts.map((p) => (typeof p === 'string' ? p : { group: p.group, articles: inOrder(p.articles) }));
}

/**
 * Citations as one list grouped by code, each code named once: « Code de la consommation, art.
 * L217-3, L217-7 et L217-10 ; Code civil, art. 1641 et 1648 » (“French Consumer Code, Art. L217-3,
 * L217-7 and L217-10; French Civil Code, Art. 1641 and 1648”: English names the country, as recours
 * cites other countries' codes too). Codes in the order first cited, their
 * articles in numeric order, each once (its glosses in brackets left out); a citation of no code (a decision,
 * a regulation, a national law) stands whole, or as its `listed` form where it has one. A list of bases, in brackets or on its own: in a
 * sentence, citationsInText. French sets a narrow no-break space before « ; » (CITATION_SEPARATOR).
 */
export function groupCitations(citations: readonly Pick<RenderedMessage, 'code' | 'text'>[], locale: Locale): string {
  return groupsOf(citations, locale)
    .map((p) => (typeof p === 'string' ? p : `${GROUPS[p.group][locale]} ${listed(p.articles, locale)}`))
    .join(CITATION_SEPARATOR[locale]);
}

/**
 * The same citations as running text reads them, after « conformément » or “under”: « aux articles
 * L217-3 et L217-10 du Code de la consommation et aux articles 1641 et 1648 du Code civil », « à
 * l’article 1644 du Code civil »; “articles L217-3 and L217-10 of the French Consumer Code and article 1644
 * of the French Civil Code”. Same order and articles as groupCitations; a citation of no code stands whole
 * (after « à » in French), or as its own running-text form where it has one (`inText`: « et à la
 * jurisprudence constante de la Cour de cassation (…) »). Empty for no citation.
 */
export function citationsInText(citations: readonly Pick<RenderedMessage, 'code' | 'text'>[], locale: Locale): string {
  const fr = locale === 'fr';
  // A citation with its own running-text form (the case law of 1645: « à la jurisprudence constante
  // de la Cour de cassation (…) ») reads as that form, « à » included.
  const phrased = new Set(citations.map((c) => wholeForm((CITATIONS as Record<string, WholeForms>)[c.code]?.inText, locale)).filter((t) => t !== undefined));
  const parts = groupsOf(citations, locale, 'inText').map((p) => {
    if (typeof p === 'string') return phrased.has(p) || !fr ? p : `à ${p}`;
    const many = p.articles.length > 1;
    const articles = fr ? (many ? 'aux articles' : 'à l’article') : many ? 'articles' : 'article';
    return `${articles} ${listed(p.articles, locale)} ${IN_TEXT[p.group][locale]}`;
  });
  return listed(parts, locale);
}
