/**
 * Whose key seals an upload (docs/privacy.md, "Evidence files"): its uploader. That is the data
 * subject the events name for the evidence she records (dataSubjectOf, the one rule: the actor
 * of EvidenceAttached and RepresentationGranted, the consumer of ClaimFiled, who alone files),
 * so the file goes with her words and is erased with them (upload-subject.spec.ts holds the two
 * to the same answer).
 */
export function uploadSubject(uploaderId: string): string {
  return uploaderId;
}
