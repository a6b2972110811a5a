/**
 * Every path the server answers itself, in one list: the web app's index.html fallback never
 * answers them, so a reload of /disputes/:id still gets the app while /disputes/:id/case-file.pdf
 * reaches its controller. A route added to the server is added here (web-app.module.spec.ts
 * checks that every controller route of the real application is covered).
 * `:name` is one path segment; a route also covers what lies below it (`/assets/…`).
 */
export const SERVER_ROUTES = [
  '/graphql',
  '/health',
  '/metrics',
  // The built app's own files: a missing one is a 404, not the page.
  '/assets',
  '/files',
  // The link in each notification e-mail that stops them.
  '/unsubscribe/:token',
  '/disputes/:id/formal-notice.pdf',
  '/disputes/:id/withdrawal.pdf',
  '/disputes/:id/case-file.pdf',
  '/disputes/:id/case-file.json',
  // The merchants' statistics as open data (CSV and JSON), for anyone.
  '/open-data',
  // An association's systemic problems as CSV (bearer token); the page itself is the app's /association/problems.
  '/association/systemic-problems.csv',
  // A mediation body's annual activity report as CSV (bearer token); the page itself is the app's /mediation-bodies/:id/report.
  '/mediation-bodies/:id/activity-report.csv',
  // The development mailbox's files (the page itself is the app's /dev/mail). POST
  // /unsubscribe/:token is the server's too, but a GET of it is the app's page that asks first.
  '/dev-mail',
] as const;

/** The list as one expression for serve-static's `exclude`. */
export function serverRoutesPattern(routes: readonly string[] = SERVER_ROUTES): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternatives = routes.map((route) =>
    route
      .split('/')
      .map((segment) => (segment.startsWith(':') ? '[^/]+' : escape(segment)))
      .join('/'),
  );
  return new RegExp(`^(${alternatives.join('|')})(/|$)`);
}
