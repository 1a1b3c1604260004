import type { ProblemCode } from '../problems/problem.ts';

export const eventTypeEditorProblems = {
  managedAsCode: {
    code: 'event_types_managed_as_code',
    status: 409,
    title:
      'This commune’s configuration is managed as code (source: code): its event-types.yaml is the truth, edit it instead',
  },
  invalidConfiguration: {
    code: 'invalid_event_configuration',
    status: 422,
    title: 'The event configuration is not valid; nothing was written',
  },
  typeNotFound: { code: 'event_type_not_found', status: 404, title: 'The commune has no such event type' },
  typeExists: {
    code: 'event_type_exists',
    status: 409,
    title: 'The commune already has an event type with this key',
  },
  typeInUse: {
    code: 'event_type_in_use',
    status: 409,
    title: 'Open requests are of this event type: it cannot be removed until they are decided or withdrawn',
  },
  placeInUse: {
    code: 'event_place_in_use',
    status: 409,
    title: 'Open requests book a place being removed: keep it until they are decided or withdrawn',
  },
  equipmentInUse: {
    code: 'event_equipment_in_use',
    status: 409,
    title: 'Open requests borrow equipment being removed: keep it until they are decided or withdrawn',
  },
  equipmentStockInUse: {
    code: 'event_equipment_stock_in_use',
    status: 409,
    title: 'Open requests borrow more units at once than the new stock: keep at least that many',
  },
} as const satisfies Record<string, ProblemCode>;
