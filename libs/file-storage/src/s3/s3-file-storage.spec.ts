import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';
import { fileStorageContract } from '../contract/file-storage.contract';
import { S3FileStorage } from './s3-file-storage';

/** The S3 adapter against a local S3-compatible server (s3rver) that the test starts and stops. */
describe('S3-compatible file storage', () => {
  let server: S3rver;
  let directory: string;
  let storage: S3FileStorage;

  fileStorageContract(
    async () => {
      directory = mkdtempSync(join(tmpdir(), 'recours-s3-'));
      server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: 'recours-files', configs: [] }] });
      const { port } = (await server.run()) as AddressInfo;
      storage = new S3FileStorage({
        bucket: 'recours-files',
        endpoint: `http://127.0.0.1:${port}`,
        credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
        prefix: 'evidence/',
      });
      return storage;
    },
    async () => {
      await storage?.close();
      await server?.close();
      rmSync(directory, { recursive: true, force: true });
    },
  );
});
