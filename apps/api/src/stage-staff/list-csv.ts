import { stringify } from 'csv-stringify/sync';
import type { SessionList } from './session-list.ts';
import { listCells, listHeader, markWord } from './session-list.ts';

/** The list as CSV (UTF-8 with a byte order mark, so spreadsheet software reads the accents). */
export function sessionListCsv(list: SessionList): string {
  const records = list.rows.map(({ entry, marks }) => [
    ...listCells(list, entry),
    ...marks.map((mark) => markWord(list.labels, mark)),
  ]);
  return `\uFEFF${stringify([listHeader(list), ...records])}`;
}
