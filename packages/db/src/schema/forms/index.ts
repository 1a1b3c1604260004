export { formDefinitions } from './form-definitions.ts';
export { formDrafts } from './form-drafts.ts';
export { formSubmissionEvents } from './form-submission-events.ts';
export { formSubmissions } from './form-submissions.ts';
export { formUploads } from './form-uploads.ts';
export { forms } from './forms.ts';
