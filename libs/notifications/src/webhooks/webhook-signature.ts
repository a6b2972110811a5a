import { createHmac, randomBytes } from 'node:crypto';

/** `Recours-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` under the webhook's secret. */
export function webhookSignature(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

/** A new webhook's secret: shown once to the merchant, kept to sign every delivery. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;
