import PDFDocument from 'pdfkit';
import type { SessionList } from './session-list.ts';

const MARGIN = 36;
const ROW_HEIGHT = 20;
const NAME_WIDTH = 190;
const AGE_WIDTH = 36;

/** `2027-07-12` as `12/07`. */
const dayLabel = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`;

/**
 * The printable roster: the commune's name as header, the session, and one row per enrolled child
 * with a box per day, filled with the mark already taken or left blank for pen and paper.
 */
export function sessionListPdf(list: SessionList): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    info: { Title: `${list.stageTitle} — ${list.session.key}`, Author: list.communeName },
    lang: list.language,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  const { labels, session } = list;
  const enrolled = list.rows.filter((row) => row.entry.status === 'confirmed');
  const width = doc.page.width - 2 * MARGIN;
  const dayWidth = Math.max((width - NAME_WIDTH - AGE_WIDTH) / Math.max(session.days.length, 1), 24);

  const header = () => {
    doc.font('Helvetica-Bold').fontSize(16).text(list.communeName, MARGIN, MARGIN);
    doc.fontSize(13).text(`${list.stageTitle} — ${session.key}`);
    doc
      .font('Helvetica')
      .fontSize(10)
      .text(
        `${session.place.name} · ${session.days.map(dayLabel).join(', ')} · ${session.hours.from}–${session.hours.to} · ${enrolled.length} ${labels.children}`,
      );
    doc.fontSize(9).text(labels.legend);
    doc.moveDown(0.5);
    const y = doc.y;
    doc.font('Helvetica-Bold').fontSize(10);
    doc.text(labels.child, MARGIN + 4, y + 6, { width: NAME_WIDTH - 8, lineBreak: false });
    doc.text(labels.age, MARGIN + NAME_WIDTH, y + 6, { width: AGE_WIDTH, lineBreak: false });
    session.days.forEach((day, i) => {
      doc.text(dayLabel(day), MARGIN + NAME_WIDTH + AGE_WIDTH + i * dayWidth, y + 6, {
        width: dayWidth,
        align: 'center',
        lineBreak: false,
      });
    });
    doc.rect(MARGIN, y, width, ROW_HEIGHT).stroke();
    return y + ROW_HEIGHT;
  };

  let y = header();
  doc.font('Helvetica').fontSize(10);
  for (const { entry, marks } of enrolled) {
    if (y + ROW_HEIGHT > doc.page.height - MARGIN) {
      doc.addPage();
      y = header();
      doc.font('Helvetica').fontSize(10);
    }
    doc.text(`${entry.child.lastName} ${entry.child.firstName}`, MARGIN + 4, y + 6, {
      width: NAME_WIDTH - 8,
      lineBreak: false,
      ellipsis: true,
    });
    doc.text(String(entry.child.age), MARGIN + NAME_WIDTH, y + 6, { width: AGE_WIDTH, lineBreak: false });
    marks.forEach((mark, i) => {
      const x = MARGIN + NAME_WIDTH + AGE_WIDTH + i * dayWidth;
      doc.rect(x, y, dayWidth, ROW_HEIGHT).stroke();
      if (mark)
        doc.text(labels.short[mark], x, y + 6, { width: dayWidth, align: 'center', lineBreak: false });
    });
    doc.rect(MARGIN, y, width, ROW_HEIGHT).stroke();
    y += ROW_HEIGHT;
  }
  doc.end();
  return done;
}
