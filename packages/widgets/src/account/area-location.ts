/** The sections of the account area, in the order of its navigation. */
export const SECTIONS = ['profile', 'household', 'children', 'associations', 'requests', 'data'] as const;
export type Section = (typeof SECTIONS)[number];

export function isSection(value: string | null): value is Section {
  return SECTIONS.some((section) => section === value);
}

/** Where the account area is: a section, or the health sheet of one child (within Children). */
export type AreaLocation = { section: Section; healthChildId?: string };

const HEALTH_SHEET_PREFIX = 'health-sheet-';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The location a value of the URL parameter names; anything else is the profile. */
export function readAreaLocation(value: string | null): AreaLocation {
  if (isSection(value)) return { section: value };
  const childId = value?.startsWith(HEALTH_SHEET_PREFIX) ? value.slice(HEALTH_SHEET_PREFIX.length) : '';
  return UUID.test(childId) ? { section: 'children', healthChildId: childId } : { section: 'profile' };
}

/** The URL parameter's value for a location: `children`, or `health-sheet-<childId>`. */
export function areaLocationValue(location: AreaLocation): string {
  return location.healthChildId ? `${HEALTH_SHEET_PREFIX}${location.healthChildId}` : location.section;
}
