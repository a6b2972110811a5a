export const EVIDENCE_KINDS = ['INVOICE', 'WARRANTY', 'PHOTO', 'CORRESPONDENCE', 'OTHER'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** A document is referenced by its hash: the file lives elsewhere, the record proves which one. */
export interface Evidence {
  kind: EvidenceKind;
  name: string;
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
