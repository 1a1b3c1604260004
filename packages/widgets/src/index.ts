export {
  CommunaServices,
  SERVICE_SELECT_EVENT,
  type ServiceSelectDetail,
} from './services/communa-services.ts';
