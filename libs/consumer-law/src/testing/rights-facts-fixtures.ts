import type { RightsFacts } from '../facts';

/** FR, new goods bought 2025-03-10, delivered 2025-03-15: legal warranty to 2027-03-15. */
export const BASE_FACTS: RightsFacts = {
  jurisdiction: 'FR',
  goodsCondition: 'NEW',
  purchasedOn: '2025-03-10',
  deliveredOn: '2025-03-15',
  price: { amount: '499.00', currency: 'EUR' },
  defectNoticedOn: '2026-01-10',
};

/** The day the specs assess on unless they say otherwise: within the warranty, after the defect. */
export const AS_OF = '2026-02-01';
