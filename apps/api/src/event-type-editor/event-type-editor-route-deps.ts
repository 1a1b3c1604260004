import { problemResponse } from '../problems/problem.ts';
import { ADMIN_TENANT_PATH, staffProblemResponses } from '../staff/staff-route-deps.ts';

export const EVENT_CONFIGURATION_PATH = `${ADMIN_TENANT_PATH}/event-configuration`;
export const EVENT_CONFIGURATION_TYPES_PATH = `${EVENT_CONFIGURATION_PATH}/types`;
export const EVENT_CONFIGURATION_TYPE_PATH = `${EVENT_CONFIGURATION_TYPES_PATH}/{typeKey}`;

export const eventTypeEditorProblemResponses = {
  ...staffProblemResponses,
  409: problemResponse(
    'The commune’s event types are managed as code in its event-types.yaml (event_types_managed_as_code)',
  ),
} as const;

export const invalidConfigurationResponse = problemResponse(
  'The configuration is not valid (invalid_event_configuration), each error with its path: unknown form (unknown_form), unknown service (unknown_service), key used twice (duplicate_key), text missing in the default language (missing_default_text), …',
);
