/** Where people reach recours: PUBLIC_URL, or the address the API listens on. */
export interface Links {
  base: string;
  dispute(disputeId: string): string;
  unsubscribe(token: string): string;
  notifications(): string;
}

/**
 * The links of e-mails (a dispute, one-click unsubscribe, a reset or invitation link) start with
 * PUBLIC_URL. Set, it must be an absolute http(s) address, else the process refuses to start
 * naming it: "recours.example.org" alone made links no mail client opens. Unset, the address the
 * API listens on serves outside production; in production a notifier refuses to start without it
 * (`publicUrlProblem`), since every link would then point at the server's own loopback.
 */
export function linksFrom(env: NodeJS.ProcessEnv): Links {
  const problem = publicUrlProblem(env, { required: false });
  if (problem) throw new Error(problem);
  const base = (env.PUBLIC_URL?.trim() || `http://${env.HOST && env.HOST !== '0.0.0.0' ? env.HOST : '127.0.0.1'}:${env.PORT ?? 3000}`).replace(/\/+$/, '');
  return {
    base,
    dispute: (disputeId) => `${base}/disputes/${encodeURIComponent(disputeId)}`,
    unsubscribe: (token) => `${base}/unsubscribe/${token}`,
    notifications: () => `${base}/notifications`,
  };
}

/** What is wrong with PUBLIC_URL, as a start-up refusal naming it, or null. */
export function publicUrlProblem(env: NodeJS.ProcessEnv, { required }: { required: boolean }): string | null {
  const value = env.PUBLIC_URL?.trim();
  if (!value) return required ? 'PUBLIC_URL is not set: the links of e-mails (a dispute, a password reset, unsubscribe) would point at this server’s own address; set it to where people open recours, e.g. https://recours.example.org' : null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `PUBLIC_URL (${value}) is not an absolute address: write it with its scheme, e.g. https://${value.replace(/^\/+/, '')}`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `PUBLIC_URL (${value}) must be an http or https address`;
  if (url.search || url.hash || url.username || url.password) return `PUBLIC_URL (${value}) must be an address without query, fragment or credentials`;
  return null;
}
