import { addDays, addMonths, type CalendarDate } from './calendar/calendar-date';
import type { ConsumerPlace } from './calendar/consumer-place';
import { publicHolidayIn } from './calendar/local-public-holidays';
import { endOnWorkingDay } from './calendar/period-end';
import type { CommercialWarranty, GuidanceItem, GuidanceTopic, LegalWarranty } from './assessment';
import type { Citation } from './messages/citations';
import type { MessageParams } from './messages/message';
import type { Renderer } from './messages/renderer';
import type { SentenceCode } from './messages/sentences';
import type { ValidFacts } from './validate-facts';

/** L221-18: 14 days from the day the consumer receives the goods. */
const WITHDRAWAL_DAYS = 14;

interface Context {
  facts: ValidFacts;
  jurisdiction: string;
  legalWarranty: LegalWarranty;
  commercialWarranty: CommercialWarranty;
  asOf: CalendarDate;
  /** Where the consumer lives: her place's public holidays move the withdrawal period too. */
  place: ConsumerPlace;
}

function item(r: Renderer, topic: GuidanceTopic, applies: boolean, code: SentenceCode, basis: Citation[], params: MessageParams = {}, platformRule = false): GuidanceItem {
  const message = r.say(code, params);
  return { topic, applies, platformRule, text: message.text, message, ...r.cite(basis) };
}

/**
 * The withdrawal period's last day (L221-18), moved to the next working day when it falls on a
 * Saturday, a Sunday or a public holiday where she lives (L221-19 3°, Regulation 1182/71 art.
 * 3(4)): the national ones, and her place's own (calendar/local-public-holidays.ts), with the
 * parameters that say why: the period's own last day, what it is, and a public holiday the move
 * then passed over (a Whit Monday after a weekend). French law only: no other rule set answers
 * the withdrawal.
 */
function withdrawalPeriod(deliveredOn: CalendarDate, place: ConsumerPlace): { until: CalendarDate; params: MessageParams; basis: Citation[] } {
  const lastDay = addDays(deliveredOn, WITHDRAWAL_DAYS);
  const { until, moved } = endOnWorkingDay(lastDay, publicHolidayIn(place));
  const basis: Citation[] = ['FR.L221-18', 'FR.L221-19', 'EU.REG.1182/71.3.4'];
  if (moved.length === 0) return { until, params: { until }, basis };
  const holidayAfter = moved.slice(1).find((d) => d.why !== 'SATURDAY' && d.why !== 'SUNDAY');
  const holidays = moved.filter((d) => d.why !== 'SATURDAY' && d.why !== 'SUNDAY').map((d) => d.why);
  const local: Citation[] = [
    ...(holidays.some((h) => h === 'GOOD_FRIDAY' || h === 'DECEMBER_26') ? (['FR.C_TRAV.L3134-13'] as const) : []),
    ...(holidays.includes('ABOLITION_OF_SLAVERY') ? (['FR.LOI.83-550'] as const) : []),
  ];
  const national = holidays.some((h) => !['GOOD_FRIDAY', 'DECEMBER_26', 'ABOLITION_OF_SLAVERY'].includes(h));
  return {
    until,
    params: { until, lastDay, lastDayIs: moved[0].why, ...(holidayAfter && { holidayAfter: holidayAfter.why, holidayAfterOn: holidayAfter.date }) },
    basis: [...basis, ...(national ? (['FR.C_TRAV.L3133-1'] as const) : []), ...local],
  };
}

function withdrawal({ facts, asOf, place }: Context, r: Renderer): GuidanceItem {
  const channel = facts.saleChannel;
  if (channel === 'ON_PREMISES') return item(r, 'WITHDRAWAL', false, 'guidance.withdrawal.shop', ['FR.L221-18']);
  const { until, params, basis } = withdrawalPeriod(facts.deliveredOn, place);
  if (channel === null) return item(r, 'WITHDRAWAL', false, 'guidance.withdrawal.ifDistance', basis, params);
  const open = asOf <= until;
  return item(r, 'WITHDRAWAL', open, open ? 'guidance.withdrawal.open' : 'guidance.withdrawal.closed', basis, params);
}

function durability({ facts }: Context, r: Renderer, basis: Citation[]): GuidanceItem {
  if (facts.producerDurabilityMonths === null) return item(r, 'DURABILITY_GUARANTEE', false, 'guidance.durability.none', basis);
  const until = addMonths(facts.deliveredOn, facts.producerDurabilityMonths);
  const applies = facts.defectNoticedOn <= until;
  return item(r, 'DURABILITY_GUARANTEE', applies, applies ? 'guidance.durability.applies' : 'guidance.durability.ended', basis, { until });
}

/**
 * The guide's FAQ, answered for this case: what the law says about a paid repair out of
 * warranty, spare parts, the repair bonus, the 14-day withdrawal, a lost invoice, who answers
 * for conformity, the fine for obstructing the warranty and the producer's durability
 * guarantee. Where recours applies its own policy (a quote before any paid repair), the item
 * says it is the platform's rule. French law only; the directive's baseline answers the two
 * items it shares (the seller answers, the producer's durability guarantee).
 */
export function assessGuidance(context: Context, r: Renderer): GuidanceItem[] {
  const { facts, legalWarranty, commercialWarranty } = context;
  const seller = item(r, 'SELLER_ANSWERS', legalWarranty.applies, 'guidance.seller', context.jurisdiction === 'FR' ? ['FR.L217-3'] : ['EU.SGD.10.1']);
  if (context.jurisdiction !== 'FR') return [seller, durability(context, r, ['EU.SGD.17.durability'])];
  const outOfWarranty = !legalWarranty.applies && !commercialWarranty.applies;
  return [
    item(r, 'OUT_OF_WARRANTY_REPAIR', outOfWarranty, 'guidance.quote', ['FR.L112-1'], {}, true),
    item(r, 'SPARE_PARTS', outOfWarranty, 'guidance.spareParts', ['FR.L111-4']),
    item(r, 'REPAIR_BONUS', outOfWarranty, 'guidance.repairBonus', ['FR.C_ENV.L541-10-4']),
    withdrawal(context, r),
    item(r, 'PROOF_OF_PURCHASE', facts.invoiceLost, 'guidance.proof', ['FR.C_COM.L110-3']),
    seller,
    item(r, 'OBSTRUCTION_FINE', facts.remedyRefused, 'guidance.obstruction', ['FR.L241-5']),
    durability(context, r, ['FR.L217-23']),
  ];
}
