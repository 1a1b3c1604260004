import type { Stage, StageSession } from './stages-api.ts';

/** What the parent filters the catalogue by; an empty field filters nothing. */
export interface StageFilters {
  week: string;
  /** An age in years, or `child:<id>` for "for my child" (judged by the child's birth date). */
  age: string;
  category: string;
  place: string;
}

export const NO_FILTERS: StageFilters = { week: '', age: '', category: '', place: '' };

export interface FilterChild {
  id: string;
  birthDate: string;
}

/** Age in whole years on `day` (both `YYYY-MM-DD`): the rule the API applies on a session's first day. */
export function ageOn(birthDate: string, day: string): number {
  const [by = 0, bm = 0, bd = 0] = birthDate.split('-').map(Number);
  const [y = 0, m = 0, d = 0] = day.split('-').map(Number);
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

function fitsAge(session: StageSession, filters: StageFilters, children: readonly FilterChild[]): boolean {
  if (!filters.age) return true;
  let age: number;
  if (filters.age.startsWith('child:')) {
    const child = children.find((candidate) => `child:${candidate.id}` === filters.age);
    const firstDay = session.days[0];
    if (!child || !firstDay) return true;
    age = ageOn(child.birthDate, firstDay);
  } else {
    age = Number(filters.age);
    if (!Number.isInteger(age)) return true;
  }
  return session.ages.min <= age && age <= session.ages.max;
}

function sessionPasses(
  session: StageSession,
  filters: StageFilters,
  children: readonly FilterChild[],
): boolean {
  return (!filters.week || session.weeks.includes(filters.week)) && fitsAge(session, filters, children);
}

/** The stages that pass the filters, each with only its sessions that pass them; stages left empty are dropped. */
export function filterStages(
  stages: readonly Stage[],
  filters: StageFilters,
  children: readonly FilterChild[] = [],
): Stage[] {
  return stages.flatMap((stage) => {
    if (filters.category && stage.category !== filters.category) return [];
    if (filters.place && stage.place.key !== filters.place) return [];
    const sessions = stage.sessions.filter((session) => sessionPasses(session, filters, children));
    return sessions.length > 0 ? [{ ...stage, sessions }] : [];
  });
}

export interface FilterOptions {
  weeks: string[];
  categories: Stage['category'][];
  places: Stage['place'][];
  ages: number[];
}

/** The choices each filter offers, taken from the whole catalogue, sorted. */
export function filterOptions(stages: readonly Stage[]): FilterOptions {
  const weeks = new Set<string>();
  const categories = new Set<Stage['category']>();
  const places = new Map<string, Stage['place']>();
  let minAge = Number.POSITIVE_INFINITY;
  let maxAge = Number.NEGATIVE_INFINITY;
  for (const stage of stages) {
    categories.add(stage.category);
    places.set(stage.place.key, stage.place);
    for (const session of stage.sessions) {
      for (const week of session.weeks) weeks.add(week);
      minAge = Math.min(minAge, session.ages.min);
      maxAge = Math.max(maxAge, session.ages.max);
    }
  }
  const ages: number[] = [];
  for (let age = minAge; age <= maxAge; age++) ages.push(age);
  return {
    weeks: [...weeks].sort(),
    categories: [...categories].sort(),
    places: [...places.values()].sort((a, b) => a.name.localeCompare(b.name)),
    ages,
  };
}
