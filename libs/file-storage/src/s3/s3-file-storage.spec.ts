import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';
import { MasterKey, PostgresSubjectKeys } from '@recours/event-store';
import { createTestDatabase, TEST_DATA_KEY, type TestDatabase } from '@recours/testing';
import { fileStorageContract } from '../contract/file-storage.contract';
import { sealedFileStorageContract } from '../sealed/sealed-file-storage.contract';
import { S3FileStorage } from './s3-file-storage';

/** The S3 adapter against a local S3-compatible server (s3rver) that the test starts and stops. */
describe('S3-compatible file storage', () => {
  let server: S3rver;
  let directory: string;
  let storage: S3FileStorage;

  const start = async (prefix: string) => {
    directory = mkdtempSync(join(tmpdir(), 'recours-s3-'));
    server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: 'recours-files', configs: [] }] });
    const { port } = (await server.run()) as AddressInfo;
    storage = new S3FileStorage({
      bucket: 'recours-files',
      endpoint: `http://127.0.0.1:${port}`,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      prefix,
    });
    return storage;
  };
  const stop = async () => {
    await storage?.close();
    await server?.close();
    rmSync(directory, { recursive: true, force: true });
  };

  describe('contract', () => {
    fileStorageContract(() => start('evidence/'), stop);
  });

  describe('sealed with the data subjects\' keys (keys in PostgreSQL)', () => {
    let db: TestDatabase;
    let keys: PostgresSubjectKeys;
    sealedFileStorageContract(
      async () => {
        db = await createTestDatabase('file_storage_s3_sealed');
        keys = await PostgresSubjectKeys.start({ connectionString: db.url, master: new MasterKey(TEST_DATA_KEY) });
        return { storage: await start('sealed/'), keys };
      },
      async () => {
        await stop();
        await keys?.close();
        await db?.drop();
      },
    );
  });
});
