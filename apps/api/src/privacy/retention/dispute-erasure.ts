import { disputeStreamId, personalDataErased, type Dispute } from '@recours/disputes';
import { WrongExpectedVersionError, type EventStore, type SubjectKeyRing } from '@recours/event-store';
import type { FileStorage } from '@recours/file-storage';
import type { Uploads } from '../../files/uploads';

/** The stream where the retention job tells the read models that a dispute's words are gone. */
export const retentionStreamId = (disputeId: string) => `retention-${disputeId}`;

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
    private readonly store: Pick<EventStore, 'appendToStream' | 'readStream'>,
  ) {}

  /**
   * Destroys every key of the dispute (its parties' words then read as erased), deletes its files,
   * then tells every read model to write the dispute again from its events (PersonalDataErased,
   * the read models' one erasure entry point); answers how many files. Throws, so that the
   * erasure is not recorded as completed, while any of the dispute's words still opens (sealed
   * under a key outside the dispute's scope, or stored in clear before encryption).
   */
  async carryOut(dispute: Dispute, at: Date): Promise<{ filesDeleted: number }> {
    await this.keys.destroyScope(dispute.disputeId);
    const files = new Set(await this.uploads.ofDispute(dispute.disputeId));
    // The record names its files too (an upload's row may be gone while its bytes are not).
    for (const evidence of dispute.evidence) if (evidence.file) files.add(evidence.file.id);
    if (dispute.mandate?.document?.file) files.add(dispute.mandate.document.file.id);
    for (const id of files) {
      await this.storage.delete(id);
      await this.uploads.forget(id);
    }
    try {
      // After the keys: a read model applying it reads the dispute's words erased already.
      await this.store.appendToStream(retentionStreamId(dispute.disputeId), [personalDataErased({ disputes: [dispute.disputeId], at: at.toISOString() })], { expectedVersion: 'no_stream' });
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error; // told already, before a crash
    }
    // Read back as any reader would: an opened field has its salt back, an erased one only its commitment.
    const stillOpen = (await this.store.readStream(disputeStreamId(dispute.disputeId))).filter((event) => Object.values(event.personal ?? {}).some((field) => 'salt' in field));
    if (stillOpen.length > 0)
      throw new Error(`dispute ${dispute.disputeId}: ${stillOpen.length} event(s) still open after its keys were destroyed (first at version ${stillOpen[0].streamVersion}); erasure not completed`);
    return { filesDeleted: files.size };
  }
}
