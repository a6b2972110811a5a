/** One outbox row being sent. */
export interface Delivery {
  id: string;
  channel: 'EMAIL' | 'WEBHOOK';
  recipient: string;
  payload: Record<string, unknown>;
  /** Attempts so far, this one included. */
  attempts: number;
  disputeId: string | null;
  createdAt: Date;
}

/**
 * What an attempt came to. `skipped`: nobody to send it to any more (account gone, e-mail turned
 * off, webhook deleted). `permanent`: trying again cannot help. `notBefore`: the peer asked not
 * to be tried again before then (Retry-After).
 */
export type DeliveryOutcome =
  | { result: 'sent'; status?: number; detail?: string }
  | { result: 'skipped'; detail: string }
  | { result: 'failed'; error: string; status?: number; permanent?: boolean; notBefore?: Date };

/** A way a notification leaves recours: e-mail, webhooks. */
export interface Channel {
  deliver(delivery: Delivery): Promise<DeliveryOutcome>;
}
