/**
 * The one rule for a consumer's French postcode, wherever it comes in: the claim
 * (libs/disputes, file-claim.ts), the rights calculator (consumer-place.ts, behind
 * `RightsAssessmentInput`) and the web app's forms (imported by path: this file imports nothing).
 *
 * - Spaces around it are dropped (a tab or a space pasted with it is no mistake of hers), then
 * - five digits, one space allowed between two of them (« 97 400 », no-break spaces too), and
 * - a postcode some place has: 01 to 95 (metropolitan France, 20 for Corsica), 971 to 978
 *   (overseas), 980 (Monaco), 984 (French Southern Lands), 986 to 988 (Wallis and Futuna,
 *   French Polynesia, New Caledonia). 00…, 96…, 970…, 979…, 981 to 983, 985, 989 and 99… are
 *   no one's and refused, not read as metropolitan France.
 *
 * Monaco (980) is not France: its postcode is accepted, as the post office gives it, and its
 * calendar is not encoded (counted as metropolitan France, and said), like the Pacific's.
 */
const SHAPE = /^\d(?:[ \u00a0\u202f]?\d){4}$/;
const PREFIX = /^(?:0[1-9]|[1-8]\d|9[0-5]|97[1-8]|98[04678])/;

/** The postcode as five digits, or null when it is not one some place has. */
export function frenchPostcode(value: string): string | null {
  const trimmed = value.trim();
  if (!SHAPE.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '');
  return PREFIX.test(digits) ? digits : null;
}

/** What the field says when the rule refuses it, after the field's label (« Votre code postal »). */
export const NOT_A_POSTCODE_WORDS = {
  en: 'must be a French postcode of five digits, starting with 01 to 95, 971 to 978, 980, 984 or 986 to 988, such as “75011” or “97400”',
  fr: 'doit être un code postal français à cinq chiffres, commençant par 01 à 95, 971 à 978, 980, 984 ou 986 à 988, comme « 75011 » ou « 97400 »',
} as const;
