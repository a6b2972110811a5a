import PDFDocument from 'pdfkit';

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'small'; text: string }
  | { kind: 'right'; text: string }
  | { kind: 'space' };

export interface PdfContent {
  title: string;
  language: 'fr' | 'en';
  blocks: Block[];
  /** A file carried inside the PDF (the case file's JSON), stored uncompressed so any reader finds it. */
  attachment?: { name: string; type: string; content: Buffer; description: string };
}

// DejaVu covers every script a person may write a name or a description in; the PDF standard fonts do not.
const REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

/** An A4 document of text blocks, with its language and title in its metadata. */
export function renderPdf(content: PdfContent): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, compress: false, lang: content.language, displayTitle: true, info: { Title: content.title, Creator: 'recours', Producer: 'recours' } });
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const block of content.blocks) {
    switch (block.kind) {
      case 'title':
        doc.font('bold').fontSize(16).text(block.text).moveDown(0.6);
        break;
      case 'heading':
        doc.font('bold').fontSize(11.5).text(block.text).moveDown(0.3);
        break;
      case 'paragraph':
        doc.font('regular').fontSize(10.5).text(block.text, { align: 'left' }).moveDown(0.5);
        break;
      case 'small':
        doc.font('regular').fontSize(8).text(block.text).moveDown(0.3);
        break;
      case 'right':
        doc.font('regular').fontSize(10.5).text(block.text, { align: 'right' }).moveDown(0.5);
        break;
      case 'space':
        doc.moveDown(1);
        break;
    }
  }
  if (content.attachment) {
    const { name, type, content: bytes, description } = content.attachment;
    doc.file(bytes, { name, type, description, hidden: false });
  }
  doc.end();
  return done;
}
