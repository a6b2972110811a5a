import { crc32, deflateRawSync } from 'node:zlib';

/** Small real files of each kind, and hostile ones, made here rather than shipped. */
export const samples = {
  pdf: () => Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n', 'latin1'),
  /** A 1×1 PNG. */
  png: () => Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'),
  pdfWithJavaScript: () => Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog /OpenAction <</S /JavaScript /JS (app.alert\\(1\\))>> >> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n', 'latin1'),
  /** The same, its name spelled with a #xx escape as PDF allows. */
  pdfWithHiddenJavaScript: () => Buffer.from(`%PDF-1.4\n${'%'.repeat(5000)}\n1 0 obj <</OpenAction <</S /Java#53cript /J#53 (x)>> >> endobj\n%%EOF\n`, 'latin1'),
  svg: () => Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(document.cookie)</script></svg>\n'),
  html: () => Buffer.from('  <!doctype html><html><body><script>fetch("/graphql")</script></body></html>'),
  /** UTF-8 text of exactly `size` bytes (accents first, ASCII after, so no character is cut). */
  text: (size = 200) => {
    const accented = Buffer.from('Reçu n° 2025-0310 — écran cassé.\n');
    const head = size >= accented.length ? accented : Buffer.alloc(0);
    return Buffer.concat([head, Buffer.from('Facture du 10 mars 2025, 449 EUR.\n'.repeat(Math.ceil(size / 34) + 1)).subarray(0, size - head.length)]);
  },
  email: () => Buffer.from('From: SAV <sav@shop.example>\r\nTo: claire@example.test\r\nSubject: Votre réclamation\r\nDate: Tue, 4 Nov 2025 10:00:00 +0100\r\n\r\nNous refusons la prise en charge.\r\n'),
  /** A zip whose one entry inflates 4,000 times: 40 MB of zeros in about 40 KB. */
  zipBomb: () => zipOf('zeros.bin', Buffer.alloc(40 * 1024 * 1024)),
};

/** A little-endian record of `size` bytes: each field is [offset, width in bytes, value], the rest zeros. */
function record(size: number, fields: Array<[at: number, width: 2 | 4, value: number]>): Buffer {
  const out = Buffer.alloc(size);
  for (const [at, width, value] of fields) {
    if (width === 2) out.writeUInt16LE(value, at);
    else out.writeUInt32LE(value, at);
  }
  return out;
}

function zipOf(name: string, content: Buffer): Buffer {
  const data = deflateRawSync(content, { level: 9 });
  const fileName = Buffer.from(name);
  // What the local header and the central directory both say of the entry: method 8 (deflate), CRC, sizes, name length.
  const entry = (at: number): Array<[number, 2 | 4, number]> => [
    [at, 2, 8],
    [at + 6, 4, crc32(content)],
    [at + 10, 4, data.length],
    [at + 14, 4, content.length],
    [at + 18, 2, fileName.length],
  ];
  const local = record(30, [[0, 4, 0x04034b50], [4, 2, 20], ...entry(8)]);
  const central = record(46, [[0, 4, 0x02014b50], [4, 2, 20], [6, 2, 20], ...entry(10)]);
  const end = record(22, [[0, 4, 0x06054b50], [8, 2, 1], [10, 2, 1], [12, 4, 46 + fileName.length], [16, 4, 30 + fileName.length + data.length]]);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

/** A multipart/form-data body built by hand, so a test controls every byte of the filename. */
export function multipartBody(parts: Array<{ field: string; filename?: string; content: Buffer; type?: string }>): { body: Buffer; contentType: string } {
  const boundary = `----recours${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.field}"${part.filename === undefined ? '' : `; filename="${part.filename}"`}`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\nContent-Type: ${part.type ?? 'application/octet-stream'}\r\n\r\n`, 'utf8'), part.content, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
