/** A mediator as the admin chooses one: her name and how many mediations she has under way. */
export interface AssignableMediator {
  id: string;
  displayName: string;
  openCases: number;
}

interface Body {
  id: string;
  isDefault: boolean;
  mediators?: readonly AssignableMediator[] | null;
}

/**
 * The mediators a dispute's mediation may go to: those of the body the request went to (recorded
 * with it; for a request made before it was, the body its merchant designates, or the default
 * body when it designates none), the least loaded first.
 * When neither body is known, every body's mediators.
 */
export function assignableMediators(bodies: readonly Body[], merchantBodyId: string | null | undefined): AssignableMediator[] {
  const body = bodies.find((b) => b.id === merchantBodyId) ?? (merchantBodyId ? undefined : bodies.find((b) => b.isDefault));
  const pool = body ? (body.mediators ?? []) : bodies.flatMap((b) => b.mediators ?? []);
  const unique = [...new Map(pool.map((m) => [m.id, m])).values()];
  return unique.sort((a, b) => a.openCases - b.openCases || a.displayName.localeCompare(b.displayName));
}

/** Pre-selected: the mediator the merchant designated when she is among them, else the least loaded. */
export function preselectedMediator(mediators: readonly AssignableMediator[], designatedId: string | null | undefined): string {
  return mediators.find((m) => m.id === designatedId)?.id ?? mediators[0]?.id ?? '';
}
