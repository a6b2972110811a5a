export const EVIDENCE_KINDS = ['INVOICE', 'WARRANTY', 'PHOTO', 'CORRESPONDENCE', 'OTHER'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** The signed mandate a consumer gave an association, kept as an upload (grantRepresentation's fileId). */
export interface MandateDocument {
  name: string;
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
  file: EvidenceFile;
}

/** A file uploaded to recours (POST /files) that the evidence refers to. */
export interface EvidenceFile {
  id: string;
  /** The type recours recognised in its content, e.g. application/pdf. */
  contentType: string;
  size: number;
}

/**
 * A document is referenced by its hash: the record proves which one. The file itself is either
 * uploaded to recours (`file`) or kept by the party elsewhere.
 */
export interface Evidence {
  kind: EvidenceKind;
  name: string;
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
  file?: EvidenceFile;
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
