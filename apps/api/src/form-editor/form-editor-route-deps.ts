import { STAFF_FORMS_PATH } from '../form-staff/form-staff-route-deps.ts';
import { problemResponse } from '../problems/problem.ts';
import { staffProblemResponses } from '../staff/staff-route-deps.ts';

export const FORM_DEFINITION_PATH = `${STAFF_FORMS_PATH}/{formKey}/definition`;

export const formEditorProblemResponses = {
  ...staffProblemResponses,
  404: problemResponse('No such commune among yours (tenant_not_found) or form (form_not_found)'),
  409: problemResponse(
    'The commune’s forms are managed as code in its forms/*.yaml files (forms_managed_as_code)',
  ),
} as const;
