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

/** How each kind of text block is set: font, size, alignment, and the space after it (in lines). */
const STYLES: Record<Exclude<Block['kind'], 'space'>, { font: 'regular' | 'bold'; size: number; align?: 'left' | 'right'; after: number }> = {
  title: { font: 'bold', size: 16, after: 0.6 },
  heading: { font: 'bold', size: 11.5, after: 0.3 },
  paragraph: { font: 'regular', size: 10.5, align: 'left', after: 0.5 },
  small: { font: 'regular', size: 8, after: 0.3 },
  right: { font: 'regular', size: 10.5, align: 'right', after: 0.5 },
};

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
    if (block.kind === 'space') {
      doc.moveDown(1);
      continue;
    }
    const style = STYLES[block.kind];
    doc.font(style.font).fontSize(style.size).text(block.text, style.align && { align: style.align }).moveDown(style.after);
  }
  if (content.attachment) {
    const { name, type, content: bytes, description } = content.attachment;
    doc.file(bytes, { name, type, description, hidden: false });
  }
  doc.end();
  return done;
}
