import { problemResponse } from '../problems/problem.ts';
import { ADMIN_TENANT_PATH, staffProblemResponses } from '../staff/staff-route-deps.ts';

export const STAFF_STAGES_PATH = `${ADMIN_TENANT_PATH}/stages`;
export const STAGE_DEFINITION_PATH = `${STAFF_STAGES_PATH}/{stageKey}/definition`;

export const stageEditorProblemResponses = {
  ...staffProblemResponses,
  404: problemResponse('No such commune among yours (tenant_not_found) or stage (stage_not_found)'),
  409: problemResponse(
    'The commune’s stages are managed as code in its stages.yaml (stages_managed_as_code)',
  ),
} as const;

/** What a save may answer besides the common problems. */
export const stageSaveProblemResponses = {
  409: problemResponse(
    'The stages are managed as code (stages_managed_as_code), a session with enrolments would be removed (session_has_enrolments) or its capacity put below its seats taken (capacity_below_seats_taken), each with its path',
  ),
  422: problemResponse('The stage is not valid (invalid_stage), each error with its path'),
} as const;
