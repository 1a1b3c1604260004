export { CommunaAccount, SIGN_IN_EVENT, SIGN_OUT_EVENT } from './account/communa-account.ts';
export {
  CommunaEventsCalendar,
  EVENTS_FILTER_EVENT,
  type EventsFilterDetail,
} from './events-calendar/communa-events-calendar.ts';
export { CommunaForm, FORM_SENT_EVENT } from './form/communa-form.ts';
export {
  CommunaServices,
  SERVICE_SELECT_EVENT,
  type ServiceSelectDetail,
} from './services/communa-services.ts';
export {
  CommunaStages,
  ENROL_EVENT,
  type EnrolDetail,
} from './stages/communa-stages.ts';
