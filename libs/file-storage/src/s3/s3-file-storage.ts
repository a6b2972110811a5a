import type { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import type { FileStorage } from '../file-storage.port';

/** S3's smallest part (but the last): a file below it goes up in one PutObject. */
const PART_BYTES = 5 * 1024 * 1024;

export interface S3FileStorageOptions {
  bucket: string;
  /** An S3-compatible server's address (MinIO, Garage, Ceph, OVH, Scaleway…); AWS when absent. */
  endpoint?: string;
  region?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Key prefix inside the bucket, e.g. 'recours/'. */
  prefix?: string;
}

/**
 * Files in an S3-compatible bucket (FILE_STORAGE=s3), for deployments. Streamed as a multipart
 * upload of 5 MiB parts, aborted when the content fails midway, so a cut-off upload leaves
 * nothing; a file smaller than one part is sent whole. Path-style addressing and checksums only
 * when required, as S3-compatible servers other than AWS expect.
 */
export class S3FileStorage implements FileStorage {
  private readonly client: S3Client;

  constructor(private readonly options: S3FileStorageOptions) {
    const config: S3ClientConfig = {
      region: options.region ?? 'us-east-1',
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      ...(options.endpoint && { endpoint: options.endpoint }),
      ...(options.credentials && { credentials: options.credentials }),
    };
    this.client = new S3Client(config);
  }

  private key(id: string): string {
    return `${this.options.prefix ?? ''}${id}`;
  }

  async put(id: string, content: AsyncIterable<Uint8Array>): Promise<{ size: number }> {
    const Bucket = this.options.bucket;
    const Key = this.key(id);
    let size = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let uploadId: string | undefined;
    const parts: Array<{ PartNumber: number; ETag: string }> = [];
    const sendPart = async () => {
      const Body = Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      uploadId ??= (await this.client.send(new CreateMultipartUploadCommand({ Bucket, Key }))).UploadId;
      const PartNumber = parts.length + 1;
      const { ETag } = await this.client.send(new UploadPartCommand({ Bucket, Key, UploadId: uploadId, PartNumber, Body, ContentLength: Body.length }));
      parts.push({ PartNumber, ETag: ETag as string });
    };
    try {
      for await (const piece of content) {
        const buffer = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
        size += buffer.length;
        pending.push(buffer);
        pendingBytes += buffer.length;
        if (pendingBytes >= PART_BYTES) await sendPart();
      }
      if (uploadId === undefined) {
        const Body = Buffer.concat(pending, pendingBytes);
        await this.client.send(new PutObjectCommand({ Bucket, Key, Body, ContentLength: Body.length }));
      } else {
        if (pendingBytes > 0) await sendPart();
        await this.client.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId: uploadId, MultipartUpload: { Parts: parts } }));
      }
      return { size };
    } catch (error) {
      if (uploadId !== undefined) await this.client.send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId: uploadId })).catch(() => undefined);
      throw error;
    }
  }

  /** S3 swaps an object whole when its upload completes (the multipart upload is invisible until then). */
  replace(id: string, content: AsyncIterable<Uint8Array>): Promise<{ size: number }> {
    return this.put(id, content);
  }

  async get(id: string): Promise<Readable | undefined> {
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: this.key(id) }));
      return answer.Body as Readable;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return undefined;
      throw error;
    }
  }

  async delete(id: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.key(id) }));
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}
