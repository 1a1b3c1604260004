export {
  attachmentsWithoutField,
  type FormFileFields,
  formFileFields,
} from './events/attachments-without-field.ts';
export {
  checkEventTypesContent,
  type EventTypesContentResult,
} from './events/check-event-types-content.ts';
export { toEventTypesYaml } from './export/to-event-types-yaml.ts';
export { toFormYaml } from './export/to-form-yaml.ts';
export { placeEntry, stageEntry, toStagesYaml } from './export/to-stages-yaml.ts';
export { toTenantYaml } from './export/to-tenant-yaml.ts';
export {
  checkFormContent,
  type FormContentIssue,
  type FormContentResult,
  type FormParts,
  formHash,
} from './forms/check-form-content.ts';
export { FORM_ACCESS, type FormAccess, formAccessSchema } from './forms/form-access.ts';
export {
  DEFAULT_FORM_WORKFLOW,
  type FormStatus,
  type FormWorkflow,
  type FormWorkflowInput,
  formWorkflowSchema,
  WORKFLOW_ROLES,
} from './forms/form-workflow.ts';
export { FORMS_DIR, type FormsLoadResult, loadForms } from './forms/load-forms.ts';
export {
  type FormContent,
  type FormContext,
  type LoadedForm,
  type ParsedFormYaml,
  parseFormYaml,
} from './forms/parse-form-yaml.ts';
export { canonicalHash } from './load/canonical-hash.ts';
export { checkStagesContent } from './load/check-stages-content.ts';
export { type ConfigIssue, formatIssue } from './load/config-issue.ts';
export { EVENT_TYPES_FILE, loadEventTypes } from './load/load-event-types.ts';
export {
  type LoadedTenant,
  loadTenant,
  STAGES_FILE,
  TENANT_FILE,
  type TenantLoadResult,
} from './load/load-tenant.ts';
export { loadTenants, type TenantsLoadResult } from './load/load-tenants.ts';
export {
  type EventTypesContext,
  type ParsedEventTypesYaml,
  parseEventTypesYaml,
} from './load/parse-event-types-yaml.ts';
export { type ParsedStagesYaml, parseStagesYaml, type StagesContext } from './load/parse-stages-yaml.ts';
export { type ParsedTenantYaml, parseTenantYaml } from './load/parse-tenant-yaml.ts';
export { contrastRatio, MIN_CONTRAST } from './schema/contrast.ts';
export {
  type AdvisoryService,
  type EventEquipment,
  type EventPlace,
  type EventType,
  type EventTypesConfig,
  type EventTypesConfigInput,
  eventTypesConfigSchema,
} from './schema/event-types.ts';
export { LANGUAGES, type Language } from './schema/languages.ts';
export { fillTranslations, type LocalizedText, localize } from './schema/localized-text.ts';
export { SERVICE_KINDS, type Service, type ServiceKind } from './schema/service.ts';
export {
  AUDIENCES,
  type Audience,
  SIBLING_REDUCTION_UNITS,
  type StageSession,
} from './schema/stage-session.ts';
export {
  STAGE_CATEGORIES,
  type Stage,
  type StageCategory,
  type StagePlace,
  type StagesConfig,
  type StagesConfigInput,
  stagesConfigSchema,
} from './schema/stages.ts';
export { type TenantConfig, type TenantConfigInput, tenantConfigSchema } from './schema/tenant.ts';
export type { Theme } from './schema/theme.ts';
export { findTranslationGaps, type TranslationGap } from './schema/translation-gaps.ts';
export {
  belgianPublicHolidayOn,
  belgianPublicHolidays,
  easterSunday,
  type PublicHoliday,
} from './stages/belgian-holidays.ts';
export {
  addDays,
  daysBetween,
  isCalendarDay,
  isoWeekOf,
  mondayOfIsoWeek,
  WEEKDAYS,
  type Weekday,
  weekdayOf,
} from './stages/calendar-day.ts';
export { expandDayRange, rangeOfDays, WORKING_WEEK } from './stages/session-days.ts';
export { instantOfWallTime, wallTimeAt } from './stages/zoned-time.ts';
