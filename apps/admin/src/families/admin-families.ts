import { css, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Commune, Household, Residency } from '../api/api-types.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { formatDay } from '../i18n/format.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { AdminView } from '../ui/admin-view.ts';
import '../ui/confirm-dialog.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import { addressLine } from './household-address.ts';
import { childcareAttestation, decideResidency, listHouseholds } from './households-api.ts';

const RESIDENCY: Readonly<Record<Residency, MessageKey>> = {
  declared_resident: 'residencyResident',
  declared_non_resident: 'residencyNonResident',
};
const RESIDENCY_STATUS: Readonly<Record<Household['residencyStatus'], MessageKey>> = {
  declared: 'statusDeclared',
  confirmed: 'statusConfirmed',
  corrected: 'statusCorrected',
};
/** The button that confirms a declaration, by the residency declared. */
const CONFIRM: Readonly<Record<Residency, MessageKey>> = {
  declared_resident: 'confirmResident',
  declared_non_resident: 'confirmNonResident',
};
/** The button that corrects a declaration, and the question it asks, by the residency found. */
const CORRECT: Readonly<Record<Residency, { label: MessageKey; question: MessageKey }>> = {
  declared_resident: { label: 'correctToResident', question: 'confirmCorrectToResident' },
  declared_non_resident: { label: 'correctToNonResident', question: 'confirmCorrectToNonResident' },
};

/** Attestations are asked for early in the next year: last year first, then this one. */
const attestationYears = (): number[] => {
  const year = new Date().getFullYear();
  return [year - 1, year, year + 1];
};

const otherResidency = (residency: Residency): Residency =>
  residency === 'declared_resident' ? 'declared_non_resident' : 'declared_resident';

/**
 * The commune's households: their guardians, children and residency, which staff confirm or
 * correct once they have checked the family's declaration.
 */
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

      .attestation {
        display: inline-flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
        margin: 0.25rem 0 0.5rem;
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
    deciding: { state: true },
    attesting: { state: true },
  } satisfies PropertyDeclarations;

  commune: Commune | undefined;
  private households: Household[] | undefined;
  /** The household whose residency decision is on its way to the API. */
  private deciding: string | undefined;
  /** The child whose attestation is being made. */
  private attesting: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('commune') && this.commune) {
      this.households = undefined;
      this.deciding = undefined;
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
      <p>${this.t('residencyIntro')}</p>
      ${this.households ? this.renderHouseholds(this.households) : this.renderLoading()}
      <admin-confirm-dialog></admin-confirm-dialog>`;
  }

  private renderHouseholds(households: Household[]): TemplateResult {
    if (households.length === 0) return html`<p>${this.t('noHouseholds')}</p>`;
    return html`<ul class="households" id="households">
      ${households.map((household) => this.renderHousehold(household))}
    </ul>`;
  }

  private renderHousehold(household: Household): TemplateResult {
    const titleId = `household-${household.id}`;
    const address = addressLine(household, this.t('box'));
    return html`<li class="panel household" data-household=${household.id}>
      <section aria-labelledby=${titleId}>
        <h2 id=${titleId}>${address}</h2>
        <p class="residency" id="residency-${household.id}" tabindex="-1">
          ${this.t('residency')}: ${this.t(RESIDENCY[household.residency])}
          (${this.t(RESIDENCY_STATUS[household.residencyStatus])})
        </p>
        ${household.residencyStatus === 'declared' ? this.renderDecision(household, address) : nothing}
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
                    ${this.t('bornOn', { date: formatDay(this.ui, child.birthDate) })}
                    ${this.renderAttestation(household, child)}</li>`,
                )}
              </ul>`
        }
      </section>
    </li>`;
  }

  /** The child's attestation (form 281.86) of a recent year, downloaded once the API has made it. */
  private renderAttestation(household: Household, child: Household['children'][number]): TemplateResult {
    const id = `attestation-${household.id}-${child.id}`;
    const name = `${child.firstName} ${child.lastName}`;
    return html`<form class="attestation" novalidate
      @submit=${(event: SubmitEvent) => this.downloadAttestation(event, household, child, name)}>
      <label for=${id}>${this.t('attestationYear', { child: name })}</label>
      <select id=${id} name="year">
        ${attestationYears().map((year) => html`<option value=${year}>${year}</option>`)}
      </select>
      <button type="submit" class="button secondary small" aria-label="${this.t('downloadAttestation')} (${name})"
        ?disabled=${this.attesting !== undefined}>${this.t('downloadAttestation')}</button>
    </form>`;
  }

  private async downloadAttestation(
    event: SubmitEvent,
    household: Household,
    child: Household['children'][number],
    name: string,
  ): Promise<void> {
    event.preventDefault();
    const slug = this.commune?.slug;
    const form = event.currentTarget;
    if (!slug || !(form instanceof HTMLFormElement)) return;
    const year = Number(new FormData(form).get('year'));
    this.attesting = child.id;
    const result = await childcareAttestation(slug, household.id, child.id, year, this.ui);
    this.attesting = undefined;
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.clearErrors();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(result.data);
    link.download = `attestation-281-86-${year}.pdf`;
    link.click();
    // Long enough for the browser to start saving the file.
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    this.announce(this.t('attestationDownloaded', { child: name, year: String(year) }));
  }

  /** Confirming agrees with the family; correcting changes their price, so it asks first. */
  private renderDecision(household: Household, address: string): TemplateResult {
    const declared = household.residency;
    const found = otherResidency(declared);
    const confirm = this.t(CONFIRM[declared]);
    const correct = this.t(CORRECT[found].label);
    const busy = this.deciding !== undefined;
    return html`<div class="actions decision">
      <button type="button" class="button small confirm-residency" aria-label="${confirm} (${address})"
        ?disabled=${busy} @click=${() => this.decide(household, declared)}>${confirm}</button>
      <button type="button" class="button secondary small correct-residency" aria-label="${correct} (${address})"
        ?disabled=${busy} @click=${() => this.askCorrection(household, found, address)}>${correct}</button>
    </div>`;
  }

  private async askCorrection(household: Household, found: Residency, address: string): Promise<void> {
    const dialog = this.renderRoot.querySelector('admin-confirm-dialog');
    if (!dialog) return;
    const confirmed = await dialog.ask({
      title: this.t('confirmTitle'),
      message: this.t(CORRECT[found].question, { address }),
      confirmLabel: this.t('correctResidency'),
      cancelLabel: this.t('keepDeclared'),
    });
    if (confirmed) await this.decide(household, found);
  }

  /** Sends the decision, then shows the row as the API now has it, without reloading the list. */
  private async decide(household: Household, residency: Residency): Promise<void> {
    const slug = this.commune?.slug;
    if (!slug) return;
    this.deciding = household.id;
    const result = await decideResidency(slug, household.id, residency);
    this.deciding = undefined;
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.clearErrors();
    const decided: Household = { ...household, ...result.data };
    this.households = this.households?.map((row) => (row.id === decided.id ? decided : row));
    this.announce(
      this.t(
        decided.residencyStatus === 'confirmed' ? 'announceResidencyConfirmed' : 'announceResidencyCorrected',
        { address: addressLine(decided, this.t('box')), residency: this.t(RESIDENCY[decided.residency]) },
      ),
    );
    // The buttons are gone with the decision: focus goes to the line that now states it.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#residency-${decided.id}`)?.focus();
  }
}

customElements.define('admin-families', AdminFamilies);

declare global {
  interface HTMLElementTagNameMap {
    'admin-families': AdminFamilies;
  }
}
