import {
  ANSWER_ERROR_CODES,
  calendarDayInBrussels,
  cleanAnswers,
  formDefinitionSchema,
  formState,
  localizeDefinition,
  validateAnswers,
  validatePage,
} from '@communa/forms';
import { AnswerEditor } from './answer-editor.ts';
import { fieldStyles, formStyles } from './communa-form-styles.ts';
import { FormApi } from './form-api.ts';
import { describeErrors, messagesByControl } from './form-errors.ts';
import { formText } from './form-messages.ts';
import { nextStep, previousStep, shownPages } from './form-navigation.ts';
import { renderComputed, renderPageFields } from './form-page.ts';
import { controlId, fieldPlaces } from './form-paths.ts';
import { renderReview } from './form-review.ts';
import { renderErrorSummary } from './form-status.ts';

/**
 * What another element needs to fill a form of the engine the way `<communa-form>` does: the
 * engine, the field templates, the answers' editor with its uploads, the error summary, the texts
 * and styles. Exported by `<communa-form>`'s module, which such an element imports on demand, so
 * the engine is in one chunk only and never in the core that every page loads.
 */
export const formKit = {
  ANSWER_ERROR_CODES,
  AnswerEditor,
  FormApi,
  calendarDayInBrussels,
  cleanAnswers,
  controlId,
  describeErrors,
  fieldPlaces,
  fieldStyles,
  formDefinitionSchema,
  formState,
  formStyles,
  formText,
  localizeDefinition,
  messagesByControl,
  nextStep,
  previousStep,
  renderComputed,
  renderErrorSummary,
  renderPageFields,
  renderReview,
  shownPages,
  validateAnswers,
  validatePage,
};

export type FormKit = typeof formKit;
