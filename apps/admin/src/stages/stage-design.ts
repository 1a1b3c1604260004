import type { Commune } from '../api/api-types.ts';

/** Who sets the stage programme: admins and stage managers (the API's `stages:design`). */
export const designsStages = (commune: Commune | undefined): boolean =>
  commune?.roles.some((role) => role === 'admin' || role === 'stage-manager') ?? false;

/** The programme is edited in the back-office only where it is the truth (`source: admin`). */
export const editsStages = (commune: Commune | undefined): boolean =>
  commune?.source === 'admin' && designsStages(commune);
