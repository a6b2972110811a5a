import { connectDatabase, POOL_TIMEOUTS } from '@recours/database';
import { startSubjectKeys } from '@recours/event-store';
import { createConfiguredFileStorage, SealedFileStorage } from '@recours/file-storage';
import { encryptStoredFiles } from '../files/encrypt-stored-files';
import { Uploads } from '../files/uploads';
import { runCommandLine } from '../lifecycle/command-line';

/**
 * `npm run files:encrypt` (once after upgrading, with the DATA_KEY and FILE_STORAGE recours runs
 * with; recours may keep running): seals the evidence files stored in clear before this release
 * with their uploaders' keys, in place (docs/privacy.md, "Evidence files"). Stopped midway, run
 * it again: it carries on, and seals nothing twice.
 */
async function main(): Promise<number> {
  const connection = await connectDatabase(process.env, (message) => console.error(message));
  const keys = await startSubjectKeys(process.env, connection);
  const storage = await createConfiguredFileStorage(process.env, connection);
  const uploads = await Uploads.open(connection.url, POOL_TIMEOUTS);
  try {
    const report = await encryptStoredFiles(uploads, new SealedFileStorage(storage, keys), (so) => console.error(`… ${so.files} files looked at, ${so.sealed} sealed`));
    console.log(
      `ENCRYPTED: ${report.sealed} files sealed, ${report.resealed} sealed again for their subject, ${report.alreadySealed} already sealed, ${report.missing} missing from the storage, ${report.subjectErased.length} of erased persons left as they are, of ${report.files} stored files`,
    );
    for (const id of report.subjectErased) console.log(`ERASED PERSON'S FILE (delete it): ${id}`);
    return 0;
  } finally {
    await uploads.close();
    await storage.close();
    await keys.close();
    await connection.stop();
  }
}

if (require.main === module) runCommandLine(main, (message) => `STOPPED: ${message} (the files sealed so far stay sealed; the others are as they were: run it again)`);
