/*
 * What the agreement specs read (libs/disputes french-agreement, apps/api french-agreement): a
 * French problem follows the field's label, « « Défaut constaté le » ne doit pas précéder… », and
 * the label's gender varies (« Date d’achat », « Remis le », « Montant », « une valeur »), so
 * nothing in the problem may agree with it. Until 2026-12-07 the dates' problems said
 * « antérieure », « postérieure », « comprise », which read « « Défaut constaté le » ne doit pas
 * être postérieure à aujourd’hui ».
 */

/**
 * The word that says what the subject is, after « être » (« est », « doit être », « ne doit pas
 * être »...), past the adverbs between them. Letters, not \b: \b knows only ASCII letters, and
 * would miss a word that starts or ends with an accented one (« écrit », « daté »).
 */
const ATTRIBUTE = /(?<!\p{L})(?:être|est|sont|soit|sera|serait)\s+(?:(?:pas|plus|déjà|bien|trop|encore)\s+)*(\p{L}+)/gu;

/** Such a word when it agrees, in either gender and number: an adjective or a participle, not an epicene word (« vide », « obligatoire », « valide ») nor a determiner (« un montant positif »: « positif » agrees with « montant »). */
const AGREEING = /^(?:antérieur|postérieur|supérieur|inférieur|ultérieur|compris|requis|omis|inclus|négatif|négative|positif|positive|nul|nulle|celui|celle|seul|écrit|inscrit|joint|fait|ouvert|dû|due|\p{L}+é)(?:e|s|es)?$/u;

/** The words of `words` that agree with its subject (« postérieure » in « ne doit pas être postérieure à aujourd’hui »). */
export const agreeingWords = (words: string): string[] =>
  [...words.matchAll(ATTRIBUTE)].map((match) => match[1]!).filter((word) => AGREEING.test(word));

/**
 * What of a problem agrees with the label before it: its words without what is between brackets
 * (a date, a quoted label) and without a clause of its own after « : » (« la solution convenue
 * est réalisée après lui »); nothing when the problem has a subject of its own (« une demande
 * irrecevable doit être motivée », « le même document figure deux fois »).
 */
export const predicateOf = (problem: string): string => {
  if (/^(?:(?:un|une|le|la|les|seule?|ce|cette|aucune?)\s|l’)/u.test(problem)) return '';
  return problem.replace(/\([^)]*\)/g, '').split(/[\s\u202f\u00a0]:\s/)[0]!;
};

/** The words of a problem that agree with the label it follows (none, for a problem written right). */
export const wordsAgreeingWithLabel = (problem: string): string[] => agreeingWords(predicateOf(problem));
