import { newCommandId } from '../../api/command-id';
import type { EvidenceKind, FileClaimInput, PurchaseChannel, Remedy } from '../../graphql/generated/graphql';
import { isDay, latestFactDay } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages/en';
import { frenchPostcode } from '../../../../../libs/consumer-law/src/calendar/french-postcode';
import { parseAmount } from '../../i18n/amount';
import type { RightsFacts } from '../rights/rights-facts';
import { boundsOf } from '../../graphql/field-bounds';

export interface ChronologyDraft {
  key: string;
  on: string;
  what: string;
}

export interface EvidenceDraft {
  key: string;
  name: string;
  kind: EvidenceKind;
  sha256: string;
  size: number;
}

/** The claim as the consumer fills it in, step by step: strings as typed. */
export interface ClaimDraft {
  /** `verified` and `onRecours` are absent from a draft saved before they existed. */
  merchant: { id: string; name: string; verified?: boolean; onRecours?: boolean } | null;
  product: { name: string; brand: string; category: string; model: string; serialNumber: string; condition: 'NEW' | 'USED' };
  purchase: { purchasedOn: string; deliveredOn: string; priceAmount: string; currency: string; channel: PurchaseChannel; country: string; orderReference: string };
  commercialWarranty: { given: boolean; provider: string; months: string; coverage: string };
  problem: { description: string; firstNoticedOn: string; chronology: ChronologyDraft[]; priorWrittenComplaintOn: string };
  requestedRemedy: Remedy;
  evidence: EvidenceDraft[];
  /** Her postcode, optional (absent from a draft saved before it was asked): her deadlines' calendar. */
  consumerPostcode?: string;
}

export const emptyDraft = (): ClaimDraft => ({
  merchant: null,
  product: { name: '', brand: '', category: '', model: '', serialNumber: '', condition: 'NEW' },
  purchase: { purchasedOn: '', deliveredOn: '', priceAmount: '', currency: 'EUR', channel: 'ONLINE', country: 'FR', orderReference: '' },
  commercialWarranty: { given: false, provider: '', months: '', coverage: '' },
  problem: { description: '', firstNoticedOn: '', chronology: [{ key: newCommandId(), on: '', what: '' }], priorWrittenComplaintOn: '' },
  requestedRemedy: 'REPAIR',
  evidence: [],
  consumerPostcode: '',
});

export const CLAIM_STEPS = ['merchant', 'product', 'purchase', 'problem', 'remedy', 'evidence', 'review'] as const;
export type ClaimStep = (typeof CLAIM_STEPS)[number];

/** Which step shows a field the API refused (its path under `input`). */
export function stepOfField(path: string): number {
  const first = path.split('.')[0];
  const step: Record<string, ClaimStep> = {
    merchantId: 'merchant',
    product: 'product',
    purchase: 'purchase',
    commercialWarranty: 'purchase',
    consumerPostcode: 'purchase',
    problem: 'problem',
    priorWrittenComplaintOn: 'problem',
    requestedRemedy: 'remedy',
    evidence: 'evidence',
  };
  return CLAIM_STEPS.indexOf(step[first] ?? 'review');
}


const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function toFileClaimInput(draft: ClaimDraft, commandId: string): FileClaimInput {
  const { product, purchase, commercialWarranty, problem } = draft;
  return {
    commandId,
    merchantId: draft.merchant?.id ?? '',
    product: { name: product.name.trim(), brand: product.brand.trim(), category: product.category.trim(), model: optional(product.model), serialNumber: optional(product.serialNumber), condition: product.condition },
    purchase: {
      purchasedOn: purchase.purchasedOn,
      deliveredOn: purchase.deliveredOn,
      price: { amount: parseAmount(purchase.priceAmount) ?? purchase.priceAmount.trim(), currency: purchase.currency },
      channel: purchase.channel,
      country: purchase.country,
      orderReference: optional(purchase.orderReference),
    },
    commercialWarranty: commercialWarranty.given ? { provider: commercialWarranty.provider.trim(), months: Number(commercialWarranty.months), coverage: commercialWarranty.coverage.trim() } : undefined,
    problem: {
      description: problem.description.trim(),
      firstNoticedOn: problem.firstNoticedOn,
      chronology: problem.chronology.filter((entry) => entry.on || entry.what.trim()).map(({ on, what }) => ({ on, what: what.trim() })),
    },
    priorWrittenComplaintOn: optional(problem.priorWrittenComplaintOn),
    consumerPostcode: optional(draft.consumerPostcode ?? ''),
    requestedRemedy: draft.requestedRemedy,
    evidence: draft.evidence.map(({ name, kind, sha256 }) => ({ name, kind, sha256 })),
  };
}

export function rightsFactsOf(draft: ClaimDraft): RightsFacts {
  return {
    country: draft.purchase.country,
    consumerPostcode: draft.consumerPostcode ?? '',
    condition: draft.product.condition,
    purchasedOn: draft.purchase.purchasedOn,
    deliveredOn: draft.purchase.deliveredOn,
    defectNoticedOn: draft.problem.firstNoticedOn,
    priceAmount: draft.purchase.priceAmount,
    currency: draft.purchase.currency,
    commercialWarrantyMonths: draft.commercialWarranty.given ? draft.commercialWarranty.months : '',
    writtenComplaintOn: draft.problem.priorWrittenComplaintOn,
    seriousDefect: false,
    remedyRefused: false,
    defectReappeared: false,
  };
}

/** A message a step shows under a field, with what fills it in. */
export interface Check {
  key: MessageKey;
  values?: Record<string, string | number>;
}

/** The bounds the API applies to a field of the claim (the one description in libs/disputes). */
const bounds = (path: string) => boundsOf('fileClaim', path.replace(/\.\d+(?=\.|$)/g, ''));

/**
 * What is missing or malformed on a step, before asking the API (which checks again), with the
 * bounds the API applies: lengths, whole numbers, dates that exist, are not in the future and
 * follow each other (delivery after purchase, the defect after delivery).
 */
export function checkStep(step: ClaimStep, draft: ClaimDraft): Record<string, Check> {
  const errors: Record<string, Check> = {};
  const text = (path: string, value: string, required = true) => {
    const { minLength = 0, maxLength } = bounds(path);
    const typed = value.trim();
    if (!typed) {
      if (required) errors[path] = { key: 'form.required' };
    } else if (typed.length < minLength) errors[path] = { key: 'form.tooShort', values: { min: minLength } };
    else if (maxLength !== undefined && typed.length > maxLength) errors[path] = { key: 'form.tooLong', values: { max: maxLength } };
  };
  // The API's today (Paris), once for every field: a date after it is refused by fileClaim.
  const latest = latestFactDay();
  const day = (path: string, value: string, mandatory = true): boolean => {
    if (!value) {
      if (mandatory) errors[path] = { key: 'form.required' };
      return false;
    }
    if (!isDay(value)) errors[path] = { key: 'form.invalidDay' };
    else if (value > latest) errors[path] = { key: 'form.dayInFuture', values: { date: latest } };
    else return true;
    return false;
  };
  const { product, purchase, commercialWarranty: warranty, problem } = draft;
  switch (step) {
    case 'merchant':
      if (!draft.merchant) errors.merchantId = { key: 'claim.merchant.required' };
      break;
    case 'product':
      text('product.name', product.name);
      text('product.brand', product.brand);
      text('product.category', product.category);
      text('product.model', product.model, false);
      text('product.serialNumber', product.serialNumber, false);
      break;
    case 'purchase': {
      const purchased = day('purchase.purchasedOn', purchase.purchasedOn);
      const delivered = day('purchase.deliveredOn', purchase.deliveredOn);
      if (purchased && delivered && purchase.deliveredOn < purchase.purchasedOn) errors['purchase.deliveredOn'] = { key: 'form.dayBeforePurchase' };
      if (parseAmount(purchase.priceAmount) === null) errors['purchase.price.amount'] = { key: 'form.amountLike' };
      text('purchase.orderReference', purchase.orderReference, false);
      if (draft.consumerPostcode?.trim() && frenchPostcode(draft.consumerPostcode) === null) errors.consumerPostcode = { key: 'form.postcode' };
      if (warranty.given) {
        text('commercialWarranty.provider', warranty.provider);
        text('commercialWarranty.coverage', warranty.coverage);
        const { min = 1, max = Number.MAX_SAFE_INTEGER } = bounds('commercialWarranty.months');
        const months = Number(warranty.months);
        if (!/^\d+$/.test(warranty.months.trim()) || months < min || months > max) errors['commercialWarranty.months'] = { key: 'form.numberBetween', values: { min, max } };
      }
      break;
    }
    case 'problem': {
      const { minLength = 1 } = bounds('problem.description');
      if (problem.description.trim().length < minLength) errors['problem.description'] = { key: 'claim.description.tooShort' };
      else text('problem.description', problem.description);
      if (day('problem.firstNoticedOn', problem.firstNoticedOn) && isDay(purchase.deliveredOn) && problem.firstNoticedOn < purchase.deliveredOn) {
        errors['problem.firstNoticedOn'] = { key: 'form.dayBeforeDelivery' };
      }
      if (day('priorWrittenComplaintOn', problem.priorWrittenComplaintOn, false) && isDay(purchase.purchasedOn) && problem.priorWrittenComplaintOn < purchase.purchasedOn) {
        errors.priorWrittenComplaintOn = { key: 'form.dayBeforePurchase' };
      }
      problem.chronology.forEach((entry, index) => {
        if (!entry.on && !entry.what.trim()) return;
        day(`problem.chronology.${index}.on`, entry.on);
        text(`problem.chronology.${index}.what`, entry.what);
      });
      break;
    }
    default:
      break;
  }
  return errors;
}

/** The fields the steps show next to an input (their paths under `input`); the others go in the page's alert. */
export function shownByAStep(path: string): boolean {
  return /^(merchantId|product\.\w+|purchase\.(purchasedOn|deliveredOn|price\.amount|country|orderReference)|commercialWarranty\.\w+|problem\.(description|firstNoticedOn|chronology\.\d+\.(on|what))|priorWrittenComplaintOn|consumerPostcode)$/.test(path);
}
