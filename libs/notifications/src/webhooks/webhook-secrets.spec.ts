import { randomUUID } from 'node:crypto';
import { MasterKey } from '@recours/event-store';
import { createTestDatabase, type TestDatabase } from '@recours/testing';
import { Client } from 'pg';
import { openNotificationsDataSource } from '../schema/notifications-data-source';
import { WebhookSecrets } from './webhook-secrets';
import { newWebhookSecret } from './webhook-signature';

const OLD = new MasterKey('the master key being rotated away, long enough');
const NEW = new MasterKey('the new master key, also long enough to be used');

describe('webhook signing secrets are sealed, never stored in plain text (outside review, finding 2)', () => {
  it('a sealed secret holds neither the secret nor a part of it, opens to it, and only for its own webhook', () => {
    const secrets = new WebhookSecrets({ current: NEW });
    const secret = newWebhookSecret();
    const id = randomUUID();
    const sealed = secrets.seal(secret, id);
    expect(sealed.startsWith(`v1.${NEW.id}.`)).toBe(true);
    expect(sealed).not.toContain(secret.slice(6, 20));
    expect(secrets.seal(secret, id)).not.toBe(sealed); // a fresh iv each time
    expect(secrets.open(sealed, id)).toBe(secret);
    // Copied onto another webhook's row, it does not open: a secret cannot be moved to sign for another.
    expect(() => secrets.open(sealed, randomUUID())).toThrow();
  });

  it('a secret sealed from another master key is refused naming the keys, and opened with DATA_KEY_PREVIOUS during a rotation', () => {
    const id = randomUUID();
    const sealedBefore = new WebhookSecrets({ current: OLD }).seal('whsec_before', id);
    expect(() => new WebhookSecrets({ current: NEW }).open(sealedBefore, id)).toThrow(new RegExp(`master key ${OLD.id}.*neither DATA_KEY \\(${NEW.id}\\)`));
    expect(new WebhookSecrets({ current: NEW, previous: OLD }).open(sealedBefore, id)).toBe('whsec_before');
  });

  it('a secret stored in plain text by an earlier release is read as it is', () => {
    expect(new WebhookSecrets({ current: NEW }).open('whsec_storedInClear', randomUUID())).toBe('whsec_storedInClear');
  });

  describe('in PostgreSQL: what an earlier release stored, sealed at start, and sealed again at a rotation', () => {
    let database: TestDatabase;
    let client: Client;
    const row = async (id: string) => (await client.query<{ secret: string }>('SELECT secret FROM notifications.webhooks WHERE id = $1', [id])).rows[0].secret;
    const insert = async (id: string, secret: string) =>
      client.query(`INSERT INTO notifications.webhooks (id, merchant_id, url, events, secret, created_by) VALUES ($1, $2, 'https://helpdesk.example/recours', NULL, $3, $2)`, [id, randomUUID(), secret]);

    beforeAll(async () => {
      database = await createTestDatabase('webhook_secrets');
      await (await openNotificationsDataSource(database.url, 2)).destroy();
      client = new Client({ connectionString: database.url });
      await client.connect();
    });
    afterAll(async () => {
      await client?.end();
      await database?.drop();
    });

    it('plain secrets and secrets sealed from the previous key are sealed from DATA_KEY, each opening to what it was; a second run changes nothing', async () => {
      const plain = randomUUID();
      const rotated = randomUUID();
      const current = randomUUID();
      await insert(plain, 'whsec_plainFromAnEarlierRelease');
      await insert(rotated, new WebhookSecrets({ current: OLD }).seal('whsec_sealedFromTheOldKey', rotated));
      const alreadySealed = new WebhookSecrets({ current: NEW }).seal('whsec_alreadyCurrent', current);
      await insert(current, alreadySealed);

      const secrets = new WebhookSecrets({ current: NEW, previous: OLD });
      expect(await secrets.sealStored(client)).toEqual({ sealed: 2 });

      expect(await row(plain)).not.toContain('plainFromAnEarlierRelease');
      const afterRotation = new WebhookSecrets({ current: NEW }); // DATA_KEY_PREVIOUS gone after the restart
      expect(afterRotation.open(await row(plain), plain)).toBe('whsec_plainFromAnEarlierRelease');
      expect(afterRotation.open(await row(rotated), rotated)).toBe('whsec_sealedFromTheOldKey');
      expect(await row(current)).toBe(alreadySealed);
      expect(await secrets.sealStored(client)).toEqual({ sealed: 0 });
    });
  });
});
