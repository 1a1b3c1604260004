export {
  type EventAddressValue,
  type EventAttachmentValue,
  eventEquipment,
  eventPlaces,
  eventServices,
  eventTypes,
} from './event-config.ts';
export {
  EVENT_DECISION_OUTCOMES,
  type EventDecisionOutcome,
  eventRequestDecisions,
} from './event-decisions.ts';
export {
  EVENT_OPINION_STATUSES,
  type EventOpinionStatus,
  eventOpinionAttachments,
  eventOpinions,
  eventServiceMembers,
} from './event-opinions.ts';
export { eventRequestEvents } from './event-request-events.ts';
export {
  EVENT_REQUEST_STATUSES,
  type EventRequestStatus,
  eventRequestEquipment,
  eventRequests,
} from './event-requests.ts';
