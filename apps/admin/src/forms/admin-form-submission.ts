import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Commune, FormSubmissionEvent } from '../api/api-types.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { formatDateTime } from '../i18n/format.ts';
import { AdminView } from '../ui/admin-view.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import { answerText, definitionFields, labelIn } from './definition-fields.ts';
import { formStyles } from './form-styles.ts';
import { addComment, moveSubmission, readSubmission, type StaffFormSubmission } from './forms-api.ts';

export const SUBMISSION_BACK_EVENT = 'admin-form-submission-back';

/**
 * One submission: its answers labelled by the version of the form it was filled with, its
 * history, an internal comment box, and the next steps of its workflow.
 */
export class AdminFormSubmission extends AdminView {
  static override styles = [sharedStyles, formStyles];
  static override properties = {
    commune: { attribute: false },
    formKey: {},
    submissionId: {},
    submission: { state: true },
    busy: { state: true },
  } satisfies PropertyDeclarations;

  commune: Commune | undefined;
  formKey = '';
  submissionId = '';
  private submission: StaffFormSubmission | undefined;
  private busy = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('submissionId') || changed.has('commune')) && this.commune && this.submissionId) {
      this.submission = undefined;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    const slug = this.commune?.slug;
    if (!slug) return;
    const result = await readSubmission(slug, this.formKey, this.submissionId);
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.submission = result.data;
  }

  private statusLabel(key: string | null): string {
    if (key === null) return '';
    const status = this.submission?.statuses.find((candidate) => candidate.key === key);
    return status ? labelIn(status.label, this.ui, key) : key;
  }

  protected override render(): TemplateResult {
    const submission = this.submission;
    return html`<p>
        <button type="button" class="button secondary small" id="back" @click=${this.back}>
          ${this.t('backToSubmissions')}
        </button>
      </p>
      <h1 tabindex="-1">${submission ? this.t('submissionTitle', { reference: submission.reference }) : this.t('loading')}</h1>
      ${this.renderErrorSummary()}
      ${submission ? this.renderSubmission(submission) : this.renderLoading()}`;
  }

  private renderSubmission(submission: StaffFormSubmission): TemplateResult {
    return html`<p id="current-status">
        ${this.t('formStatus')}: <strong>${this.statusLabel(submission.status)}</strong> ·
        ${formatDateTime(this.ui, submission.submittedAt)}
        ${submission.assignee ? html` · ${this.t('colAssignee')}: ${submission.assignee.name}` : nothing}
        ${submission.anonymous ? html` · ${this.t('anonymousSubmission')}` : nothing}
      </p>
      ${this.renderAnswers(submission)} ${this.renderTransitions(submission)} ${this.renderComment()}
      ${this.renderHistory(submission.history)}`;
  }

  private renderAnswers(submission: StaffFormSubmission): TemplateResult {
    const yesNo = [this.t('yes'), this.t('no')] as const;
    const fields = definitionFields(submission.definition).filter((field) => field.key in submission.answers);
    return html`<section aria-labelledby="answers-title" class="panel">
      <h2 id="answers-title">${this.t('answersTitle')}</h2>
      <dl id="answers">
        ${fields.map(
          (field) => html`<dt>${labelIn(field.label, this.ui, field.key)}</dt>
            <dd data-field=${field.key}>${answerText(field, submission.answers[field.key], this.ui, yesNo) || '—'}</dd>`,
        )}
      </dl>
      ${
        submission.documents.length > 0
          ? html`<h3>${this.t('documentsTitle')}</h3>
            <ul>
              ${submission.documents.map((doc) => html`<li><a href=${doc.url} download>${doc.fileName}</a></li>`)}
            </ul>`
          : nothing
      }
    </section>`;
  }

  private renderTransitions(submission: StaffFormSubmission): TemplateResult {
    const allowed = submission.transitions.filter((transition) => transition.allowed);
    return html`<section aria-labelledby="transitions-title" class="panel">
      <h2 id="transitions-title" tabindex="-1">${this.t('nextStepsTitle')}</h2>
      ${
        allowed.length === 0
          ? html`<p>${this.t('noNextSteps')}</p>`
          : html`<div class="field">
              <label for="transition-comment">${this.t('transitionComment')}</label>
              <p class="hint" id="transition-comment-hint">${this.t('transitionCommentHint')}</p>
              <textarea id="transition-comment" maxlength="4000" aria-describedby="transition-comment-hint"></textarea>
            </div>
            <div class="row">
              ${allowed.map(
                (transition) => html`<button type="button" class="button" data-to=${transition.to}
                  ?disabled=${this.busy} @click=${() => this.move(transition.to)}>
                  ${transition.label ? labelIn(transition.label, this.ui, transition.to) : this.t('moveTo', { status: this.statusLabel(transition.to) })}
                </button>`,
              )}
            </div>`
      }
    </section>`;
  }

  private renderComment(): TemplateResult {
    return html`<section aria-labelledby="comment-title" class="panel">
      <h2 id="comment-title">${this.t('internalCommentTitle')}</h2>
      <form id="comment-form" @submit=${this.comment}>
        <div class="field">
          <label for="comment">${this.t('internalComment')}</label>
          <p class="hint" id="comment-hint">${this.t('internalCommentHint')}</p>
          ${this.renderFieldError('comment')}
          <textarea id="comment" maxlength="4000" aria-invalid=${this.fieldState('comment', 'comment-hint').invalid}
            aria-describedby=${this.fieldState('comment', 'comment-hint').describedBy}></textarea>
        </div>
        <button type="submit" class="button secondary" ?disabled=${this.busy}>${this.t('addComment')}</button>
      </form>
    </section>`;
  }

  private renderHistory(history: readonly FormSubmissionEvent[]): TemplateResult {
    return html`<section aria-labelledby="history-title" class="panel">
      <h2 id="history-title">${this.t('historyTitle')}</h2>
      <ol id="history" class="plain">
        ${history.map(
          (event) => html`<li data-kind=${event.kind}>
            <strong>${formatDateTime(this.ui, event.createdAt)}</strong> ·
            ${event.actorName ?? this.t(event.actor === 'citizen' ? 'actorCitizen' : 'actorSystem')} ·
            ${
              event.kind === 'status'
                ? this.t('historyMoved', {
                    from: this.statusLabel(event.fromStatus) || '—',
                    to: this.statusLabel(event.toStatus),
                  })
                : this.t('historyComment')
            }
            ${event.visibility === 'internal' ? html` (${this.t('internalNote')})` : nothing}
            ${event.comment ? html`<p>${event.comment}</p>` : nothing}
          </li>`,
        )}
      </ol>
    </section>`;
  }

  private async move(to: string): Promise<void> {
    const slug = this.commune?.slug;
    if (!slug || this.busy) return;
    const comment = this.fieldValue('#transition-comment').trim();
    this.busy = true;
    const result = await moveSubmission(slug, this.formKey, this.submissionId, {
      to,
      ...(comment ? { comment } : {}),
    });
    this.busy = false;
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.clearErrors();
    await this.load();
    this.announce(this.t('submissionMoved', { status: this.statusLabel(to) }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#transitions-title')?.focus();
  }

  private readonly comment = async (event: Event): Promise<void> => {
    event.preventDefault();
    const slug = this.commune?.slug;
    const comment = this.fieldValue('#comment').trim();
    if (!slug || this.busy) return;
    if (!comment) return this.showErrors([{ message: this.t('commentRequired'), field: 'comment' }]);
    this.busy = true;
    const result = await addComment(slug, this.formKey, this.submissionId, comment);
    this.busy = false;
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.clearErrors();
    await this.load();
    const box = this.renderRoot.querySelector<HTMLTextAreaElement>('#comment');
    if (box) box.value = '';
    this.announce(this.t('commentAdded'));
  };

  private readonly back = (): void => {
    this.dispatchEvent(new CustomEvent(SUBMISSION_BACK_EVENT, { bubbles: true, composed: true }));
  };
}

customElements.define('admin-form-submission', AdminFormSubmission);

declare global {
  interface HTMLElementTagNameMap {
    'admin-form-submission': AdminFormSubmission;
  }
}
