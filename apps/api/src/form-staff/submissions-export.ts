import type { FormDefinition } from '@communa/forms';
import type { FormWorkflow, Language } from '@communa/tenant-config';
import { localize } from '@communa/tenant-config';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { answerText, definitionFields } from './answer-text.ts';

const HEADINGS: Record<Language, [string, string, string, string]> = {
  fr: ['Référence', 'Envoyée le', 'État', 'Attribuée à'],
  nl: ['Referentie', 'Verzonden op', 'Status', 'Toegewezen aan'],
  de: ['Referenz', 'Eingereicht am', 'Stand', 'Zugewiesen an'],
  en: ['Reference', 'Submitted at', 'Status', 'Assigned to'],
};

export interface ExportTable {
  header: string[];
  rows: string[][];
}

/** One row per submission, one column per field of the form's current version, labels in `lang`. */
export function exportTable(
  form: { definition: FormDefinition; workflow: FormWorkflow },
  submissions: readonly {
    reference: string;
    submittedAt: Date;
    status: string;
    assigneeName: string | null;
    answers: Record<string, unknown>;
  }[],
  lang: Language,
  fallback: Language,
): ExportTable {
  const fields = definitionFields(form.definition);
  const statusLabel = (key: string) => {
    const status = form.workflow.statuses.find((candidate) => candidate.key === key);
    return status ? localize(status.label, lang, fallback) : key;
  };
  return {
    header: [...HEADINGS[lang], ...fields.map((field) => localize(field.label, lang, fallback))],
    rows: submissions.map((row) => [
      row.reference,
      row.submittedAt.toISOString(),
      statusLabel(row.status),
      row.assigneeName ?? '',
      ...fields.map((field) => answerText(field, row.answers[field.key], lang, fallback)),
    ]),
  };
}

/** CSV with a byte order mark, so spreadsheet software reads the accents. */
export const exportCsv = (table: ExportTable): string => `\uFEFF${stringify([table.header, ...table.rows])}`;

export async function exportXlsx(table: ExportTable, sheetName: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.columns.forEach((column) => {
    column.width = 20;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
