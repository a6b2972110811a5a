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

function zipOf(name: string, content: Buffer): Buffer {
  const data = deflateRawSync(content, { level: 9 });
  const fileName = Buffer.from(name);
  const crc = crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + fileName.length, 12);
  end.writeUInt32LE(30 + fileName.length + data.length, 16);
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
