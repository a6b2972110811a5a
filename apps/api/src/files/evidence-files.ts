import { fieldProblem } from '@recours/disputes';
import { Inject, Injectable } from '@nestjs/common';
import type { Evidence, EvidenceKind } from '@recours/disputes';
import type { Viewer } from '../auth/viewer';
import { badUserInput, problemAt, type FieldProblem } from '../graphql/errors';
import { UPLOADS, type Uploads } from './uploads';

interface EvidenceAsSent {
  kind: EvidenceKind;
  name: string;
  sha256: string;
  fileId?: string | null;
}

/**
 * Evidence that names an upload (`fileId`): the upload must be the caller's, with the same name
 * and fingerprint, and is set aside for the dispute while the command runs; kept when the command
 * succeeds, freed when it is refused. Evidence without a fileId (kept elsewhere) passes as it is.
 */
@Injectable()
export class EvidenceFiles {
  constructor(@Inject(UPLOADS) private readonly uploads: Uploads) {}

  async attach<T>(viewer: Viewer, disputeId: string, sent: readonly EvidenceAsSent[], fieldOf: (index: number) => string, run: (evidence: Evidence[]) => Promise<T>): Promise<T> {
    const problems: FieldProblem[] = [];
    const evidence: Evidence[] = [];
    for (const [index, item] of sent.entries()) {
      const { kind, name, sha256 } = item;
      if (!item.fileId) {
        evidence.push({ kind, name, sha256 });
        continue;
      }
      const field = fieldOf(index);
      const upload = await this.uploads.find(item.fileId);
      // Someone else's upload answers as a missing one: ids of others' files tell nothing.
      if (!upload || upload.ownerId !== viewer.accountId) problems.push(problemAt(field, fieldProblem('NOT_YOUR_UPLOAD')));
      else if (upload.sha256 !== sha256) problems.push(problemAt(field, fieldProblem('OTHER_FILE_HASH', { uploaded: upload.sha256, given: sha256 })));
      else if (upload.name !== name) problems.push(problemAt(field, fieldProblem('OTHER_FILE_NAME', { uploaded: upload.name, given: name })));
      else evidence.push({ kind, name, sha256, file: { id: upload.id, contentType: upload.contentType, size: upload.size } });
    }
    if (problems.length > 0) throw badUserInput(problems);
    const reserved: string[] = [];
    try {
      for (const [index, item] of evidence.entries()) {
        if (!item.file) continue;
        if (!(await this.uploads.reserve(item.file.id, disputeId))) throw badUserInput([problemAt(fieldOf(index), fieldProblem('ALREADY_ATTACHED'))]);
        reserved.push(item.file.id);
      }
      const result = await run(evidence);
      for (const id of reserved) await this.uploads.attached(id);
      return result;
    } catch (error) {
      for (const id of reserved) await this.uploads.release(id, disputeId).catch(() => undefined);
      throw error;
    }
  }
}
