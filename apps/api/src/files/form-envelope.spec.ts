import { FormEnvelope } from './form-envelope';

const boundary = '----envelope';
const form = (...parts: Array<[disposition: string, content: string]>) =>
  Buffer.from([...parts.map(([disposition, content]) => `--${boundary}\r\nContent-Disposition: ${disposition}\r\n\r\n${content}\r\n`), `--${boundary}--\r\n`].join(''), 'latin1');
/** The envelope's reading of a body cut into chunks of `size` bytes: a delimiter or a header's end may fall across two. */
const readIn = (body: Buffer, size: number, max = 64 * 1024) => {
  const envelope = new FormEnvelope(`multipart/form-data; boundary=${boundary}`, max);
  for (let at = 0; at < body.length; at += size) envelope.record(body.subarray(at, at + size));
  return envelope.unreadable();
};

describe('the form envelope: the parts’ header blocks, wherever the chunks are cut', () => {
  const broken = `form-data; name="file"; filename*=UTF-8''facture%ZZ.pdf`;

  it('finds a file part whose header busboy cannot read, however far into the form, in chunks of any size', () => {
    const body = form(['form-data; name="note"', 'x'], ['form-data; name="annexe"; filename="a.txt"', 'y'.repeat(100_000)], [broken, '%PDF-1.4']);
    for (const size of [1, 2, 3, 7, 64, 1000, 65_536, body.length]) expect({ size, found: readIn(body, size) }).toEqual({ size, found: 'NAME' });
    expect(readIn(form(['form-data; name="file', 'x']), 5)).toBe('PART');
    expect(readIn(form(['form-data; name="file"; filename="facture.pdf"', '%PDF-1.4']), 3)).toBeUndefined();
  });

  it('never reads a part’s content, the preamble or the epilogue as a header', () => {
    const line = `\r\nContent-Disposition: ${broken}\r\n\r\n`;
    const body = Buffer.concat([Buffer.from(`preamble${line}`), form(['form-data; name="annexe"; filename="copie.eml"', line]), Buffer.from(`epilogue${line}`)]);
    for (const size of [1, 5, body.length]) expect(readIn(body, size)).toBeUndefined();
  });

  it('keeps at most `max` bytes of headers; nothing without a boundary', () => {
    const body = form(...Array.from({ length: 10 }, (_, i): [string, string] => [`form-data; name="note${i}"; x="${'z'.repeat(1000)}"`, 'x']), [broken, '%PDF-1.4']);
    expect(readIn(body, 100, 4 * 1024)).toBeUndefined();
    expect(readIn(body, 100, 64 * 1024)).toBe('NAME');
    const envelope = new FormEnvelope('multipart/form-data', 64 * 1024);
    envelope.record(body);
    expect(envelope.unreadable()).toBeUndefined();
  });
});
