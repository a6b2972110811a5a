/** The levels a claim climbs inside the merchant before it goes outside (mediation). */
export type EscalationLevel = 'FRONT_DESK' | 'SUPERVISOR' | 'COMPLAINTS_DEPARTMENT';
