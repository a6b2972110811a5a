import type { DEMO_CONSUMERS, DEMO_MERCHANTS } from './demo-accounts';

export type Party = 'consumer' | 'merchant' | 'mediator' | 'admin' | 'association';

/** What the seed reads back from each answer to build the next step. */
export interface SeenDispute {
  id: string;
  status: string;
  offers: Array<{ id: string; by: string; status: string }>;
  mediation: { settlements: Array<{ id: string; status: string }> } | null;
}

export interface Step {
  as: Party;
  mutation: string;
  input: (dispute: SeenDispute, ids: { mediatorId: string; associationId: string }) => Record<string, unknown>;
}

export interface DemoDispute {
  key: string;
  consumer: keyof typeof DEMO_CONSUMERS;
  merchant: keyof typeof DEMO_MERCHANTS;
  expectedStatus: string;
  claim: Record<string, unknown>;
  steps: Step[];
}

const liveOffer = (d: SeenDispute, by: 'MERCHANT' | 'CONSUMER') => {
  const offer = [...d.offers].reverse().find((o) => o.by === by);
  if (!offer) throw new Error(`dispute ${d.id} has no offer by ${by}`);
  return offer.id;
};
const lastSettlement = (d: SeenDispute) => {
  const settlement = d.mediation?.settlements.at(-1);
  if (!settlement) throw new Error(`dispute ${d.id} has no settlement`);
  return settlement.id;
};

const claim = (
  product: { name: string; category: string; brand: string; model: string; serialNumber: string; condition?: 'NEW' | 'USED' },
  purchase: { purchasedOn: string; deliveredOn: string; amount: string; channel: string; orderReference: string },
  problem: { description: string; firstNoticedOn: string; chronology: Array<[string, string]> },
  requestedRemedy: string,
  extra: Record<string, unknown> = {},
) => ({
  product: { condition: 'NEW', ...product },
  purchase: { purchasedOn: purchase.purchasedOn, deliveredOn: purchase.deliveredOn, price: { amount: purchase.amount, currency: 'EUR' }, channel: purchase.channel, country: 'FR', orderReference: purchase.orderReference },
  problem: { description: problem.description, firstNoticedOn: problem.firstNoticedOn, chronology: problem.chronology.map(([on, what]) => ({ on, what })) },
  requestedRemedy,
  evidence: [{ kind: 'INVOICE', name: `facture-${purchase.orderReference}.pdf`, sha256: sha(purchase.orderReference) }],
  ...extra,
});

/** A stable fake file hash per document name, so re-seeding sends the same evidence. */
function sha(name: string): string {
  let h = 0x811c9dc5;
  let out = '';
  for (let round = 0; out.length < 64; round++) {
    for (const c of `${name}:${round}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}

/** One dispute in each status, with the words and dates of real after-sales cases. */
export const DEMO_DISPUTES: DemoDispute[] = [
  {
    key: 'phone-battery',
    consumer: 'claire',
    merchant: 'technomarche',
    expectedStatus: 'AWAITING_MERCHANT',
    claim: claim(
      { name: 'Galaxy A54 5G', category: 'Smartphone', brand: 'Samsung', model: 'SM-A546B', serialNumber: 'R58W31XKQ2M' },
      { purchasedOn: '2025-12-02', deliveredOn: '2025-12-04', amount: '449.00', channel: 'ONLINE', orderReference: 'TM-2025-118204' },
      {
        description: 'The battery has swollen: the back cover lifts at the bottom edge and the phone shuts down at 30–40% charge. Only the original charger has been used.',
        firstNoticedOn: '2026-06-14',
        chronology: [
          ['2026-06-14', 'First unexpected shutdown at 38% during a call'],
          ['2026-06-29', 'Back cover visibly lifted; photos taken'],
          ['2026-07-02', 'Called the hotline: told to write to the after-sales service'],
        ],
      },
      'REPLACEMENT',
    ),
    steps: [{ as: 'consumer', mutation: 'postMessage', input: (d) => ({ disputeId: d.id, body: 'The phone is in its box and ready to be collected at any time.' }) }],
  },
  {
    key: 'washing-machine',
    consumer: 'karim',
    merchant: 'electromaison',
    expectedStatus: 'AWAITING_CONSUMER',
    claim: claim(
      { name: 'Lave-linge hublot 9 kg', category: 'Gros électroménager', brand: 'Bosch', model: 'WGG24409FR', serialNumber: 'FD9907-221045' },
      { purchasedOn: '2025-09-20', deliveredOn: '2025-09-27', amount: '649.99', channel: 'IN_STORE', orderReference: 'EM-LYO-55120' },
      {
        description: 'Loud metallic knocking from the drum during every spin cycle, and water left at the bottom of the drum after the programme ends.',
        firstNoticedOn: '2026-08-03',
        chronology: [
          ['2026-08-03', 'Knocking noise first heard during a 1400 rpm spin'],
          ['2026-08-10', 'Standing water after the eco programme'],
        ],
      },
      'REPAIR',
    ),
    steps: [
      { as: 'merchant', mutation: 'acknowledgeClaim', input: (d) => ({ disputeId: d.id, note: 'A technician will contact you.' }) },
      { as: 'merchant', mutation: 'makeOffer', input: (d) => ({ disputeId: d.id, remedy: 'REPAIR', daysToCarryOut: 15, terms: 'Home visit by our technician, parts and labour free of charge' }) },
    ],
  },
  {
    key: 'laptop-hinge',
    consumer: 'sophie',
    merchant: 'technomarche',
    expectedStatus: 'REJECTED',
    claim: claim(
      { name: 'IdeaPad Slim 5', category: 'Ordinateur portable', brand: 'Lenovo', model: '16IRL8', serialNumber: 'PF4KX2Q9' },
      { purchasedOn: '2025-05-11', deliveredOn: '2025-05-13', amount: '799.00', channel: 'ONLINE', orderReference: 'TM-2025-077310' },
      {
        description: 'The left screen hinge cracked and the bezel is coming apart when the lid is opened, under normal use.',
        firstNoticedOn: '2026-09-01',
        chronology: [
          ['2026-09-01', 'Cracking sound when opening the lid'],
          ['2026-09-05', 'Bezel separated from the screen on the left side'],
        ],
      },
      'REPAIR',
    ),
    steps: [{ as: 'merchant', mutation: 'rejectClaim', input: (d) => ({ disputeId: d.id, reason: 'The damage looks accidental (impact) and is not covered' }) }],
  },
  {
    key: 'fridge-cooling',
    consumer: 'claire',
    merchant: 'electromaison',
    expectedStatus: 'ESCALATED',
    claim: claim(
      { name: 'Réfrigérateur combiné', category: 'Gros électroménager', brand: 'Samsung', model: 'RB34T602ESA', serialNumber: '0B7X4ABT300412' },
      { purchasedOn: '2025-07-04', deliveredOn: '2025-07-09', amount: '729.00', channel: 'IN_STORE', orderReference: 'EM-VIL-20931' },
      {
        description: 'The fridge compartment no longer goes below 11 °C; food spoils within two days. The freezer still works.',
        firstNoticedOn: '2026-08-18',
        chronology: [
          ['2026-08-18', 'Thermometer reads 11 °C in the fridge compartment'],
          ['2026-08-20', 'Reset as the manual says; no change'],
        ],
      },
      'REPAIR',
    ),
    steps: [
      { as: 'merchant', mutation: 'rejectClaim', input: (d) => ({ disputeId: d.id, reason: 'Please contact the manufacturer directly' }) },
      { as: 'consumer', mutation: 'escalate', input: (d) => ({ disputeId: d.id, reason: 'The seller owes the legal guarantee of conformity, not the manufacturer (L217-3)' }) },
    ],
  },
  {
    key: 'tv-pixels',
    consumer: 'karim',
    merchant: 'technomarche',
    expectedStatus: 'MEDIATION_REQUESTED',
    claim: claim(
      { name: 'TV OLED 55"', category: 'Téléviseur', brand: 'LG', model: 'OLED55C3', serialNumber: '310RAPK4B221' },
      { purchasedOn: '2025-11-28', deliveredOn: '2025-12-01', amount: '1299.00', channel: 'ONLINE', orderReference: 'TM-2025-121877' },
      {
        description: 'A vertical line of dead pixels appeared in the middle of the screen and is growing wider week by week.',
        firstNoticedOn: '2026-07-21',
        chronology: [
          ['2026-07-21', 'One-pixel vertical line noticed'],
          ['2026-08-15', 'The line is now about 5 mm wide'],
        ],
      },
      'REPLACEMENT',
    ),
    steps: [
      { as: 'merchant', mutation: 'rejectClaim', input: (d) => ({ disputeId: d.id, reason: 'Dead pixels are within the tolerance of the panel' }) },
      { as: 'consumer', mutation: 'escalate', input: (d) => ({ disputeId: d.id, reason: 'A growing line is a defect, not a tolerance' }) },
      { as: 'merchant', mutation: 'rejectClaim', input: (d) => ({ disputeId: d.id, reason: 'The complaints department maintains the refusal' }) },
      { as: 'consumer', mutation: 'requestMediation', input: (d) => ({ disputeId: d.id, summary: 'Defect appeared within the legal guarantee; the seller refuses any remedy.' }) },
    ],
  },
  {
    key: 'dishwasher-leak',
    consumer: 'sophie',
    merchant: 'electromaison',
    expectedStatus: 'IN_MEDIATION',
    claim: claim(
      { name: 'Lave-vaisselle encastrable', category: 'Gros électroménager', brand: 'Whirlpool', model: 'WIO3T133PE', serialNumber: '91104512' },
      { purchasedOn: '2025-04-14', deliveredOn: '2025-04-22', amount: '499.00', channel: 'ONLINE', orderReference: 'EM-WEB-88412' },
      {
        description: 'Water leaks under the door at every wash; the kitchen floor is soaked and the anti-flood safety stops the programme.',
        firstNoticedOn: '2026-05-30',
        chronology: [
          ['2026-05-30', 'First puddle in front of the dishwasher'],
          ['2026-06-12', 'Error code E5 (anti-flood) displayed'],
          ['2026-06-20', 'Repair attempt by the merchant: door seal replaced'],
          ['2026-07-08', 'The leak is back'],
        ],
      },
      'REFUND',
    ),
    steps: [
      { as: 'consumer', mutation: 'grantRepresentation', input: (d, ids) => ({ disputeId: d.id, associationId: ids.associationId }) },
      { as: 'merchant', mutation: 'makeOffer', input: (d) => ({ disputeId: d.id, remedy: 'REPAIR', daysToCarryOut: 30, terms: 'A second repair: pump and seal replaced' }) },
      { as: 'association', mutation: 'rejectOffer', input: (d) => ({ disputeId: d.id, offerId: liveOffer(d, 'MERCHANT'), reason: 'A first repair already failed: the consumer is entitled to a refund (L217-14)' }) },
      { as: 'association', mutation: 'requestMediation', input: (d) => ({ disputeId: d.id, summary: 'Failed repair; the merchant offers only another repair.' }) },
      { as: 'admin', mutation: 'assignMediator', input: (d, ids) => ({ disputeId: d.id, mediatorId: ids.mediatorId }) },
      { as: 'mediator', mutation: 'decideAdmissibility', input: (d) => ({ disputeId: d.id, admissible: true, reason: 'Prior written claim and refusal on file' }) },
      { as: 'mediator', mutation: 'proposeSettlement', input: (d) => ({ disputeId: d.id, remedy: 'REFUND', amount: { amount: '499.00', currency: 'EUR' }, daysToCarryOut: 14, terms: 'Full refund; the merchant collects the appliance' }) },
    ],
  },
  {
    key: 'headphones-refund',
    consumer: 'claire',
    merchant: 'technomarche',
    expectedStatus: 'AGREED',
    claim: claim(
      { name: 'Casque à réduction de bruit', category: 'Audio', brand: 'Sony', model: 'WH-1000XM5', serialNumber: '5012874' },
      { purchasedOn: '2026-02-14', deliveredOn: '2026-02-16', amount: '349.00', channel: 'ONLINE', orderReference: 'TM-2026-015533' },
      { description: 'The right ear cup no longer produces any sound, with the cable or in Bluetooth.', firstNoticedOn: '2026-09-09', chronology: [['2026-09-09', 'No sound on the right side']] },
      'REFUND',
    ),
    steps: [
      { as: 'merchant', mutation: 'makeOffer', input: (d) => ({ disputeId: d.id, remedy: 'REFUND', amount: { amount: '349.00', currency: 'EUR' }, daysToCarryOut: 14, terms: 'Refund to the original card after return' }) },
      { as: 'consumer', mutation: 'acceptOffer', input: (d) => ({ disputeId: d.id, offerId: liveOffer(d, 'MERCHANT') }) },
    ],
  },
  {
    key: 'vacuum-repair',
    consumer: 'karim',
    merchant: 'electromaison',
    expectedStatus: 'RESOLVED',
    claim: claim(
      { name: 'Aspirateur balai sans fil', category: 'Petit électroménager', brand: 'Dyson', model: 'V12 Detect Slim', serialNumber: 'SD4-FR-NCB2291' },
      { purchasedOn: '2025-10-03', deliveredOn: '2025-10-03', amount: '549.00', channel: 'IN_STORE', orderReference: 'EM-LYO-61877' },
      { description: 'The motor stops after 30 seconds and the LED blinks red, even on a full charge.', firstNoticedOn: '2026-03-11', chronology: [['2026-03-11', 'Motor stops after 30 s, red LED']] },
      'REPAIR',
    ),
    steps: [
      { as: 'merchant', mutation: 'makeOffer', input: (d) => ({ disputeId: d.id, remedy: 'REPAIR', daysToCarryOut: 21, terms: 'Repair at the brand service centre, shipping paid' }) },
      { as: 'consumer', mutation: 'acceptOffer', input: (d) => ({ disputeId: d.id, offerId: liveOffer(d, 'MERCHANT') }) },
      { as: 'consumer', mutation: 'confirmRemedy', input: (d) => ({ disputeId: d.id, fulfilled: true, note: 'Motor replaced, works again' }) },
      { as: 'consumer', mutation: 'leaveFeedback', input: (d) => ({ disputeId: d.id, rating: 4, comment: 'Repaired within three weeks, clear communication.' }) },
    ],
  },
  {
    key: 'ebike-battery',
    consumer: 'sophie',
    merchant: 'technomarche',
    expectedStatus: 'UNRESOLVED',
    claim: claim(
      { name: 'Vélo à assistance électrique', category: 'Mobilité', brand: 'Decathlon', model: 'Elops 920E', serialNumber: 'EL920-22-04471' },
      { purchasedOn: '2025-03-29', deliveredOn: '2025-04-05', amount: '1599.00', channel: 'ONLINE', orderReference: 'TM-2025-033918' },
      {
        description: 'The battery range fell from 70 km to 15 km in eight months; the diagnostic shows one failing cell.',
        firstNoticedOn: '2025-12-01',
        chronology: [
          ['2025-12-01', 'Range down to 30 km'],
          ['2026-02-10', 'Range down to 15 km; diagnostic at a bike shop: failing cell'],
        ],
      },
      'REPLACEMENT',
    ),
    steps: [
      { as: 'merchant', mutation: 'makeOffer', input: (d) => ({ disputeId: d.id, remedy: 'PRICE_REDUCTION', amount: { amount: '80.00', currency: 'EUR' }, daysToCarryOut: 10, terms: 'A voucher for the wear of the battery' }) },
      { as: 'consumer', mutation: 'rejectOffer', input: (d) => ({ disputeId: d.id, offerId: liveOffer(d, 'MERCHANT'), reason: 'A failing cell is a defect, not wear' }) },
      { as: 'consumer', mutation: 'requestMediation', input: (d) => ({ disputeId: d.id }) },
      { as: 'admin', mutation: 'assignMediator', input: (d, ids) => ({ disputeId: d.id, mediatorId: ids.mediatorId }) },
      { as: 'mediator', mutation: 'decideAdmissibility', input: (d) => ({ disputeId: d.id, admissible: true, reason: 'Complete file' }) },
      { as: 'mediator', mutation: 'proposeSettlement', input: (d) => ({ disputeId: d.id, remedy: 'PRICE_REDUCTION', amount: { amount: '250.00', currency: 'EUR' }, terms: 'A partial refund of 250 EUR' }) },
      { as: 'consumer', mutation: 'rejectSettlement', input: (d) => ({ disputeId: d.id, settlementId: lastSettlement(d), reason: 'A new battery costs 600 EUR' }) },
      {
        as: 'mediator',
        mutation: 'closeDispute',
        input: (d) => ({ disputeId: d.id, outcome: 'UNRESOLVED', summary: 'No agreement', nextSteps: [{ kind: 'COURT', text: 'Claims up to EUR 5,000: the tribunal judiciaire (an amicable attempt is on file, CPC 750-1)' }] }),
      },
    ],
  },
  {
    key: 'coffee-machine',
    consumer: 'claire',
    merchant: 'electromaison',
    expectedStatus: 'WITHDRAWN',
    claim: claim(
      { name: 'Machine expresso broyeur', category: 'Petit électroménager', brand: "De'Longhi", model: 'ECAM22.110', serialNumber: 'DL-2231-77813' },
      { purchasedOn: '2026-01-08', deliveredOn: '2026-01-08', amount: '329.00', channel: 'IN_STORE', orderReference: 'EM-VIL-30012' },
      { description: 'The grinder jams and the machine shows the "add beans" light with a full container.', firstNoticedOn: '2026-04-02', chronology: [['2026-04-02', 'Grinder jams every morning']] },
      'REPAIR',
    ),
    steps: [{ as: 'consumer', mutation: 'withdrawClaim', input: (d) => ({ disputeId: d.id, reason: 'A descaling fixed it, following the manual' }) }],
  },
];
