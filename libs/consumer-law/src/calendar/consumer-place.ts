import { RightsInputError } from '../rights-input-error';
import { frenchPostcode } from './french-postcode';

/**
 * Where the consumer lives, as far as her calendar goes: the time zone her days end in and the
 * public holidays added to the national ones there (calendar/local-public-holidays.ts).
 * Metropolitan France stands in when her place is not known.
 */
export type ConsumerPlace =
  | 'METROPOLITAN_FRANCE'
  | 'ALSACE_MOSELLE'
  | 'GUADELOUPE'
  | 'MARTINIQUE'
  | 'GUYANE'
  | 'LA_REUNION'
  | 'SAINT_PIERRE_ET_MIQUELON'
  | 'MAYOTTE'
  | 'SAINT_BARTHELEMY'
  | 'SAINT_MARTIN';

/** The IANA time zone of each place: a day there ends at its own midnight. */
export const TIME_ZONE_OF: Record<ConsumerPlace, string> = {
  METROPOLITAN_FRANCE: 'Europe/Paris',
  ALSACE_MOSELLE: 'Europe/Paris',
  GUADELOUPE: 'America/Guadeloupe',
  MARTINIQUE: 'America/Martinique',
  GUYANE: 'America/Cayenne',
  LA_REUNION: 'Indian/Reunion',
  SAINT_PIERRE_ET_MIQUELON: 'America/Miquelon',
  MAYOTTE: 'Indian/Mayotte',
  SAINT_BARTHELEMY: 'America/St_Barthelemy',
  SAINT_MARTIN: 'America/Marigot',
};

/**
 * How the engine came by the place: from her postcode; by default (no postcode); or a postcode
 * of a place whose calendar is not encoded (the Pacific collectivities 986 to 988, the French
 * Southern Lands 984, Monaco's 980, or a consumer living in another country), counted as
 * metropolitan France too, and said.
 */
export type PlaceSource = 'POSTCODE' | 'DEFAULT' | 'NOT_ENCODED';

export interface ConsumerCalendar {
  place: ConsumerPlace;
  timeZone: string;
  source: PlaceSource;
}

/** By the postcode's first three digits (overseas) or two (the départements of Alsace-Moselle). */
const OVERSEAS: Record<string, ConsumerPlace> = {
  '971': 'GUADELOUPE',
  '972': 'MARTINIQUE',
  '973': 'GUYANE',
  '974': 'LA_REUNION',
  '975': 'SAINT_PIERRE_ET_MIQUELON',
  '976': 'MAYOTTE',
  // 977 and 978 are the INSEE codes of the two collectivities; the post office gives them 97133 and 97150.
  '977': 'SAINT_BARTHELEMY',
  '978': 'SAINT_MARTIN',
};

/** Postcodes inside 971 that are not Guadeloupe's since the collectivities left it (2007). */
const OUT_OF_GUADELOUPE: Record<string, ConsumerPlace> = { '97133': 'SAINT_BARTHELEMY', '97150': 'SAINT_MARTIN' };

const ALSACE_MOSELLE = ['57', '67', '68'];

/**
 * The countries whose postcodes are French ones: France, and the ISO 3166 codes its overseas
 * places also have (Guadeloupe GP, Martinique MQ, Guyane GF, La Réunion RE, Saint-Pierre-et-Miquelon
 * PM, Mayotte YT, Saint-Barthélemy BL, Saint-Martin MF; the Pacific's NC, PF, WF and the Southern
 * Lands' TF, whose 98… postcodes are read as not encoded). A consumer who gives « RE » as her
 * country and 97400 as her postcode lives in La Réunion, not abroad.
 */
const FRENCH_POSTCODES_IN = new Set(['FR', 'GP', 'MQ', 'GF', 'RE', 'PM', 'YT', 'BL', 'MF', 'NC', 'PF', 'WF', 'TF']);

function placeOfPostcode(postcode: string): { place: ConsumerPlace; source: PlaceSource } {
  const place = OUT_OF_GUADELOUPE[postcode] ?? OVERSEAS[postcode.slice(0, 3)];
  if (place) return { place, source: 'POSTCODE' };
  if (postcode.startsWith('98')) return { place: 'METROPOLITAN_FRANCE', source: 'NOT_ENCODED' };
  return { place: ALSACE_MOSELLE.includes(postcode.slice(0, 2)) ? 'ALSACE_MOSELLE' : 'METROPOLITAN_FRANCE', source: 'POSTCODE' };
}

/**
 * The consumer's calendar from her postcode, read by the one rule (french-postcode.ts). A postcode
 * is read as French unless her country is given as another one than France or one of its overseas
 * places (FRENCH_POSTCODES_IN); without it, metropolitan France.
 * Throws RightsInputError (NOT_A_POSTCODE) for anything the rule refuses (« 7501 », « 99000 »).
 */
export function consumerCalendar(postcode: unknown, consumerCountry: unknown): ConsumerCalendar {
  const metropolitan = (source: PlaceSource): ConsumerCalendar => ({ place: 'METROPOLITAN_FRANCE', timeZone: TIME_ZONE_OF.METROPOLITAN_FRANCE, source });
  if (postcode === undefined || postcode === null) return metropolitan('DEFAULT');
  const digits = typeof postcode === 'string' ? frenchPostcode(postcode) : null;
  if (digits === null) throw new RightsInputError('consumerPostcode', 'NOT_A_POSTCODE', { value: String(postcode) });
  if (typeof consumerCountry === 'string' && !FRENCH_POSTCODES_IN.has(consumerCountry)) return metropolitan('NOT_ENCODED');
  const { place, source } = placeOfPostcode(digits);
  return { place, timeZone: TIME_ZONE_OF[place], source };
}
