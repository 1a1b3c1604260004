import ExcelJS from 'exceljs';
import type { SessionList } from './session-list.ts';
import { listCells, listHeader, markWord } from './session-list.ts';

/** The list as an XLSX workbook: one sheet, a bold header row frozen above the children. */
export async function sessionListXlsx(list: SessionList): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = list.communeName;
  const sheet = workbook.addWorksheet(list.session.key.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.addRow(listHeader(list)).font = { bold: true };
  for (const { entry, marks } of list.rows) {
    sheet.addRow([...listCells(list, entry), ...marks.map((mark) => markWord(list.labels, mark))]);
  }
  sheet.columns.forEach((column) => {
    column.width = 16;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
