import type { LocalizedDefinition } from '@communa/forms';
import { html, nothing, type TemplateResult } from 'lit';
import { type ReviewRow, reviewRows } from './answer-format.ts';
import type { FieldView } from './field-view.ts';
import { shownPages } from './form-navigation.ts';

function renderRows(view: FieldView, rows: readonly ReviewRow[]): TemplateResult {
  return html`<dl class="answers" part="answers">
    ${rows.map((row) =>
      row.kind === 'answer'
        ? html`<div class="answer">
          <dt>${row.label}</dt>
          <dd class=${row.text === undefined ? 'unanswered' : ''}>${row.text ?? view.t('notAnswered')}</dd>
        </div>`
        : html`<div class="answer">
          <dt>${row.label}</dt>
          <dd>
            ${
              row.items.length === 0
                ? view.t('notAnswered')
                : row.items.map(
                    (item) => html`<p class="item-title">${item.title}</p>
                    ${renderRows(view, item.rows)}`,
                  )
            }
          </dd>
        </div>`,
    )}
  </dl>`;
}

/** Every shown page with its answers, each with a way back to change them. */
export function renderReview(
  definition: LocalizedDefinition,
  view: FieldView,
  answers: Readonly<Record<string, unknown>>,
  change: (pageIndex: number) => void,
): TemplateResult {
  return html`<p>${view.t('reviewIntro')}</p>
    ${shownPages(view.state).map((pageIndex) => {
      const page = definition.pages[pageIndex];
      if (!page) return nothing;
      return html`<div class="review-page" part="review-page">
        <div class="review-heading">
          ${view.heading(view.sectionLevel, page.title)}
          <button type="button" class="link" part="change" @click=${() => change(pageIndex)}>
            ${view.t('change')}<span class="visually-hidden"> ${view.t('changeHidden', { page: page.title })}</span>
          </button>
        </div>
        ${renderRows(view, reviewRows(definition, pageIndex, view.state, answers, view.ui, view.t))}
      </div>`;
    })}`;
}
