import { connectDatabase } from '@recours/database';
import { masterKeysFromEnv, PostgresSubjectKeys } from '@recours/event-store';
import { WebhookSecrets } from '@recours/notifications';
import { Client } from 'pg';
import { resealTwoFactorSecrets } from '../accounts/two-factor-secrets';
import { runCommandLine } from '../lifecycle/command-line';

/**
 * `DATA_KEY=<new> DATA_KEY_PREVIOUS=<old> npm run keys:rotate`: re-wraps every data subject's key
 * with the new master key, in one transaction, without touching an event, then seals the
 * two-step verification secrets and the webhooks' signing secrets sealed from the old key again
 * from the new one (docs/privacy.md,
 * "Rotating the master key"). Run it, then restart recours with DATA_KEY=<new> and without
 * DATA_KEY_PREVIOUS. Running it again re-wraps nothing.
 */
async function main(): Promise<number> {
  const masters = masterKeysFromEnv(process.env);
  if (!masters.previous) {
    console.error('DATA_KEY_PREVIOUS must hold the master key being replaced (the generated one is in DATA_DIR/data-key), and DATA_KEY the new one');
    return 2;
  }
  const connection = await connectDatabase(process.env, (message) => console.error(message));
  const keys = await PostgresSubjectKeys.start({ connectionString: connection.url, master: masters.current, previous: masters.previous });
  try {
    const { rewrapped, alreadyCurrent } = await keys.rotate();
    console.log(`ROTATED: ${rewrapped} subject keys re-wrapped with master key ${masters.current.id}; ${alreadyCurrent} already were`);
    const client = new Client({ connectionString: connection.url });
    await client.connect();
    try {
      await client.query('BEGIN');
      const { resealed } = await resealTwoFactorSecrets(client, process.env);
      const webhooks = await new WebhookSecrets(masters).sealStored(client);
      await client.query('COMMIT');
      console.log(`RESEALED: ${resealed} two-step verification secrets sealed from the new master key`);
      console.log(`RESEALED: ${webhooks.sealed} webhook signing secrets sealed from the new master key`);
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      await client.end();
    }
    return 0;
  } finally {
    await keys.close();
    await connection.stop();
  }
}

runCommandLine(main);
