import { SubjectErased } from '@recours/event-store';
import { FileErased, type SealedFileStorage } from '@recours/file-storage';
import { uploadSubject } from './upload-subject';
import type { Uploads } from './uploads';

export interface EncryptStoredFilesReport {
  /** Stored uploads looked at. */
  files: number;
  sealed: number;
  /** Sealed for another subject before, their key wrapped again for the one named now. */
  resealed: number;
  alreadySealed: number;
  /** In the catalogue, not in the storage (lost before this ran): nothing to seal. */
  missing: number;
  /** Of a person already erased (her key destroyed): left as they are, listed for the operator. */
  subjectErased: string[];
}

/**
 * Seals every upload stored in clear before files were sealed, each with its uploader's key
 * (uploadSubject), one at a time and in place (SealedFileStorage.seal: the sealed copy written
 * whole, then switched): stopped midway, it has lost nothing and carries on where it stopped
 * when run again; run on a sealed store, it seals nothing.
 */
export async function encryptStoredFiles(uploads: Uploads, files: SealedFileStorage, progress: (report: EncryptStoredFilesReport) => void = () => undefined): Promise<EncryptStoredFilesReport> {
  const report: EncryptStoredFilesReport = { files: 0, sealed: 0, resealed: 0, alreadySealed: 0, missing: 0, subjectErased: [] };
  for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
    const page = await uploads.storedAfter(after);
    if (page.length === 0) return report;
    for (const upload of page) {
      report.files++;
      try {
        const outcome = await files.seal(upload.id, uploadSubject(upload.ownerId));
        if (outcome === 'SEALED') report.sealed++;
        else if (outcome === 'RESEALED') report.resealed++;
        else if (outcome === 'ALREADY_SEALED') report.alreadySealed++;
        else report.missing++;
      } catch (error) {
        if (!(error instanceof SubjectErased || error instanceof FileErased)) throw error;
        report.subjectErased.push(upload.id);
      }
    }
    after = page[page.length - 1].id;
    progress(report);
  }
}
