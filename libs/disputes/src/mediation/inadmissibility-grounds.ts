import type { Phrase } from '@recours/locale';

/**
 * The grounds on which a consumer mediator refuses to examine a dispute, Code de la consommation
 * L612-2 1° to 5°: no prior written complaint to the professional, a request manifestly unfounded
 * or abusive, a dispute already examined (or being examined) by another mediator or a court, a
 * request lodged more than one year after the written complaint, a dispute outside the mediator's
 * competence. The annual activity report counts refusals per ground (R614-2 3°).
 */
export const INADMISSIBILITY_GROUNDS = ['NO_PRIOR_WRITTEN_COMPLAINT', 'MANIFESTLY_UNFOUNDED_OR_ABUSIVE', 'ALREADY_EXAMINED', 'LODGED_AFTER_ONE_YEAR', 'OUTSIDE_COMPETENCE'] as const;
export type InadmissibilityGround = (typeof INADMISSIBILITY_GROUNDS)[number];

/** Each ground as a person reads it, with its place in L612-2. */
export const INADMISSIBILITY_GROUND_PHRASES: Record<InadmissibilityGround, Phrase> = {
  NO_PRIOR_WRITTEN_COMPLAINT: { en: 'no prior written complaint to the professional (Article L612-2, 1°, of the French Consumer Code)', fr: 'pas de réclamation écrite préalable auprès du professionnel (article L612-2, 1°, du Code de la consommation)' },
  MANIFESTLY_UNFOUNDED_OR_ABUSIVE: { en: 'manifestly unfounded or abusive request (Article L612-2, 2°, of the French Consumer Code)', fr: 'demande manifestement infondée ou abusive (article L612-2, 2°, du Code de la consommation)' },
  ALREADY_EXAMINED: { en: 'already examined, or being examined, by another mediator or a court (Article L612-2, 3°, of the French Consumer Code)', fr: 'litige déjà examiné, ou en cours d’examen, par un autre médiateur ou un tribunal (article L612-2, 3°, du Code de la consommation)' },
  LODGED_AFTER_ONE_YEAR: { en: 'lodged more than one year after the written complaint (Article L612-2, 4°, of the French Consumer Code)', fr: 'demande introduite plus d’un an après la réclamation écrite (article L612-2, 4°, du Code de la consommation)' },
  OUTSIDE_COMPETENCE: { en: 'outside the mediator’s competence (Article L612-2, 5°, of the French Consumer Code)', fr: 'litige hors du champ de compétence du médiateur (article L612-2, 5°, du Code de la consommation)' },
};
