import { html, nothing, type TemplateResult } from 'lit';
import type { EventRequestSummary, EventType } from './event-request-api.ts';
import { controlId, errorId, type StepView } from './step-view.ts';

/** The requester's drafts and requests sent back, each to continue. */
function renderDrafts(
  view: StepView,
  drafts: readonly EventRequestSummary[],
  resume: (draft: EventRequestSummary) => void,
): TemplateResult | typeof nothing {
  if (drafts.length === 0) return nothing;
  return html`<div class="drafts" part="drafts">
    ${view.heading(view.sectionLevel, view.t('draftsHeading'))}
    <p>${view.t('draftsIntro')}</p>
    <ul>
      ${drafts.map(
        (draft) => html`<li>
          <button type="button" class="button secondary" part="secondary resume" @click=${() => resume(draft)}>
            ${view.t('draftResume', { title: draft.title })}
          </button>
          <p class="hint">${view.t('draftStatus', {
            status: view.t(draft.status === 'incomplete' ? 'statusIncomplete' : 'statusDraft'),
            reference: draft.reference,
          })}</p>
        </li>`,
      )}
    </ul>
  </div>`;
}

function typeHint(view: StepView, type: EventType): string {
  const attachments = type.attachments.map((attachment) => view.content(attachment.label));
  return [
    view.content(type.description),
    view.t('leadTime', { days: String(type.leadTimeDays) }),
    attachments.length > 0
      ? view.t('attachments', { list: new Intl.ListFormat(view.ui).format(attachments) })
      : view.t('noAttachments'),
  ]
    .filter((text) => text !== '')
    .join(' ');
}

/** The kind of event, each with its description, lead time and the documents it needs. */
export function renderTypeStep(
  view: StepView,
  types: readonly EventType[],
  chosen: string | undefined,
  choose: (key: string) => void,
  drafts: readonly EventRequestSummary[],
  resume: (draft: EventRequestSummary) => void,
): TemplateResult {
  const messages = view.messages.get('type') ?? [];
  return html`${renderDrafts(view, drafts, resume)}
    <fieldset part="fieldset" aria-describedby=${messages.length > 0 ? errorId('type') : nothing}>
      <legend>${view.t('typeLegend')}</legend>
      ${messages.length > 0 ? html`<p id=${errorId('type')} class="field-error" part="field-error">${messages.join(' ')}</p>` : nothing}
      ${types.map((type, index) => {
        const id = index === 0 ? controlId('type') : `${controlId('type')}-${type.key}`;
        return html`<div class="choice type-choice" part="choice">
          <input type="radio" id=${id} name="type" part="radio" .value=${type.key} .checked=${type.key === chosen}
            aria-describedby=${`${id}-hint`} aria-invalid=${messages.length > 0 ? 'true' : nothing}
            @change=${() => choose(type.key)}>
          <label for=${id}>${view.content(type.name)}</label>
          <p id=${`${id}-hint`} class="choice-hint hint" part="hint">${typeHint(view, type)}</p>
        </div>`;
      })}
    </fieldset>`;
}
