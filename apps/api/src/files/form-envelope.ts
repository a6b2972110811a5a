type Decoder = (data: string, hint: number) => string | undefined;
// busboy's own reading of a Content-Disposition (left out of its typings): the part it could not
// read is judged by the very parser that dropped it.
const { getDecoder, parseDisposition } = require('busboy/lib/utils') as {
  getDecoder(charset: string): Decoder;
  parseDisposition(header: string, decoder: Decoder): object | undefined;
};

/** The parser's reading of parameters without a charset: one character per byte (file-name.ts decodes them). */
export const PARAM_CHARSET = 'latin1';

/**
 * The start of a multipart body, kept until the upload's file begins (at most `max` bytes).
 * busboy drops a part whose Content-Disposition it cannot read without a word: when no file came,
 * this tells whether one was sent under a name that could not be read, rather than not at all.
 */
export class FormEnvelope {
  private readonly chunks: Buffer[] = [];
  private size = 0;

  constructor(private readonly max: number) {}

  readonly record = (chunk: Buffer): void => {
    if (this.size >= this.max) return;
    const kept = Buffer.from(chunk.subarray(0, this.max - this.size));
    this.chunks.push(kept);
    this.size += kept.length;
  };

  /** 'NAME': a part naming a file whose header could not be read; 'PART': another such part; or undefined. */
  unreadable(): 'NAME' | 'PART' | undefined {
    const text = Buffer.concat(this.chunks).toString('latin1');
    let found: 'PART' | undefined;
    for (const [, value] of text.matchAll(/^content-disposition:[ \t]*([^\r\n]*)/gim)) {
      if (parseDisposition(value, getDecoder(PARAM_CHARSET))) continue;
      if (/filename\*?[ \t]*=/i.test(value)) return 'NAME';
      found = 'PART';
    }
    return found;
  }
}
