import type { Transaction } from '@communa/db';
import type { Language } from '@communa/tenant-config';
import type { StaffMember } from '../staff/require-staff.ts';
import { sessionMarks } from './attendance-store.ts';
import type { ListLabels } from './list-labels.ts';
import { isLanguage, listLabels } from './list-labels.ts';
import type { RosterFormat } from './session-roster.ts';
import { readRoster } from './session-roster.ts';
import type { RosterEntry, StaffSessionView } from './stage-staff-schemas.ts';

type Mark = 'present' | 'absent' | 'excused';

/** What every list format shows: the session, its children and each child's mark per day. */
export interface SessionList {
  language: Language;
  labels: ListLabels;
  communeName: string;
  stageTitle: string;
  session: StaffSessionView;
  /** Enrolled children first, then the waitlist in order. */
  rows: { entry: RosterEntry; marks: (Mark | undefined)[] }[];
  fileName: string;
}

/** Reads (and audits) a session's list for a staff member, in the language asked when the commune offers it. */
export async function readSessionList(
  tx: Transaction,
  member: StaffMember,
  sessionId: string,
  format: Exclude<RosterFormat, 'json'>,
  asked: string | null,
): Promise<SessionList> {
  const session = await readRoster(tx, member, sessionId, format);
  const marks = await sessionMarks(tx, member.tenant.id, sessionId);
  const { publicConfig, slug } = member.tenant;
  const language =
    isLanguage(asked) && publicConfig.languages.offered.includes(asked)
      ? asked
      : publicConfig.languages.default;
  const rows = [...session.enrolled, ...session.waitlist].map((entry) => ({
    entry,
    marks: session.days.map((day) => marks.get(`${entry.enrolmentId}|${day}`)),
  }));
  return {
    language,
    labels: listLabels(language),
    communeName: publicConfig.name[language] ?? slug,
    stageTitle: session.stage.title[language] ?? session.stage.key,
    session,
    rows,
    fileName: `${slug}-${session.stage.key}-${session.key}`,
  };
}

/**
 * The questions answered in the list, in the order first met: one column each, headed by its label
 * in the list's language.
 */
function answerColumns(list: SessionList): { key: string; label: string }[] {
  const columns = new Map<string, string>();
  for (const { entry } of list.rows)
    for (const answer of entry.answers)
      if (!columns.has(answer.key)) columns.set(answer.key, answer.label[list.language] ?? answer.key);
  return [...columns].map(([key, label]) => ({ key, label }));
}

/** The cells of one child's row in the CSV and XLSX lists (its answers, then the marks, one per day). */
export function listCells(list: SessionList, entry: RosterEntry): (string | number)[] {
  const { labels } = list;
  const answers = new Map(entry.answers.map((answer) => [answer.key, answer.text[list.language] ?? '']));
  return [
    entry.reference,
    entry.status === 'confirmed' ? labels.confirmed : labels.waitlisted,
    entry.waitlistPosition ?? '',
    entry.child.lastName,
    entry.child.firstName,
    entry.child.birthDate,
    entry.child.age,
    entry.household.address,
    entry.household.residency === 'declared_resident' ? labels.resident : labels.nonResident,
    entry.residencyUnconfirmed ? labels.yes : '',
    entry.household.guardians.map((g) => g.name).join(', '),
    entry.household.guardians.map((g) => g.email).join(', '),
    ...answerColumns(list).map((column) => answers.get(column.key) ?? ''),
  ];
}

export function listHeader(list: SessionList): string[] {
  const { labels } = list;
  return [
    labels.reference,
    labels.status,
    labels.position,
    labels.lastName,
    labels.firstName,
    labels.birthDate,
    labels.age,
    labels.address,
    labels.residency,
    labels.toCheck,
    labels.guardians,
    labels.emails,
    ...answerColumns(list).map((column) => column.label),
    ...list.session.days,
  ];
}

export const markWord = (labels: ListLabels, mark: Mark | undefined) => (mark ? labels[mark] : '');
