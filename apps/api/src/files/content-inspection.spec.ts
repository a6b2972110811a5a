import { ContentInspection } from './content-inspection';
import { UploadRefused } from './upload-refused';

async function inspect(name: string, bytes: Buffer, max = 1024 * 1024) {
  const inspection = new ContentInspection(name, max);
  async function* pieces() {
    for (let i = 0; i < bytes.length; i += 1000) yield bytes.subarray(i, i + 1000);
  }
  try {
    for await (const piece of inspection.read(pieces())) void piece;
    return inspection.result.contentType;
  } catch (error) {
    if (error instanceof UploadRefused) return error.reason;
    throw error;
  }
}

/** An ISO base media file (MP4, HEIC) starts with its ftyp box: size, 'ftyp', major brand, version, compatible brands. */
const ftyp = (major: string, compatible: string[]) => {
  const box = Buffer.alloc(16 + 4 * compatible.length);
  box.writeUInt32BE(box.length, 0);
  box.write('ftyp', 4, 'latin1');
  box.write(major, 8, 'latin1');
  compatible.forEach((brand, i) => box.write(brand, 16 + 4 * i, 'latin1'));
  return Buffer.concat([box, Buffer.alloc(2000)]);
};

describe('content inspection: the type comes from the content, never the name', () => {
  it.each([
    ['photo.jpg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(3000)]), 'image/jpeg'],
    ['photo.webp', Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0x08, 0, 0]), Buffer.from('WEBPVP8 '), Buffer.alloc(3000)]), 'image/webp'],
    ['IMG_0001.HEIC', ftyp('heic', ['mif1', 'heic']), 'image/heic'],
    ['video.mp4', ftyp('isom', ['isom', 'iso2', 'mp41']), 'video/mp4'],
    ['sans-extension', Buffer.from('Bonjour,\nle téléphone ne charge plus.\n'), 'text/plain'],
    ['message.eml', Buffer.from('Received: from mx\r\nFrom: a@b.example\r\nSubject: x\r\n\r\nbody'), 'message/rfc822'],
  ])('recognises %s by its content', async (name, bytes, type) => {
    expect(await inspect(name, bytes)).toBe(type);
  });

  it.each([
    ['a Windows program named .pdf', 'facture.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(3000)]), 'TYPE_NOT_ACCEPTED'],
    ['a JPEG named .png', 'photo.png', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(3000)]), 'EXTENSION_MISMATCH'],
    ['text that turns invalid after the first 4 KB', 'notes.txt', Buffer.concat([Buffer.from('a'.repeat(5000)), Buffer.from([0xc3, 0x28])]), 'NOT_TEXT'],
    ['text ending in half a character', 'notes.txt', Buffer.concat([Buffer.from('réclamation '), Buffer.from([0xc3])]), 'NOT_TEXT'],
    ['/JavaScript split across two pieces', 'a.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('x'.repeat(990)), Buffer.from('<</S /JavaScript>>')]), 'ACTIVE_CONTENT'],
    ['a PDF with a Launch action', 'a.pdf', Buffer.from('%PDF-1.7\n<</S /Launch /F (cmd.exe)>>'), 'ACTIVE_CONTENT'],
  ])('refuses %s', async (_label, name, bytes, reason) => {
    expect(await inspect(name, bytes)).toBe(reason);
  });

  it('counts every byte against the limit: the limit passes, one byte more does not', async () => {
    expect(await inspect('a.txt', Buffer.from('a'.repeat(5000)), 5000)).toBe('text/plain');
    expect(await inspect('a.txt', Buffer.from('a'.repeat(5001)), 5000)).toBe('TOO_LARGE');
  });
});
