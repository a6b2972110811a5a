import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { ACCEPTED_TYPES, isAcceptedType, type AcceptedType } from './accepted-types';
import { extensionOf } from './file-name';
import { refusals } from './upload-refused';

/** Enough of the start of a file for every signature file-type knows. */
const HEAD_BYTES = 4100;

export interface Inspected {
  sha256: string;
  size: number;
  contentType: AcceptedType;
}

/** How each accepted type is named in a sentence, French|English. */
const DESCRIBED: Record<AcceptedType, string> = {
  'application/pdf': 'un PDF|a PDF',
  'image/jpeg': 'une image JPEG|a JPEG image',
  'image/png': 'une image PNG|a PNG image',
  'image/webp': 'une image WebP|a WebP image',
  'image/heic': 'une image HEIC|a HEIC image',
  'image/heif': 'une image HEIF|a HEIF image',
  'video/mp4': 'une vidéo MP4|an MP4 video',
  'text/plain': 'du texte|text',
  'message/rfc822': 'un e-mail|an e-mail',
};

/** PDF name objects that run something when the file is opened or clicked. */
const ACTIVE_PDF_NAMES = new Set(['JavaScript', 'JS', 'Launch']);
const PDF_NAME = /\/([^\s/[\]<>(){}%]+)/g;

/**
 * Reads an upload once, as it streams to storage: it counts it against the limit, hashes it,
 * and decides its type from its content (file-type's signatures, then UTF-8 text, and e-mail
 * headers for .eml), refusing what is not accepted before anything is stored; what can only be
 * judged on the whole (text that must stay valid UTF-8, a PDF carrying JavaScript in the clear)
 * fails the stream at its end, which makes the storage keep nothing.
 *
 * Stored harmlessly whatever slips through (code inside a PDF's compressed streams): files are
 * only ever served as attachments, with nosniff and a sandboxing content policy.
 */
export class ContentInspection {
  private readonly hash = createHash('sha256');
  private size = 0;
  private type: AcceptedType | undefined;

  constructor(
    private readonly name: string,
    private readonly maxBytes: number,
  ) {}

  get result(): Inspected {
    if (!this.type) throw new Error('the upload was not read to its end');
    return { sha256: this.hash.digest('hex'), size: this.size, contentType: this.type };
  }

  async *read(source: AsyncIterable<Buffer | Uint8Array>): AsyncGenerator<Buffer> {
    const iterator = source[Symbol.asyncIterator]();
    const head: Buffer[] = [];
    let headBytes = 0;
    let ended = false;
    while (headBytes < HEAD_BYTES) {
      const next = await iterator.next();
      if (next.done) {
        ended = true;
        break;
      }
      const piece = this.count(next.value);
      head.push(piece);
      headBytes += piece.length;
    }
    const start = Buffer.concat(head);
    if (start.length === 0) throw refusals.empty();
    const type = await this.typeOf(start);
    const extension = extensionOf(this.name);
    if (extension !== '' && !(ACCEPTED_TYPES[type] as readonly string[]).includes(extension)) throw refusals.extensionMismatch(extension, DESCRIBED[type]);
    const text = type === 'text/plain' || type === 'message/rfc822' ? new TextChecker() : undefined;
    const pdf = type === 'application/pdf' ? new ActiveContentScanner() : undefined;
    const check = (piece: Buffer) => {
      text?.add(piece);
      pdf?.add(piece);
    };
    check(start);
    yield start;
    if (!ended) {
      for (;;) {
        const next = await iterator.next();
        if (next.done) break;
        const piece = this.count(next.value);
        check(piece);
        yield piece;
      }
    }
    text?.end();
    pdf?.end();
    this.type = type;
  }

  private count(value: Buffer | Uint8Array): Buffer {
    const piece = Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    this.size += piece.length;
    if (this.size > this.maxBytes) throw refusals.tooLarge(this.maxBytes);
    this.hash.update(piece);
    return piece;
  }

  private async typeOf(start: Buffer): Promise<AcceptedType> {
    const detected = await fileTypeFromBuffer(start);
    if (detected) {
      if (isAcceptedType(detected.mime)) return detected.mime;
      if (['application/xml', 'text/html', 'image/svg+xml'].includes(detected.mime)) throw refusals.markup();
      throw refusals.typeNotAccepted();
    }
    const opening = start.toString('utf8', 0, Math.min(start.length, 512)).replace(/^\uFEFF/, '').trimStart();
    if (opening.startsWith('<')) throw refusals.markup();
    if (looksLikeEmail(start.toString('latin1'))) return 'message/rfc822';
    return 'text/plain';
  }
}

/** RFC 5322 header lines first, one of them a header every message has. */
function looksLikeEmail(start: string): boolean {
  const headers = start.split(/\r?\n\r?\n/)[0];
  if (!/^[!-9;-~]+:[^\r\n]*(\r?\n([ \t][^\r\n]*|[!-9;-~]+:[^\r\n]*))*$/.test(headers)) return false;
  return /^(from|date|subject|message-id|received|mime-version|return-path|to):/im.test(headers);
}

/** Valid UTF-8 throughout, without control characters other than tab, line breaks and form feed. */
class TextChecker {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  add(piece: Buffer): void {
    for (const byte of piece) if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) throw refusals.notText();
    try {
      this.decoder.decode(piece, { stream: true });
    } catch {
      throw refusals.notText();
    }
  }

  end(): void {
    try {
      this.decoder.decode();
    } catch {
      throw refusals.notText();
    }
  }
}

/** Looks for the PDF names that carry actions (with #xx escapes undone), across piece boundaries. */
class ActiveContentScanner {
  private tail = '';

  add(piece: Buffer): void {
    const text = this.tail + piece.toString('latin1');
    for (const match of text.matchAll(PDF_NAME)) {
      const name = match[1].replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      if (ACTIVE_PDF_NAMES.has(name)) throw refusals.activeContent();
    }
    this.tail = text.slice(-64);
  }

  end(): void {
    this.tail = '';
  }
}
