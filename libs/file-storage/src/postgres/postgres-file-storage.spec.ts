import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { MasterKey, PostgresSubjectKeys } from '@recours/event-store';
import { createTestDatabase, TEST_DATA_KEY, type TestDatabase } from '@recours/testing';
import { fileStorageContract } from '../contract/file-storage.contract';
import { sealedFileStorageContract } from '../sealed/sealed-file-storage.contract';
import { PostgresFileStorage } from './postgres-file-storage';

describe('PostgreSQL file storage', () => {
  let database: TestDatabase;
  let storage: PostgresFileStorage;

  describe('contract', () => {
    fileStorageContract(
      async () => {
        database = await createTestDatabase('file_storage');
        storage = await PostgresFileStorage.start(database.url);
        return storage;
      },
      async () => {
        await storage.close();
        await database.drop();
      },
    );
  });

  describe('sealed with the data subjects\' keys', () => {
    let db: TestDatabase;
    let store: PostgresFileStorage;
    let keys: PostgresSubjectKeys;
    sealedFileStorageContract(
      async () => {
        db = await createTestDatabase('file_storage_sealed');
        store = await PostgresFileStorage.start(db.url);
        keys = await PostgresSubjectKeys.start({ connectionString: db.url, master: new MasterKey(TEST_DATA_KEY) });
        return { storage: store, keys };
      },
      async () => {
        await store?.close();
        await keys?.close();
        await db?.drop();
      },
    );
  });

  describe('a process that died midway through an upload', () => {
    it('leaves chunks without a blob, which the sweep removes once they are old enough', async () => {
      const db = await createTestDatabase('file_storage_orphans');
      const store = await PostgresFileStorage.start(db.url);
      const client = new Client({ connectionString: db.url });
      await client.connect();
      try {
        const orphan = randomUUID();
        await client.query(`INSERT INTO files.chunks (file_id, seq, bytes, written_at) VALUES ($1, 0, '\\x01', now() - interval '2 hours')`, [orphan]);
        const kept = randomUUID();
        await store.put(kept, (async function* () { yield Buffer.from('kept'); })());
        expect(await store.sweepOrphans(new Date(Date.now() - 60 * 60 * 1000))).toBe(1);
        expect((await client.query('SELECT DISTINCT file_id FROM files.chunks')).rows).toEqual([{ file_id: kept }]);
      } finally {
        await client.end();
        await store.close();
        await db.drop();
      }
    });
  });
});
