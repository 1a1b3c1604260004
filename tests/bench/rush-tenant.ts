import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { addDays, expandDayRange, WORKING_WEEK, wallTimeAt } from '@communa/tenant-config';

export const RUSH_TENANT = 'rush';
export const RUSH_SESSIONS = 200;
export const RUSH_SEATS = 20;

const STAGES = 20;

/**
 * Writes a tenants directory holding one generated commune, `rush`: Liège's tenant.yaml under another
 * slug, and 200 one-day sessions of 20 seats on distinct weekdays, all open to everyone since a few
 * minutes (first come, first served). Distinct days mean one child may enrol in every session, so
 * the load never runs out of valid requests.
 */
export async function writeRushTenant(root: string, tenantsDir: string, now: Date): Promise<void> {
  const dir = path.join(tenantsDir, RUSH_TENANT);
  await mkdir(dir, { recursive: true });
  const liege = await readFile(path.join(root, 'tenants/liege/tenant.yaml'), 'utf8');
  await writeFile(path.join(dir, 'tenant.yaml'), liege.replace(/^slug: liege$/m, `slug: ${RUSH_TENANT}`));
  await writeFile(
    path.join(dir, 'stages.yaml'),
    stagesYaml(wallTimeAt(new Date(now.getTime() - 120_000), 'Europe/Brussels')),
  );
}

function stagesYaml(opensAt: string): string {
  const days = sessionDays(RUSH_SESSIONS);
  const perStage = RUSH_SESSIONS / STAGES;
  const lines = [
    'places:',
    '  - key: hall',
    '    name: "Hall"',
    '    address: { street: "Rue du Banc", number: "1", postalCode: "4000", city: "Liège" }',
    'stages:',
  ];
  for (let s = 0; s < STAGES; s++) {
    lines.push(
      `  - key: rush-${s}`,
      '    category: sports',
      '    place: hall',
      `    title: { fr: "Rush ${s}", nl: "Rush ${s}", de: "Rush ${s}", en: "Rush ${s}" }`,
      '    description: { fr: "Banc d’essai", nl: "Test", de: "Test", en: "Benchmark" }',
      '    sessions:',
    );
    for (const day of days.slice(s * perStage, (s + 1) * perStage)) {
      lines.push(
        `      - key: jour-${day}`,
        `        days: { dates: [${day}] }`,
        '        hours: { from: "09:00", to: "16:00" }',
        '        ages: { min: 3, max: 15 }',
        `        capacity: ${RUSH_SEATS}`,
        '        prices: { residentCents: 6500, nonResidentCents: 9500 }',
        `        enrolment: { opensAt: ${opensAt} }`,
        '        cancellation: { freeUntilDaysBefore: 14, feeCents: 2000, medicalException: true }',
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Weekdays from 4 January 2027 on, public holidays left out. */
function sessionDays(count: number): string[] {
  const days: string[] = [];
  for (let from = '2027-01-04'; days.length < count; from = addDays(from, 7)) {
    days.push(...expandDayRange({ from, to: addDays(from, 6), weekdays: WORKING_WEEK }));
  }
  return days.slice(0, count);
}
