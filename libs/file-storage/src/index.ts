export * from './file-storage.port';
export { PostgresFileStorage } from './postgres/postgres-file-storage';
export { S3FileStorage, type S3FileStorageOptions } from './s3/s3-file-storage';
export { FileStorageModule, createConfiguredFileStorage } from './file-storage.module';
export { SealedFileStorage, FileErased, SEALED_FILES } from './sealed/sealed-file-storage';
export { SealedFileAltered } from './sealed/file-sealing';
