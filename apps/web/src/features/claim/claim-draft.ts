import { newCommandId } from '../../api/command-id';
import type { EvidenceKind, FileClaimInput, PurchaseChannel, Remedy } from '../../graphql/generated/graphql';
import { isDay } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages/en';
import { DECIMAL, type RightsFacts } from '../rights/rights-facts';

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
  merchant: { id: string; name: string } | null;
  product: { name: string; brand: string; category: string; model: string; serialNumber: string; condition: 'NEW' | 'USED' };
  purchase: { purchasedOn: string; deliveredOn: string; priceAmount: string; currency: string; channel: PurchaseChannel; country: string; orderReference: string };
  commercialWarranty: { given: boolean; provider: string; months: string; coverage: string };
  problem: { description: string; firstNoticedOn: string; chronology: ChronologyDraft[]; priorWrittenComplaintOn: string };
  requestedRemedy: Remedy;
  evidence: EvidenceDraft[];
}

export const emptyDraft = (): ClaimDraft => ({
  merchant: null,
  product: { name: '', brand: '', category: '', model: '', serialNumber: '', condition: 'NEW' },
  purchase: { purchasedOn: '', deliveredOn: '', priceAmount: '', currency: 'EUR', channel: 'ONLINE', country: 'FR', orderReference: '' },
  commercialWarranty: { given: false, provider: '', months: '', coverage: '' },
  problem: { description: '', firstNoticedOn: '', chronology: [{ key: newCommandId(), on: '', what: '' }], priorWrittenComplaintOn: '' },
  requestedRemedy: 'REPAIR',
  evidence: [],
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
      price: { amount: purchase.priceAmount.trim().replace(',', '.'), currency: purchase.currency },
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
    requestedRemedy: draft.requestedRemedy,
    evidence: draft.evidence.map(({ name, kind, sha256 }) => ({ name, kind, sha256 })),
  };
}

export function rightsFactsOf(draft: ClaimDraft): RightsFacts {
  return {
    country: draft.purchase.country,
    condition: draft.product.condition,
    purchasedOn: draft.purchase.purchasedOn,
    deliveredOn: draft.purchase.deliveredOn,
    defectNoticedOn: draft.problem.firstNoticedOn,
    priceAmount: draft.purchase.priceAmount.replace(',', '.'),
    currency: draft.purchase.currency,
    commercialWarrantyMonths: draft.commercialWarranty.given ? draft.commercialWarranty.months : '',
    writtenComplaintOn: draft.problem.priorWrittenComplaintOn,
    seriousDefect: false,
    remedyRefused: false,
    defectReappeared: false,
  };
}

/** What is missing or malformed on a step, before asking the API (which checks again). */
export function checkStep(step: ClaimStep, draft: ClaimDraft): Record<string, MessageKey> {
  const errors: Record<string, MessageKey> = {};
  const required = (path: string, value: string) => {
    if (!value.trim()) errors[path] = 'form.required';
  };
  const day = (path: string, value: string, mandatory = true) => {
    if (!value) {
      if (mandatory) errors[path] = 'form.required';
    } else if (!isDay(value)) errors[path] = 'form.invalidDate';
  };
  switch (step) {
    case 'merchant':
      if (!draft.merchant) errors.merchantId = 'claim.merchant.required';
      break;
    case 'product':
      required('product.name', draft.product.name);
      required('product.brand', draft.product.brand);
      required('product.category', draft.product.category);
      break;
    case 'purchase':
      day('purchase.purchasedOn', draft.purchase.purchasedOn);
      day('purchase.deliveredOn', draft.purchase.deliveredOn);
      if (!DECIMAL.test(draft.purchase.priceAmount.trim().replace(',', '.'))) errors['purchase.price.amount'] = 'form.invalidAmount';
      if (draft.commercialWarranty.given) {
        required('commercialWarranty.provider', draft.commercialWarranty.provider);
        required('commercialWarranty.coverage', draft.commercialWarranty.coverage);
        if (!/^\d{1,3}$/.test(draft.commercialWarranty.months)) errors['commercialWarranty.months'] = 'form.invalidNumber';
      }
      break;
    case 'problem':
      if (draft.problem.description.trim().length < 10) errors['problem.description'] = 'claim.description.tooShort';
      day('problem.firstNoticedOn', draft.problem.firstNoticedOn);
      day('priorWrittenComplaintOn', draft.problem.priorWrittenComplaintOn, false);
      draft.problem.chronology.forEach((entry, index) => {
        if (!entry.on && !entry.what.trim()) return;
        day(`problem.chronology.${index}.on`, entry.on);
        required(`problem.chronology.${index}.what`, entry.what);
      });
      break;
    default:
      break;
  }
  return errors;
}
