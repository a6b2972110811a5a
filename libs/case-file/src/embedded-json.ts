/**
 * The case file's JSON from what a person has: the .json itself, or the PDF recours made, which
 * carries it as an embedded file (stored uncompressed, so it is read back without a PDF library).
 */
export function caseFileText(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 5));
  if (head !== '%PDF-') return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const latin1 = new TextDecoder('latin1').decode(bytes);
  const marker = latin1.indexOf('/Type /EmbeddedFile');
  if (marker < 0) throw new CaseFileUnreadable('this PDF carries no case file (it was not exported by recours, or was printed again)');
  const dictionaryStart = latin1.lastIndexOf('<<', marker);
  const streamAt = latin1.indexOf('stream', marker);
  const length = /\/Length (\d+)/.exec(latin1.slice(dictionaryStart, streamAt));
  if (!length) throw new CaseFileUnreadable('the case file inside this PDF has no length');
  let start = streamAt + 'stream'.length;
  if (latin1[start] === '\r') start++;
  if (latin1[start] === '\n') start++;
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, start + Number(length[1])));
}

export class CaseFileUnreadable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CaseFileUnreadable';
  }
}
