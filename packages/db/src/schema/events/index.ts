export {
  type EventAddressValue,
  type EventAttachmentValue,
  eventEquipment,
  eventPlaces,
  eventServices,
  eventTypes,
} from './event-config.ts';
export { eventRequestEvents } from './event-request-events.ts';
export {
  EVENT_REQUEST_STATUSES,
  type EventRequestStatus,
  eventRequestEquipment,
  eventRequests,
} from './event-requests.ts';
