import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Pool } from 'pg';
import { guardedLookup, webhookUrlProblem } from '../webhooks/address-guard';
import type { WebhookSecrets } from '../webhooks/webhook-secrets';
import { webhookSignature } from '../webhooks/webhook-signature';
import type { Channel, Delivery, DeliveryOutcome } from './delivery';

export interface WebhookChannelOptions {
  production: boolean;
  /** WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true: tests and local use. */
  allowPrivate: boolean;
  /** No answer within this is a failure (default 10 s). */
  timeoutMs?: number;
  /** The receiver's name must resolve within this (default 3 s, at most half of timeoutMs): a mute DNS is a failed delivery. */
  dnsTimeoutMs?: number;
  /** Name servers to ask instead of the system's (tests). */
  dnsServers?: readonly string[];
  now: () => Date;
}

/**
 * Merchants' webhooks: a POST of the event as JSON, signed, with the delivery's id (the same on
 * every automatic retry, so a receiver can drop a duplicate). A 2xx answer is success.
 */
export class WebhookChannel implements Channel {
  constructor(
    private readonly pool: Pool,
    private readonly secrets: WebhookSecrets,
    private readonly options: WebhookChannelOptions,
  ) {}

  async deliver(delivery: Delivery): Promise<DeliveryOutcome> {
    const { rows } = await this.pool.query<{ url: string; secret: string }>(`SELECT url, secret FROM notifications.webhooks WHERE id = $1 AND deleted_at IS NULL`, [delivery.recipient]);
    if (rows.length === 0) return { result: 'skipped', detail: 'the webhook was deleted' };
    const { url } = rows[0];
    let secret: string;
    try {
      secret = this.secrets.open(rows[0].secret, delivery.recipient);
    } catch (error) {
      return { result: 'failed', error: `the signing secret cannot be opened: ${error instanceof Error ? error.message : String(error)}` };
    }
    const problem = webhookUrlProblem(url, { production: this.options.production, allowPrivate: this.options.allowPrivate });
    if (problem) return { result: 'failed', error: `the URL ${problem.phrase.en}` };
    const body = String(delivery.payload.body);
    try {
      const { status, retryAfter } = await this.post(url, body, {
        'content-type': 'application/json',
        'user-agent': 'recours-webhooks/1',
        'recours-delivery': delivery.id,
        'recours-signature': webhookSignature(secret, body, this.options.now()),
      });
      if (status >= 200 && status < 300) return { result: 'sent', status };
      // 410 Gone: the receiver says it is there no more. Retry-After (429, 503): it asked for a pause.
      const notBefore = retryAfterOf(retryAfter, this.options.now());
      return { result: 'failed', status, error: `answered HTTP ${status}`, ...(status === 410 && { permanent: true }), ...(notBefore && { notBefore }) };
    } catch (error) {
      return { result: 'failed', error: error instanceof Error ? error.message : String(error) };
    }
  }

  /**
   * One POST; its answer's status. No redirects are followed. The status decides: the body is
   * never read (a receiver that answers 200 and then trickles or never ends its body has its
   * delivery, and no retry sends it again; a huge body is not pulled through).
   */
  private post(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; retryAfter: string | undefined }> {
    const timeoutMs = this.options.timeoutMs ?? 10_000;
    const dns = { timeoutMs: this.options.dnsTimeoutMs ?? Math.min(3_000, timeoutMs / 2), servers: this.options.dnsServers };
    const target = new URL(url);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
      const req = send(target, { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, lookup: guardedLookup(this.options.allowPrivate, dns), agent: false }, (res: IncomingMessage) => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] });
        // No agent: the connection is this delivery's own, closed with the answer left unread.
        res.destroy();
      });
      req.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      req.end(body);
    });
  }
}

/** Retry-After (RFC 9110): a number of seconds or an HTTP date; anything else is no request. */
function retryAfterOf(value: string | undefined, now: Date): Date | undefined {
  if (!value) return undefined;
  const at = /^\s*\d+\s*$/.test(value) ? now.getTime() + Number(value) * 1000 : Date.parse(value);
  return Number.isFinite(at) && at > now.getTime() ? new Date(at) : undefined;
}
