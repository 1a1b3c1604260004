import PDFDocument from 'pdfkit';

/** A one-page document: the commune's name as header, then the filled template's paragraphs. */
export function submissionPdf(input: {
  communeName: string;
  title: string;
  text: string;
  language: string;
}): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: input.title, Author: input.communeName },
    lang: input.language,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(16).text(input.communeName);
  doc.moveDown().fontSize(13).text(input.title);
  doc.moveDown().font('Helvetica').fontSize(11);
  for (const paragraph of input.text.split(/\n{2,}/)) doc.text(paragraph.trim()).moveDown();
  doc.end();
  return done;
}
