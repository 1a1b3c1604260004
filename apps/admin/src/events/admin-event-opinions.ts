import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Commune, EventOpinion, EventOpinionStatus, EventServices, Role } from '../api/api-types.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { labelIn } from '../forms/definition-fields.ts';
import { formStyles } from '../forms/form-styles.ts';
import { formatDateTime, formatDay } from '../i18n/format.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import { AdminEventStep } from './admin-event-step.ts';
import { eventStyles } from './event-styles.ts';
import {
  addOpinionFile,
  giveOpinion,
  opinionFileUrl,
  readEventServices,
  readRequest,
  requestOpinions,
  type StaffEventRequest,
} from './events-api.ts';

const REVIEWERS: readonly Role[] = ['admin', 'event-reviewer'];
/** Opinions are asked while the file is reviewed, and more may be asked until the decision. */
const ASKED_FROM: ReadonlySet<string> = new Set(['under-review', 'opinions-requested']);
const GIVEN = ['favourable', 'favourable-with-conditions', 'unfavourable'] as const;

export const OPINION_LABELS: Readonly<Record<EventOpinionStatus, MessageKey>> = {
  pending: 'opinionPending',
  favourable: 'opinionFavourable',
  'favourable-with-conditions': 'opinionFavourableWithConditions',
  unfavourable: 'opinionUnfavourable',
};

/**
 * The opinions of the commune's services on a request: reviewers ask services for theirs with a
 * due date; a service's advisor gives (or amends) their service's opinion, with conditions and files.
 */
export class AdminEventOpinions extends AdminEventStep {
  static override styles = [sharedStyles, formStyles, eventStyles];
  static override properties = {
    commune: { attribute: false },
    request: { attribute: false },
    services: { state: true },
    busy: { state: true },
  } satisfies PropertyDeclarations;

  commune: Commune | undefined;
  request: StaffEventRequest | undefined;
  private services: EventServices['services'] | undefined;
  private busy = false;

  private get roles(): readonly Role[] {
    return this.commune?.roles ?? [];
  }

  private get reviewer(): boolean {
    return this.roles.some((role) => REVIEWERS.includes(role));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('commune') && this.commune && this.reviewer) void this.loadServices(this.commune.slug);
  }

  private async loadServices(slug: string): Promise<void> {
    const result = await readEventServices(slug);
    if (result.ok) this.services = result.data.services;
  }

  private serviceName(opinion: { service: string; serviceName: Record<string, string> }): string {
    return labelIn(opinion.serviceName, this.ui, opinion.service);
  }

  protected override render(): TemplateResult | typeof nothing {
    const request = this.request;
    if (!request) return nothing;
    const canAsk = this.reviewer && ASKED_FROM.has(request.status);
    const advisor = this.roles.includes('service-advisor') && request.status === 'opinions-requested';
    return html`<section aria-labelledby="opinions-title" class="panel">
      <h2 id="opinions-title" tabindex="-1">${this.t('opinionsTitle')}</h2>
      ${this.renderErrorSummary()}
      ${
        request.opinions.length === 0
          ? html`<p id="no-opinions">${this.t('noOpinions')}</p>`
          : html`<ul class="plain" id="opinions">
            ${request.opinions.map(
              (opinion) => html`<li data-service=${opinion.service}>
                ${this.renderOpinion(request, opinion)} ${advisor ? this.renderGive(opinion) : nothing}
              </li>`,
            )}
          </ul>`
      }
      ${canAsk ? this.renderAsk(request) : nothing}
    </section>`;
  }

  private renderOpinion(request: StaffEventRequest, opinion: EventOpinion): TemplateResult {
    const slug = this.commune?.slug ?? '';
    return html`<h3>${this.serviceName(opinion)}: ${this.t(OPINION_LABELS[opinion.status])}</h3>
      <dl class="details">
        <dt>${this.t('opinionDue')}</dt>
        <dd>
          ${formatDay(this.ui, opinion.dueOn)}
          ${opinion.overdue ? html`<span class="flag" data-flag="overdue">${this.t('opinionOverdue')}</span>` : nothing}
        </dd>
        ${opinion.question ? html`<dt>${this.t('opinionQuestion')}</dt><dd>${opinion.question}</dd>` : nothing}
        ${opinion.conditions ? html`<dt>${this.t('opinionConditions')}</dt><dd data-field="conditions">${opinion.conditions}</dd>` : nothing}
        ${opinion.comment ? html`<dt>${this.t('opinionComment')}</dt><dd>${opinion.comment}</dd>` : nothing}
        ${
          opinion.givenAt
            ? html`<dt>${this.t('opinionGiven')}</dt>
              <dd>${formatDateTime(this.ui, opinion.givenAt)}${opinion.givenBy ? ` · ${opinion.givenBy.name}` : ''}</dd>`
            : nothing
        }
        ${
          opinion.attachments.length > 0
            ? html`<dt>${this.t('opinionFiles')}</dt>
              <dd>
                <ul class="plain">
                  ${opinion.attachments.map(
                    (file) =>
                      html`<li><a href=${opinionFileUrl(slug, request.id, opinion.service, file.id)} download>${file.name}</a></li>`,
                  )}
                </ul>
              </dd>`
            : nothing
        }
      </dl>`;
  }

  private renderGive(opinion: EventOpinion): TemplateResult {
    const id = (name: string) => `opinion-${opinion.service}-${name}`;
    const current = opinion.status === 'pending' ? undefined : opinion.status;
    return html`<form id=${id('form')} @submit=${(event: Event) => this.give(event, opinion)}>
        <fieldset>
          <legend>${this.t('opinionYours', { service: this.serviceName(opinion) })}</legend>
          ${this.renderFieldError(id('status'))}
          <div class="choices" id=${id('status')} tabindex="-1">
            ${GIVEN.map(
              (status) => html`<label class="choice" for=${id(status)}>
                <input type="radio" id=${id(status)} name=${id('status')} value=${status} ?checked=${current === status} />
                ${this.t(OPINION_LABELS[status])}
              </label>`,
            )}
          </div>
        </fieldset>
        <div class="field">
          <label for=${id('conditions')}>${this.t('opinionConditions')}</label>
          <p class="hint" id=${id('conditions-hint')}>${this.t('opinionConditionsHint')}</p>
          ${this.renderFieldError(id('conditions'))}
          <textarea id=${id('conditions')} maxlength="4000" .value=${opinion.conditions ?? ''}
            aria-invalid=${this.fieldState(id('conditions'), id('conditions-hint')).invalid}
            aria-describedby=${this.fieldState(id('conditions'), id('conditions-hint')).describedBy}></textarea>
        </div>
        <div class="field">
          <label for=${id('comment')}>${this.t('opinionComment')}</label>
          <textarea id=${id('comment')} maxlength="4000" .value=${opinion.comment ?? ''}></textarea>
        </div>
        <button type="submit" class="button" id=${id('give')} ?disabled=${this.busy}>${this.t('opinionGive')}</button>
      </form>
      <form id=${id('file-form')} @submit=${(event: Event) => this.addFile(event, opinion)}>
        <div class="field">
          <label for=${id('file')}>${this.t('opinionAddFile')}</label>
          <p class="hint" id=${id('file-hint')}>${this.t('opinionFileHint')}</p>
          ${this.renderFieldError(id('file'))}
          <input type="file" id=${id('file')} accept="application/pdf,image/jpeg,image/png"
            aria-invalid=${this.fieldState(id('file'), id('file-hint')).invalid}
            aria-describedby=${this.fieldState(id('file'), id('file-hint')).describedBy} />
        </div>
        <button type="submit" class="button secondary" id=${id('upload')} ?disabled=${this.busy}>${this.t('opinionUpload')}</button>
      </form>`;
  }

  private renderAsk(request: StaffEventRequest): TemplateResult {
    const asked = new Set(request.opinions.map((opinion) => opinion.service));
    const open = (this.services ?? []).filter((service) => !asked.has(service.key));
    return html`<form id="ask-form" @submit=${this.ask}>
      <h3>${this.t('opinionsAskTitle')}</h3>
      <fieldset>
        <legend>${this.t('opinionsServices')}</legend>
        <p class="hint">${this.t('opinionsServicesHint')}</p>
        <div class="choices">
          ${open.map(
            (service) => html`<label class="choice" for="ask-${service.key}">
              <input type="checkbox" id="ask-${service.key}" name="service" value=${service.key} />
              ${labelIn(service.name, this.ui, service.key)}
            </label>`,
          )}
        </div>
      </fieldset>
      <div class="field">
        <label for="due-on">${this.t('opinionDue')}</label>
        ${this.renderFieldError('due-on')}
        <input type="date" id="due-on" required aria-invalid=${this.fieldState('due-on').invalid}
          aria-describedby=${this.fieldState('due-on').describedBy} />
      </div>
      <div class="field">
        <label for="question">${this.t('opinionQuestion')}</label>
        <p class="hint" id="question-hint">${this.t('opinionQuestionHint')}</p>
        <textarea id="question" maxlength="4000" aria-describedby="question-hint"></textarea>
      </div>
      <button type="submit" class="button" id="ask-opinions" ?disabled=${this.busy}>${this.t('opinionsAsk')}</button>
    </form>`;
  }

  private readonly ask = async (event: Event): Promise<void> => {
    event.preventDefault();
    const slug = this.commune?.slug;
    const request = this.request;
    if (!slug || !request || this.busy) return;
    const dueOn = this.fieldValue('#due-on');
    if (!dueOn) return this.showErrors([{ message: this.t('opinionDueRequired'), field: 'due-on' }]);
    const services = [
      ...this.renderRoot.querySelectorAll<HTMLInputElement>('#ask-form input[name="service"]:checked'),
    ].map((input) => input.value);
    const question = this.fieldValue('#question').trim();
    this.busy = true;
    const result = await requestOpinions(slug, request.id, {
      dueOn,
      ...(services.length > 0 ? { services } : {}),
      ...(question ? { question } : {}),
    });
    this.busy = false;
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    await this.requestChanged(result.data, this.t('opinionsAsked'), '#opinions-title');
  };

  private async give(event: Event, opinion: EventOpinion): Promise<void> {
    event.preventDefault();
    const slug = this.commune?.slug;
    const request = this.request;
    if (!slug || !request || this.busy) return;
    const id = (name: string) => `opinion-${opinion.service}-${name}`;
    const checked = this.renderRoot.querySelector<HTMLInputElement>(`input[name="${id('status')}"]:checked`);
    const status = GIVEN.find((candidate) => candidate === checked?.value);
    const conditions = this.fieldValue(`#${id('conditions')}`).trim();
    const comment = this.fieldValue(`#${id('comment')}`).trim();
    if (!status) return this.showErrors([{ message: this.t('opinionStatusRequired'), field: id('status') }]);
    if (status === 'favourable-with-conditions' && !conditions)
      return this.showErrors([{ message: this.t('opinionConditionsRequired'), field: id('conditions') }]);
    this.busy = true;
    const result = await giveOpinion(slug, request.id, opinion.service, {
      status,
      ...(status === 'favourable-with-conditions' ? { conditions } : {}),
      ...(comment ? { comment } : {}),
    });
    this.busy = false;
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    await this.requestChanged(result.data, this.t('opinionGivenAnnounce'), '#opinions-title');
  }

  private async addFile(event: Event, opinion: EventOpinion): Promise<void> {
    event.preventDefault();
    const slug = this.commune?.slug;
    const request = this.request;
    if (!slug || !request || this.busy) return;
    const field = `opinion-${opinion.service}-file`;
    const file = this.renderRoot.querySelector<HTMLInputElement>(`#${field}`)?.files?.[0];
    if (!file) return this.showErrors([{ message: this.t('opinionFileRequired'), field }]);
    this.busy = true;
    const result = await addOpinionFile(slug, request.id, opinion.service, file);
    this.busy = false;
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)), field }]);
    const reread = await this.reread(slug, request.id);
    if (reread)
      await this.requestChanged(reread, this.t('opinionFileAdded', { name: file.name }), '#opinions-title');
  }

  /** The request as it now is, for the page around. */
  private async reread(slug: string, requestId: string): Promise<StaffEventRequest | undefined> {
    const result = await readRequest(slug, requestId);
    if (!result.ok) {
      await this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
      return undefined;
    }
    return result.data;
  }
}

customElements.define('admin-event-opinions', AdminEventOpinions);

declare global {
  interface HTMLElementTagNameMap {
    'admin-event-opinions': AdminEventOpinions;
  }
}
