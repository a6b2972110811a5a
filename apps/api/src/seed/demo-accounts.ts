/** Everyone in the demo; they all share one password, printed at the end of `npm run seed`. */
export const DEMO_PASSWORD = 'Recours-demo-2026';

export const DEMO_CONSUMERS = {
  claire: { email: 'claire.martin@recours.demo', displayName: 'Claire Martin' },
  karim: { email: 'karim.benali@recours.demo', displayName: 'Karim Benali' },
  sophie: { email: 'sophie.durand@recours.demo', displayName: 'Sophie Durand' },
} as const;

export const DEMO_MERCHANTS = {
  technomarche: { email: 'sav@technomarche.demo', displayName: 'SAV TechnoMarché', merchantName: 'TechnoMarché' },
  electromaison: { email: 'sav@electromaison.demo', displayName: 'SAV ÉlectroMaison', merchantName: 'ÉlectroMaison' },
} as const;

export const DEMO_STAFF = {
  mediator: { email: 'mediateur@recours.demo', displayName: 'Médiation de la consommation — Anne Lefèvre', role: 'MEDIATOR' },
  association: { email: 'association@recours.demo', displayName: 'Association Consommateurs du Rhône', role: 'ASSOCIATION' },
} as const;

export const DEMO_ADMIN = { email: 'admin@recours.demo', password: 'Recours-platform-2026' };
