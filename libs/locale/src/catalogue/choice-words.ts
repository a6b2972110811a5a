import type { Locale } from '../locale';
import { quote } from '../quotation';
import { en } from './en';
import { fr } from './fr';

/**
 * Each list a person picks from, by its name in the schema (the GraphQL enum's), and where the
 * catalogue labels its values: `condition.NEW` is « Neuf ». The web app shows these labels next to
 * its choices; a refusal names the choices by them, never by their values (NEW, DISTANCE).
 */
const LABELS = {
  GoodsCondition: 'condition',
  ProductCondition: 'condition',
  PurchaseChannel: 'channel',
  SaleChannel: 'saleChannel',
  RightsSupplyKind: 'supply',
  Remedy: 'remedy',
  EvidenceKind: 'evidence',
  NextStepKind: 'nextStep',
  MessageVisibility: 'visibility',
  InadmissibilityGround: 'inadmissibilityGround',
  RemedyFailure: 'remedyFailure',
  DeadlineKind: 'deadline',
  FormalNoticeChannel: 'field.channel',
  OfferKind: 'offer.kind',
  TeamRole: 'team.role',
  SignUpRole: 'role',
  StaffRole: 'role',
  DigestFrequency: 'notifications.digest',
} as const;

export type Choice = keyof typeof LABELS;
/** Every list named here, for the spec that checks each value of each has its label. */
export const CHOICES = Object.keys(LABELS) as Choice[];

const isChoice = (name: unknown): name is Choice => typeof name === 'string' && Object.hasOwn(LABELS, name);

/** The label of one value of a choice in `locale`; null when the catalogue has none. */
export function choiceLabel(choice: string, value: string, locale: Locale): string | null {
  if (!isChoice(choice)) return null;
  const catalogue: Readonly<Record<string, string>> = locale === 'fr' ? fr : en;
  const key = `${LABELS[choice]}.${value}`;
  return Object.hasOwn(catalogue, key) ? catalogue[key]! : null;
}

/**
 * The values of a choice by their labels, quoted, as a sentence lists them: « Neuf » ou
 * « Occasion », “New” or “Used”; « A », « B » ou « C ». Null when the choice is unknown or a
 * value has no label: the caller then says so without naming them, never by their codes.
 */
export function choicesInWords(choice: string | undefined, values: readonly string[], locale: Locale): string | null {
  if (choice === undefined || values.length === 0) return null;
  const labels = values.map((value) => choiceLabel(choice, value, locale));
  if (labels.some((label) => label === null)) return null;
  const quoted = labels.map((label) => quote(label!, locale));
  const last = quoted.pop()!;
  return quoted.length === 0 ? last : `${quoted.join(', ')} ${locale === 'fr' ? 'ou' : 'or'} ${last}`;
}
