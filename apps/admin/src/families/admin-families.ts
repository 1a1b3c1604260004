import { css, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Commune, Household } from '../api/api-types.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { formatDay } from '../i18n/format.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { AdminView } from '../ui/admin-view.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import { addressLine } from './household-address.ts';
import { listHouseholds } from './households-api.ts';

const RESIDENCY: Readonly<Record<Household['residency'], MessageKey>> = {
  declared_resident: 'residencyResident',
  declared_non_resident: 'residencyNonResident',
};
const RESIDENCY_STATUS: Readonly<Record<Household['residencyStatus'], MessageKey>> = {
  declared: 'statusDeclared',
  confirmed: 'statusConfirmed',
  corrected: 'statusCorrected',
};

/** The commune's households: their guardians, children and declared residency. */
export class AdminFamilies extends AdminView {
  static override styles = [
    sharedStyles,
    css`
      .households {
        list-style: none;
        padding: 0;
        margin: 0;
      }

      .household h2 {
        margin-top: 0;
        font-size: 1.15rem;
      }

      h3 {
        font-size: 1rem;
        margin: 1rem 0 0.25rem;
      }

      ul.people {
        margin: 0;
        padding-left: 1.25rem;
      }
    `,
  ];
  static override properties = {
    commune: { attribute: false },
    households: { state: true },
  } satisfies PropertyDeclarations;

  commune: Commune | undefined;
  private households: Household[] | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('commune') && this.commune) {
      this.households = undefined;
      void this.load(this.commune.slug);
    }
  }

  private async load(slug: string): Promise<void> {
    const result = await listHouseholds(slug);
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.households = result.data.households;
  }

  protected override render(): TemplateResult {
    return html`<h1 tabindex="-1">${this.t('navFamilies')}</h1>
      ${this.renderErrorSummary()}
      ${this.households ? this.renderHouseholds(this.households) : this.renderLoading()}`;
  }

  private renderHouseholds(households: Household[]): TemplateResult {
    if (households.length === 0) return html`<p>${this.t('noHouseholds')}</p>`;
    return html`<ul class="households" id="households">
      ${households.map((household) => this.renderHousehold(household))}
    </ul>`;
  }

  private renderHousehold(household: Household): TemplateResult {
    const titleId = `household-${household.id}`;
    return html`<li class="panel household">
      <section aria-labelledby=${titleId}>
        <h2 id=${titleId}>${addressLine(household, this.t('box'))}</h2>
        <p>${this.t('residency')}: ${this.t(RESIDENCY[household.residency])}
          (${this.t(RESIDENCY_STATUS[household.residencyStatus])})</p>
        <h3>${this.t('guardians')}</h3>
        <ul class="people">
          ${household.members.map((member) => html`<li>${member.name ? `${member.name} — ` : ''}${member.email}</li>`)}
        </ul>
        <h3>${this.t('children')}</h3>
        ${
          household.children.length === 0
            ? html`<p class="muted">${this.t('noChildren')}</p>`
            : html`<ul class="people">
                ${household.children.map(
                  (child) => html`<li>${child.firstName} ${child.lastName},
                    ${this.t('bornOn', { date: formatDay(this.ui, child.birthDate) })}</li>`,
                )}
              </ul>`
        }
      </section>
    </li>`;
  }
}

customElements.define('admin-families', AdminFamilies);

declare global {
  interface HTMLElementTagNameMap {
    'admin-families': AdminFamilies;
  }
}
