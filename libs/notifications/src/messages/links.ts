/** Where people reach recours: PUBLIC_URL, or the address the API listens on. */
export interface Links {
  base: string;
  dispute(disputeId: string): string;
  unsubscribe(token: string): string;
  notifications(): string;
}

export function linksFrom(env: NodeJS.ProcessEnv): Links {
  const base = (env.PUBLIC_URL?.trim() || `http://${env.HOST && env.HOST !== '0.0.0.0' ? env.HOST : '127.0.0.1'}:${env.PORT ?? 3000}`).replace(/\/+$/, '');
  return {
    base,
    dispute: (disputeId) => `${base}/disputes/${encodeURIComponent(disputeId)}`,
    unsubscribe: (token) => `${base}/unsubscribe/${token}`,
    notifications: () => `${base}/notifications`,
  };
}
