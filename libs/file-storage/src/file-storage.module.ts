import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DATABASE_CONNECTION, POOL_TIMEOUTS, type DatabaseConnection } from '@recours/database';
import { SUBJECT_KEYS, type SubjectKeyRing } from '@recours/event-store';
import { FILE_STORAGE, type FileStorage } from './file-storage.port';
import { SEALED_FILES, SealedFileStorage } from './sealed/sealed-file-storage';
import { PostgresFileStorage } from './postgres/postgres-file-storage';
import { S3FileStorage } from './s3/s3-file-storage';

/** FILE_STORAGE=postgres (default) or s3 with S3_BUCKET, S3_ENDPOINT, S3_REGION and credentials. */
export async function createConfiguredFileStorage(env: NodeJS.ProcessEnv, connection: DatabaseConnection): Promise<FileStorage> {
  const kind = env.FILE_STORAGE ?? 'postgres';
  if (kind === 'postgres') return PostgresFileStorage.start(connection.url, POOL_TIMEOUTS);
  if (kind === 's3') {
    if (!env.S3_BUCKET) throw new Error('FILE_STORAGE=s3 needs S3_BUCKET (and S3_ENDPOINT for a server other than AWS)');
    const { S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = env;
    if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together');
    return new S3FileStorage({
      bucket: env.S3_BUCKET,
      ...(env.S3_ENDPOINT && { endpoint: env.S3_ENDPOINT }),
      ...(env.S3_REGION && { region: env.S3_REGION }),
      ...(env.S3_PREFIX && { prefix: env.S3_PREFIX }),
      // Without them, the SDK's own chain (AWS_* variables, profiles, instance roles) applies.
      ...(accessKeyId && secretAccessKey && { credentials: { accessKeyId, secretAccessKey } }),
    });
  }
  throw new Error(`FILE_STORAGE must be "postgres" or "s3", not "${kind}"`);
}

@Global()
@Module({
  providers: [
    {
      provide: FILE_STORAGE,
      inject: [DATABASE_CONNECTION],
      useFactory: async (connection: DatabaseConnection) => {
        const storage = await createConfiguredFileStorage(process.env, connection);
        new Logger('FileStorage').log(`file storage: ${process.env.FILE_STORAGE ?? 'postgres'}`);
        return storage;
      },
    },
    // What recours stores goes through it: sealed with the uploader's key (EventStoreModule's key ring).
    { provide: SEALED_FILES, inject: [FILE_STORAGE, SUBJECT_KEYS], useFactory: (storage: FileStorage, keys: SubjectKeyRing) => new SealedFileStorage(storage, keys) },
  ],
  exports: [FILE_STORAGE, SEALED_FILES],
})
export class FileStorageModule implements OnApplicationShutdown {
  constructor(@Inject(FILE_STORAGE) private readonly storage: FileStorage) {}

  async onApplicationShutdown(): Promise<void> {
    await this.storage.close();
  }
}
