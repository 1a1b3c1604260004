import { css, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { AuditEvent, Commune } from '../api/api-types.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { formatDateTime } from '../i18n/format.ts';
import { AdminView } from '../ui/admin-view.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import { auditActionLabel } from './audit-actions.ts';
import { auditPage } from './audit-api.ts';

/** The commune's audit log for its administrators: newest first, more on request. */
export class AdminAuditLog extends AdminView {
  static override styles = [
    sharedStyles,
    css`
      .action-code {
        display: block;
        color: var(--_muted);
      }
    `,
  ];
  static override properties = {
    commune: { attribute: false },
    events: { state: true },
    nextCursor: { state: true },
    busy: { state: true },
  } satisfies PropertyDeclarations;

  commune: Commune | undefined;
  private events: AuditEvent[] | undefined;
  private nextCursor: string | null = null;
  private busy = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('commune') && this.commune) {
      this.events = undefined;
      this.nextCursor = null;
      void this.loadPage(undefined);
    }
  }

  private async loadPage(before: string | undefined): Promise<void> {
    this.busy = true;
    const result = await auditPage(this.commune?.slug ?? '', before);
    this.busy = false;
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.clearErrors();
    const previous = this.events ?? [];
    this.events = [...previous, ...result.data.events];
    this.nextCursor = result.data.nextCursor;
    if (before !== undefined) {
      // The total, not the page's size: always a plural, and it says where the list now ends.
      this.announce(this.t('announceLoaded', { count: String(this.events.length) }));
      await this.updateComplete;
      // Focus goes to the first new row, so keyboard users read on from where they were.
      this.renderRoot.querySelector<HTMLElement>(`tbody tr:nth-child(${previous.length + 1}) th`)?.focus();
    }
  }

  protected override render(): TemplateResult {
    return html`<h1 tabindex="-1">${this.t('navAuditLog')}</h1>
      ${this.renderErrorSummary()}
      ${this.events ? this.renderEvents(this.events) : this.renderLoading()}`;
  }

  private renderEvents(events: AuditEvent[]): TemplateResult {
    if (events.length === 0) return html`<p>${this.t('noEvents')}</p>`;
    return html`<div class="table-wrap">
        <table id="audit-events">
          <caption>${this.t('auditCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">${this.t('colWhen')}</th>
              <th scope="col">${this.t('colWho')}</th>
              <th scope="col">${this.t('colAction')}</th>
              <th scope="col">${this.t('colTarget')}</th>
              <th scope="col">${this.t('colIp')}</th>
            </tr>
          </thead>
          <tbody>
            ${events.map(
              (event) => html`<tr data-action=${event.action}>
                <th scope="row" tabindex="-1"><time datetime=${event.at}>${formatDateTime(this.ui, event.at)}</time></th>
                <td>${event.actorEmail ?? '—'}</td>
                <td>${this.renderAction(event.action)}</td>
                <td>${event.targetType ? html`<code>${event.targetType}</code> ${event.targetId ?? ''}` : '—'}</td>
                <td>${event.ip ?? '—'}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${
        this.nextCursor
          ? html`<div class="actions">
              <button type="button" class="button secondary" id="load-more" ?disabled=${this.busy}
                @click=${() => this.loadPage(this.nextCursor ?? undefined)}>${this.t('loadMore')}</button>
            </div>`
          : html`<p class="muted">${this.t('allLoaded')}</p>`
      }`;
  }

  /** The action in words, its code beneath for support; an action not known yet, as its code. */
  private renderAction(action: string): TemplateResult {
    const label = auditActionLabel(this.ui, action);
    return label === undefined
      ? html`<code>${action}</code>`
      : html`${label} <code class="action-code">${action}</code>`;
  }
}

customElements.define('admin-audit-log', AdminAuditLog);

declare global {
  interface HTMLElementTagNameMap {
    'admin-audit-log': AdminAuditLog;
  }
}
