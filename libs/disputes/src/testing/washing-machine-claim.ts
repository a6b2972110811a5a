import type { FileClaim } from '../claim/claim.commands';
import { consumer, MERCHANT_ID } from './actors';
import { FILED_AT } from './calendar';
import { DISPUTE_ID } from './dispute-spec';

/** The claim of the dispute specs: one washing machine, bought online, that stops with error E21. */

export const INVOICE_SHA = 'a'.repeat(64);
export const PHOTO_SHA = 'b'.repeat(64);

export const claimDetails = () => ({
  product: { name: 'Washing machine WX-900', category: 'Large appliances', brand: 'Laverte', model: 'WX-900', serialNumber: 'SN-123', condition: 'NEW' as const },
  purchase: {
    purchasedOn: '2024-11-20',
    deliveredOn: '2024-11-25',
    price: { amount: '649.00', currency: 'EUR' },
    channel: 'ONLINE' as const,
    country: 'FR',
    orderReference: 'CMD-2024-1187',
  },
  problem: {
    description: 'The drum stops mid-cycle with error E21.',
    firstNoticedOn: '2025-02-10',
    chronology: [
      { on: '2025-02-10', what: 'First E21 error' },
      { on: '2025-02-14', what: 'Called the hotline, no answer' },
    ],
  },
  requestedRemedy: 'REPAIR' as const,
});

export const fileClaimCommand = (overrides: Partial<FileClaim> = {}): FileClaim => ({
  type: 'FileClaim',
  disputeId: DISPUTE_ID,
  actor: consumer,
  at: FILED_AT,
  merchantId: MERCHANT_ID,
  ...claimDetails(),
  evidence: [{ kind: 'INVOICE', name: 'invoice.pdf', sha256: INVOICE_SHA }],
  ...overrides,
});

