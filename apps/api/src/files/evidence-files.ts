import { fieldProblem } from '@recours/disputes';
import { Inject, Injectable } from '@nestjs/common';
import type { Evidence, EvidenceKind, MandateDocument } from '@recours/disputes';
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
    return this.kept(disputeId, evidence, fieldOf, run);
  }

  /**
   * The signed mandate (grantRepresentation's `fileId`): the same checks as an evidence's upload
   * (the caller's own, not in a record yet), its name and fingerprint taken from the upload.
   */
  async attachMandate<T>(viewer: Viewer, disputeId: string, fileId: string | null | undefined, field: string, run: (document: MandateDocument | undefined) => Promise<T>): Promise<T> {
    if (!fileId) return run(undefined);
    const upload = await this.uploads.find(fileId);
    if (!upload || upload.ownerId !== viewer.accountId) throw badUserInput([problemAt(field, fieldProblem('NOT_YOUR_UPLOAD'))]);
    const document: MandateDocument = { name: upload.name, sha256: upload.sha256, file: { id: upload.id, contentType: upload.contentType, size: upload.size } };
    return this.kept(disputeId, [document], () => field, ([kept]) => run(kept));
  }

  /** Set aside for the dispute while `run` records them; kept when it succeeds, freed when it is refused. */
  private async kept<Item extends { file?: { id: string } }, T>(disputeId: string, items: Item[], fieldOf: (index: number) => string, run: (items: Item[]) => Promise<T>): Promise<T> {
    const reserved: string[] = [];
    try {
      for (const [index, item] of items.entries()) {
        if (!item.file) continue;
        if (!(await this.uploads.reserve(item.file.id, disputeId))) throw badUserInput([problemAt(fieldOf(index), fieldProblem('ALREADY_ATTACHED'))]);
        reserved.push(item.file.id);
      }
      const result = await run(items);
      for (const id of reserved) await this.uploads.attached(id);
      return result;
    } catch (error) {
      for (const id of reserved) await this.uploads.release(id, disputeId).catch(() => undefined);
      throw error;
    }
  }
}
