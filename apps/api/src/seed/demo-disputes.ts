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

/** One dispute in each status, with the words and dates of real after-sales cases; the demo's people are French and write in French. */
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
        description: 'La batterie a gonflé : la coque arrière se soulève sur le bord inférieur et le téléphone s’éteint entre 30 et 40 % de charge. Seul le chargeur d’origine a été utilisé.',
        firstNoticedOn: '2026-06-14',
        chronology: [
          ['2026-06-14', 'Première extinction inattendue à 38 % pendant un appel'],
          ['2026-06-29', 'Coque arrière visiblement soulevée ; photos prises'],
          ['2026-07-02', 'Appel à la hotline : on m’a dit d’écrire au service après-vente'],
        ],
      },
      'REPLACEMENT',
    ),
    steps: [{ as: 'consumer', mutation: 'postMessage', input: (d) => ({ disputeId: d.id, body: 'Le téléphone est dans sa boîte, prêt à être enlevé à tout moment.' }) }],
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
        description: 'Fort cognement métallique du tambour à chaque essorage, et de l’eau reste au fond du tambour en fin de programme.',
        firstNoticedOn: '2026-08-03',
        chronology: [
          ['2026-08-03', 'Premier cognement entendu pendant un essorage à 1 400 tr/min'],
          ['2026-08-10', 'Eau stagnante après le programme éco'],
        ],
      },
      'REPAIR',
    ),
    steps: [
      { as: 'merchant', mutation: 'acknowledgeClaim', input: (d) => ({ disputeId: d.id, note: 'A technician will contact you.' }) },
      { as: 'merchant', mutation: 'makeOffer', input: (d) => ({ disputeId: d.id, remedy: 'REPAIR', daysToCarryOut: 15, terms: 'Intervention à domicile de notre technicien, pièces et main-d’œuvre gratuites' }) },
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
        description: 'La charnière gauche de l’écran s’est fissurée et le cadre se détache à l’ouverture, en usage normal.',
        firstNoticedOn: '2026-09-01',
        chronology: [
          ['2026-09-01', 'Craquement à l’ouverture de l’écran'],
          ['2026-09-05', 'Cadre décollé de l’écran du côté gauche'],
        ],
      },
      'REPAIR',
    ),
    steps: [{ as: 'merchant', mutation: 'rejectClaim', input: (d) => ({ disputeId: d.id, reason: 'Le dommage semble accidentel (choc) et n’est pas couvert' }) }],
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
        description: 'Le compartiment réfrigérateur ne descend plus sous 11 °C ; les aliments s’abîment en deux jours. Le congélateur fonctionne encore.',
        firstNoticedOn: '2026-08-18',
        chronology: [
          ['2026-08-18', 'Le thermomètre indique 11 °C dans le réfrigérateur'],
          ['2026-08-20', 'Réinitialisation selon la notice ; aucun changement'],
        ],
      },
      'REPAIR',
    ),
    steps: [
      { as: 'merchant', mutation: 'rejectClaim', input: (d) => ({ disputeId: d.id, reason: 'Merci de contacter directement le fabricant' }) },
      { as: 'consumer', mutation: 'escalate', input: (d) => ({ disputeId: d.id, reason: 'Le vendeur doit la garantie légale de conformité, pas le fabricant (article L217-3 du Code de la consommation)' }) },
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
        description: 'Une ligne verticale de pixels morts est apparue au milieu de l’écran et s’élargit de semaine en semaine.',
        firstNoticedOn: '2026-07-21',
        chronology: [
          ['2026-07-21', 'Ligne verticale d’un pixel constatée'],
          ['2026-08-15', 'La ligne fait maintenant environ 5 mm de large'],
        ],
      },
      'REPLACEMENT',
    ),
    steps: [
      { as: 'merchant', mutation: 'rejectClaim', input: (d) => ({ disputeId: d.id, reason: 'Les pixels morts restent dans la tolérance de la dalle' }) },
      { as: 'consumer', mutation: 'escalate', input: (d) => ({ disputeId: d.id, reason: 'Une ligne qui s’élargit est un défaut, pas une tolérance' }) },
      { as: 'merchant', mutation: 'rejectClaim', input: (d) => ({ disputeId: d.id, reason: 'Le service réclamations maintient le refus' }) },
      { as: 'consumer', mutation: 'requestMediation', input: (d) => ({ disputeId: d.id, summary: 'Défaut apparu pendant la garantie légale ; le vendeur refuse toute solution.' }) },
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
        description: 'L’eau fuit sous la porte à chaque lavage ; le sol de la cuisine est inondé et la sécurité anti-débordement arrête le programme.',
        firstNoticedOn: '2026-05-30',
        chronology: [
          ['2026-05-30', 'Première flaque devant le lave-vaisselle'],
          ['2026-06-12', 'Code erreur E5 (anti-débordement) affiché'],
          ['2026-06-20', 'Tentative de réparation par le vendeur : joint de porte remplacé'],
          ['2026-07-08', 'La fuite est revenue'],
        ],
      },
      'REFUND',
    ),
    steps: [
      { as: 'consumer', mutation: 'grantRepresentation', input: (d, ids) => ({ disputeId: d.id, associationId: ids.associationId }) },
      { as: 'merchant', mutation: 'makeOffer', input: (d) => ({ disputeId: d.id, remedy: 'REPAIR', daysToCarryOut: 30, terms: 'Une seconde réparation : pompe et joint remplacés' }) },
      { as: 'association', mutation: 'rejectOffer', input: (d) => ({ disputeId: d.id, offerId: liveOffer(d, 'MERCHANT'), reason: 'Une première réparation a déjà échoué : la consommatrice a droit au remboursement (article L217-14 du Code de la consommation)' }) },
      { as: 'association', mutation: 'requestMediation', input: (d) => ({ disputeId: d.id, summary: 'Réparation ratée ; le vendeur ne propose qu’une nouvelle réparation.' }) },
      { as: 'admin', mutation: 'assignMediator', input: (d, ids) => ({ disputeId: d.id, mediatorId: ids.mediatorId }) },
      { as: 'mediator', mutation: 'decideAdmissibility', input: (d) => ({ disputeId: d.id, admissible: true, reason: 'Réclamation écrite préalable et refus au dossier' }) },
      { as: 'mediator', mutation: 'proposeSettlement', input: (d) => ({ disputeId: d.id, remedy: 'REFUND', amount: { amount: '499.00', currency: 'EUR' }, daysToCarryOut: 14, terms: 'Remboursement intégral ; le vendeur reprend l’appareil' }) },
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
      { description: 'L’écouteur droit ne produit plus aucun son, avec le câble comme en Bluetooth.', firstNoticedOn: '2026-09-09', chronology: [['2026-09-09', 'Plus de son à droite']] },
      'REFUND',
    ),
    steps: [
      { as: 'merchant', mutation: 'makeOffer', input: (d) => ({ disputeId: d.id, remedy: 'REFUND', amount: { amount: '349.00', currency: 'EUR' }, daysToCarryOut: 14, terms: 'Remboursement sur la carte d’origine après retour' }) },
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
      { description: 'Le moteur s’arrête au bout de 30 secondes et le voyant clignote en rouge, même chargé à fond.', firstNoticedOn: '2026-03-11', chronology: [['2026-03-11', 'Moteur arrêté après 30 s, voyant rouge']] },
      'REPAIR',
    ),
    steps: [
      { as: 'merchant', mutation: 'makeOffer', input: (d) => ({ disputeId: d.id, remedy: 'REPAIR', daysToCarryOut: 21, terms: 'Réparation au centre de service de la marque, port payé' }) },
      { as: 'consumer', mutation: 'acceptOffer', input: (d) => ({ disputeId: d.id, offerId: liveOffer(d, 'MERCHANT') }) },
      { as: 'consumer', mutation: 'confirmRemedy', input: (d) => ({ disputeId: d.id, fulfilled: true, note: 'Motor replaced, works again' }) },
      { as: 'consumer', mutation: 'leaveFeedback', input: (d) => ({ disputeId: d.id, rating: 4, comment: 'Réparé en trois semaines, communication claire.' }) },
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
        description: 'L’autonomie de la batterie est passée de 70 km à 15 km en huit mois ; le diagnostic montre une cellule défaillante.',
        firstNoticedOn: '2025-12-01',
        chronology: [
          ['2025-12-01', 'Autonomie tombée à 30 km'],
          ['2026-02-10', 'Autonomie tombée à 15 km ; diagnostic chez un vélociste : cellule défaillante'],
        ],
      },
      'REPLACEMENT',
    ),
    steps: [
      { as: 'merchant', mutation: 'makeOffer', input: (d) => ({ disputeId: d.id, remedy: 'PRICE_REDUCTION', amount: { amount: '80.00', currency: 'EUR' }, daysToCarryOut: 10, terms: 'Un bon d’achat pour l’usure de la batterie' }) },
      { as: 'consumer', mutation: 'rejectOffer', input: (d) => ({ disputeId: d.id, offerId: liveOffer(d, 'MERCHANT'), reason: 'Une cellule défaillante est un défaut, pas de l’usure' }) },
      { as: 'consumer', mutation: 'requestMediation', input: (d) => ({ disputeId: d.id }) },
      { as: 'admin', mutation: 'assignMediator', input: (d, ids) => ({ disputeId: d.id, mediatorId: ids.mediatorId }) },
      { as: 'mediator', mutation: 'decideAdmissibility', input: (d) => ({ disputeId: d.id, admissible: true, reason: 'Dossier complet' }) },
      { as: 'mediator', mutation: 'proposeSettlement', input: (d) => ({ disputeId: d.id, remedy: 'PRICE_REDUCTION', amount: { amount: '250.00', currency: 'EUR' }, terms: 'Un remboursement partiel de 250 EUR' }) },
      { as: 'consumer', mutation: 'rejectSettlement', input: (d) => ({ disputeId: d.id, settlementId: lastSettlement(d), reason: 'Une batterie neuve coûte 600 EUR' }) },
      {
        as: 'mediator',
        mutation: 'closeDispute',
        input: (d) => ({ disputeId: d.id, outcome: 'UNRESOLVED', summary: 'Pas d’accord', nextSteps: [{ kind: 'COURT', text: 'Demandes jusqu’à 5\u202f000\u00a0€ : le tribunal judiciaire (la tentative amiable est au dossier, article 750-1 du Code de procédure civile)' }] }),
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
      { description: 'Le broyeur se bloque et la machine affiche le voyant « ajouter du café » avec un réservoir plein.', firstNoticedOn: '2026-04-02', chronology: [['2026-04-02', 'Le broyeur se bloque chaque matin']] },
      'REPAIR',
    ),
    steps: [{ as: 'consumer', mutation: 'withdrawClaim', input: (d) => ({ disputeId: d.id, reason: 'Un détartrage selon la notice a réglé le problème' }) }],
  },
];
