type Decoder = (data: string, hint: number) => string | undefined;
// busboy's own reading of a Content-Type and a Content-Disposition (left out of its typings): the
// part it could not read is judged by the very parser that dropped it.
const { getDecoder, parseContentType, parseDisposition } = require('busboy/lib/utils') as {
  getDecoder(charset: string): Decoder;
  parseContentType(header: string): { params?: Record<string, string> } | undefined;
  parseDisposition(header: string, decoder: Decoder): object | undefined;
};

/** The parser's reading of parameters without a charset: one character per byte (file-name.ts decodes them). */
export const PARAM_CHARSET = 'latin1';

/** busboy's limit on a part's header block (node's): a longer one fails the whole form. */
const MAX_HEADER_BYTES = 16 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n');

/**
 * The header blocks of a multipart body's parts, kept until the upload's file begins (at most
 * `max` bytes of them). busboy drops a part whose Content-Disposition it cannot read without a
 * word: when no file came, this tells whether one was sent under a name that could not be read,
 * rather than not at all. Only headers are kept, however far into the form (past another part's
 * file, a long preamble), and never a part's content, where such a line is only data.
 */
export class FormEnvelope {
  private readonly headers: string[] = [];
  private kept = 0;
  private readonly delimiter: Buffer | undefined;
  /** The last bytes seen, that may begin a delimiter or a header's end the next chunk completes. */
  private carry = Buffer.from('\r\n'); // busboy reads a CRLF before the body, so that it may start with a delimiter
  /** The header block being read, or undefined while in a part's content. */
  private header: Buffer[] | undefined;
  private headerSize = 0;

  constructor(contentType: string | undefined, private readonly max: number) {
    const boundary = parseContentType(contentType ?? '')?.params?.boundary;
    this.delimiter = boundary ? Buffer.from(`\r\n--${boundary}`, 'latin1') : undefined;
  }

  readonly record = (chunk: Buffer): void => {
    const delimiter = this.delimiter;
    if (!delimiter || this.kept >= this.max) return;
    const data = Buffer.concat([this.carry, chunk]);
    let at = 0;
    for (;;) {
      if (this.header) {
        const end = data.indexOf(HEADER_END, at);
        const upTo = end === -1 ? Math.max(at, data.length - (HEADER_END.length - 1)) : end;
        this.keep(data.subarray(at, upTo));
        if (end === -1) return void (this.carry = Buffer.from(data.subarray(upTo)));
        const text = Buffer.concat(this.header).toString('latin1');
        this.header = undefined;
        // After the closing delimiter ("--"): the epilogue, which busboy ignores.
        if (!text.startsWith('--')) {
          this.headers.push(text);
          this.kept += text.length;
          if (this.kept >= this.max) return;
        }
        at = end + HEADER_END.length;
      } else {
        const start = data.indexOf(delimiter, at);
        if (start === -1) return void (this.carry = Buffer.from(data.subarray(Math.max(at, data.length - (delimiter.length - 1)))));
        this.header = [];
        this.headerSize = 0;
        at = start + delimiter.length;
      }
    }
  };

  private keep(bytes: Buffer): void {
    const room = MAX_HEADER_BYTES - this.headerSize;
    if (room <= 0 || !this.header) return;
    const kept = Buffer.from(bytes.subarray(0, room));
    this.header.push(kept);
    this.headerSize += kept.length;
  }

  /** 'NAME': a part naming a file whose header could not be read; 'PART': another such part; or undefined. */
  unreadable(): 'NAME' | 'PART' | undefined {
    let found: 'PART' | undefined;
    for (const header of this.headers) {
      for (const [, value] of header.matchAll(/^content-disposition:[ \t]*([^\r\n]*)/gim)) {
        if (parseDisposition(value, getDecoder(PARAM_CHARSET))) continue;
        if (/filename\*?[ \t]*=/i.test(value)) return 'NAME';
        found = 'PART';
      }
    }
    return found;
  }
}
