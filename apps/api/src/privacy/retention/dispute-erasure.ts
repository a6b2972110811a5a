import type { Dispute } from '@recours/disputes';
import type { SubjectKeyRing } from '@recours/event-store';
import type { FileStorage } from '@recours/file-storage';
import type { Uploads } from '../../files/uploads';

/**
 * The steps of erasing one dispute, once DisputeErased is recorded: each is idempotent, so a
 * crash midway is made good by running them all again (the retention job does, until
 * DisputeErasureCompleted is recorded).
 */
export class DisputeErasure {
  constructor(
    private readonly keys: Pick<SubjectKeyRing, 'destroyScope'>,
    private readonly uploads: Pick<Uploads, 'ofDispute' | 'forget'>,
    private readonly storage: Pick<FileStorage, 'delete'>,
  ) {}

  /** Destroys every key of the dispute (its parties' words then read as erased), then deletes its files; answers how many files. */
  async carryOut(dispute: Dispute): Promise<{ filesDeleted: number }> {
    await this.keys.destroyScope(dispute.disputeId);
    const files = new Set(await this.uploads.ofDispute(dispute.disputeId));
    // The record names its files too (an upload's row may be gone while its bytes are not).
    for (const evidence of dispute.evidence) if (evidence.file) files.add(evidence.file.id);
    if (dispute.mandate?.document?.file) files.add(dispute.mandate.document.file.id);
    for (const id of files) {
      await this.storage.delete(id);
      await this.uploads.forget(id);
    }
    return { filesDeleted: files.size };
  }
}
