import { html, LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { bundleUrl, resolveApiBase } from '../core/api-base.ts';
import { createApiClient } from '../core/api-client.ts';
import { baseStyles } from '../core/base-styles.ts';
import { contextLang } from '../core/context-lang.ts';
import { defineElement } from '../core/define-element.ts';
import { fetchTenant, type TenantError } from '../core/fetch-tenant.ts';
import { headingTag } from '../core/heading.ts';
import { clampHeadingLevel } from '../core/heading-level.ts';
import { LangObserverController } from '../core/lang-observer-controller.ts';
import { createLocalizer, type Localizer } from '../core/localizer.ts';
import type { MessageKey } from '../core/messages.ts';
import { resolveUiLanguage } from '../core/resolve-language.ts';
import { sandboxBanner } from '../core/sandbox-banner.ts';
import type { PublicService, PublicTenant } from '../core/tenant-types.ts';
import { TenantThemeController } from '../core/theme.ts';
import { DEFAULT_SERVICE_PARAM, urlParamName } from '../core/url-state.ts';
import { type UrlStateCause, UrlStateController } from '../core/url-state-controller.ts';
import { servicesStyles } from './communa-services-styles.ts';
import { renderServiceCard } from './service-card.ts';
import { DETAILS_HEADING_ID, renderServiceDetails } from './service-details.ts';

export const SERVICE_SELECT_EVENT = 'communa-service-select';

export interface ServiceSelectDetail {
  /** The commune's slug. */
  tenant: string;
  /** The chosen service's key. */
  service: string;
}

type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; tenant: PublicTenant }
  | { status: 'error'; error: TenantError };

const ERROR_MESSAGES = {
  'not-found': 'errorNotFound',
  forbidden: 'errorForbidden',
  network: 'errorNetwork',
  server: 'errorServer',
} as const satisfies Record<TenantError, MessageKey>;

const HEADING_ID = 'heading';

/** What the live region says, rendered in the current language. */
type Announcement = { kind: 'list' } | { kind: 'details'; service: PublicService } | undefined;

/** Where focus goes after the next render. */
type FocusTarget = { kind: 'selector'; selector: string } | { kind: 'opener'; service: string };

/**
 * A commune's directory of online services: one card per service, and a details panel for the
 * service the visitor chooses. The choice is kept in the page URL (`?communa-service=<key>`), so a
 * link opens it and the back button closes it.
 *
 * @element communa-services
 *
 * @attr tenant - The commune's slug, for example `liege`.
 * @attr api - Origin of the Communa API; by default the origin the widget was loaded from.
 * @attr lang - Interface language (fr, nl, de, en); by default the page's, else the commune's.
 * @attr heading-level - Level of the directory's heading, 1–6 (default 2); card titles use the next one.
 * @attr url-param - Query parameter that holds the chosen service (default `communa-service`).
 *
 * @fires communa-service-select - The visitor chose a service (`detail: { tenant, service }`);
 *   cancelable: `preventDefault()` keeps the list and leaves the URL alone.
 *
 * @csspart root - The element's inner box; carries the theme.
 * @csspart heading - The directory's heading (commune name and "Online services").
 * @csspart sandbox-banner - Notice shown when the commune is a test space.
 * @csspart list - The list of service cards.
 * @csspart card - One service card.
 * @csspart card-title - A card's title.
 * @csspart card-kind - A card's kind of service.
 * @csspart card-description - A card's description.
 * @csspart details-button - A card's button that opens the details panel.
 * @csspart open-link - Link to the service's page on the commune's website.
 * @csspart details - The details panel.
 * @csspart back-button - The details panel's button back to the list.
 * @csspart details-title - The details panel's title.
 * @csspart details-kind - The details panel's kind of service.
 * @csspart details-description - The details panel's description.
 * @csspart contact-title - Heading of the commune's contact details.
 * @csspart contact - The commune's contact details.
 * @csspart privacy-link - Link to the commune's privacy notice.
 * @csspart empty - Message shown when the commune offers no service.
 * @csspart status - Loading message.
 * @csspart error - Error message box.
 * @csspart retry-button - The error box's retry button.
 *
 * @cssprop --communa-color-primary - Buttons, links and card accents (default: the commune's theme).
 * @cssprop --communa-color-on-primary - Text on primary-coloured buttons.
 * @cssprop --communa-color-accent - Focus ring and test-space banner.
 * @cssprop --communa-color-surface - Background of cards and panels.
 * @cssprop --communa-color-text - Text colour.
 * @cssprop --communa-radius - Corner radius of cards and buttons.
 * @cssprop --communa-font - Font family (default `inherit`: the host page's font).
 */
export class CommunaServices extends LitElement {
  static override styles = [baseStyles, servicesStyles];

  // Declared without decorators: their helper would land in a chunk the loader has to import too.
  static override properties = {
    tenant: {},
    api: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    urlParam: { attribute: 'url-param' },
    load: { state: true },
    announcement: { state: true },
  } satisfies PropertyDeclarations;

  tenant = '';
  api = '';
  headingLevel = 2;
  urlParam = DEFAULT_SERVICE_PARAM;

  private load: LoadState = { status: 'loading' };
  private announcement: Announcement;

  private requestedKey: string | undefined;
  private abortController: AbortController | undefined;
  private focusTarget: FocusTarget | undefined;
  private focusAfterLoad = false;
  private readonly theme = new TenantThemeController(this, () =>
    this.load.status === 'ready' ? this.load.tenant.theme : undefined,
  );

  private readonly urlState = new UrlStateController(
    this,
    () => urlParamName(this.urlParam, DEFAULT_SERVICE_PARAM),
    (value, previous, cause) => this.handleUrlChange(value, previous, cause),
  );

  constructor() {
    super();
    new LangObserverController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A load cut short by a disconnection starts again when the element comes back.
    if (this.hasUpdated && this.requestedKey === undefined) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.load.status === 'loading') {
      this.abortController?.abort();
      this.requestedKey = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('urlParam') && this.hasUpdated) this.urlState.sync('initial');
    const base = resolveApiBase(this.api, bundleUrl, document.baseURI);
    const key = `${base} ${this.tenant}`;
    if (key !== this.requestedKey) this.startLoad(base, key);
  }

  protected override render(): TemplateResult {
    const tenant = this.load.status === 'ready' ? this.load.tenant : undefined;
    const l = createLocalizer(
      resolveUiLanguage(contextLang(this), tenant?.languages.default),
      tenant?.languages,
    );
    return html`<div class="root" part="root" lang=${l.ui} aria-busy=${this.load.status === 'loading'}>
      ${this.renderState(l)}
    </div>`;
  }

  protected override updated(): void {
    this.applyFocus();
  }

  private renderState(l: Localizer): TemplateResult {
    switch (this.load.status) {
      case 'loading':
        return html`<p class="status" part="status" tabindex="-1">${l.t('loading')}</p>`;
      case 'error':
        return html`<div class="error" part="error">
          <p role="alert">${l.t(ERROR_MESSAGES[this.load.error])}</p>
          <button type="button" class="button retry" part="retry-button" @click=${this.retry}>${l.t('retry')}</button>
        </div>`;
      case 'ready':
        return this.renderDirectory(this.load.tenant, l);
    }
  }

  private renderDirectory(tenant: PublicTenant, l: Localizer): TemplateResult {
    const level = clampHeadingLevel(this.headingLevel);
    const tag = headingTag(level);
    const name = l.content(tenant.name);
    const selected = this.selectedService(tenant);
    return html`
      <header>
        ${staticHtml`<${tag} id=${HEADING_ID} class="heading" part="heading" tabindex="-1">
          <span class="kicker">${l.t('onlineServices')}</span><span class="visually-hidden">: </span>
          <span lang=${name.lang}>${name.text}</span>
        </${tag}>`}
        ${sandboxBanner(l.ui, tenant.sandbox)}
      </header>
      ${
        selected
          ? renderServiceDetails(selected, tenant, l, { headingLevel: level + 1, onBack: this.closeDetails })
          : this.renderList(tenant, l, level + 1)
      }
      <p class="visually-hidden" role="status">${this.announcementText(l)}</p>
    `;
  }

  private renderList(tenant: PublicTenant, l: Localizer, headingLevel: number): TemplateResult {
    if (tenant.services.length === 0) return html`<p class="empty" part="empty">${l.t('noServices')}</p>`;
    return html`<ul class="list" part="list" aria-labelledby=${HEADING_ID}>
      ${tenant.services.map((service) =>
        renderServiceCard(service, l, { headingLevel, onChoose: this.chooseService }),
      )}
    </ul>`;
  }

  private selectedService(tenant: PublicTenant): PublicService | undefined {
    const key = this.urlState.value;
    return key === null ? undefined : tenant.services.find((service) => service.key === key);
  }

  private startLoad(base: string, key: string): void {
    this.abortController?.abort();
    this.requestedKey = key;
    const slug = this.tenant.trim();
    if (!slug) {
      this.finishLoad({ status: 'error', error: 'not-found' });
      return;
    }
    const controller = new AbortController();
    this.abortController = controller;
    this.load = { status: 'loading' };
    void fetchTenant(createApiClient(base), slug, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      this.finishLoad(
        result.ok ? { status: 'ready', tenant: result.tenant } : { status: 'error', error: result.error },
      );
    });
  }

  private finishLoad(load: LoadState): void {
    this.load = load;
    if (!this.focusAfterLoad) return;
    this.focusAfterLoad = false;
    this.focusTarget = { kind: 'selector', selector: load.status === 'ready' ? `#${HEADING_ID}` : '.retry' };
  }

  private readonly retry = (): void => {
    this.requestedKey = undefined;
    this.focusAfterLoad = true;
    // The retry button is replaced by the loading message: keep focus in the widget meanwhile.
    this.focusTarget = { kind: 'selector', selector: '.status' };
    this.requestUpdate();
  };

  private readonly chooseService = (service: string): void => {
    const detail: ServiceSelectDetail = { tenant: this.tenant, service };
    const event = new CustomEvent(SERVICE_SELECT_EVENT, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (this.dispatchEvent(event)) this.urlState.push(service);
  };

  private readonly closeDetails = (): void => {
    this.urlState.clear();
  };

  /**
   * Focus follows the visitor's action (or back/forward while they are in the widget); a change that
   * happens elsewhere — a deep link, history navigation from outside — is only announced.
   */
  private handleUrlChange(value: string | null, previous: string | null, cause: UrlStateCause): void {
    if (cause === 'initial' || this.load.status !== 'ready') return;
    const tenant = this.load.tenant;
    const moveFocus = cause === 'push' || this.matches(':focus-within');
    const service = value === null ? undefined : tenant.services.find((candidate) => candidate.key === value);
    if (service) {
      this.focusTarget = moveFocus ? { kind: 'selector', selector: `#${DETAILS_HEADING_ID}` } : undefined;
      // The focused heading is read out; without the focus move, the live region says it.
      this.announcement = moveFocus ? undefined : { kind: 'details', service };
    } else {
      this.focusTarget = moveFocus && previous !== null ? { kind: 'opener', service: previous } : undefined;
      this.announcement = { kind: 'list' };
    }
  }

  private announcementText(l: Localizer): string {
    const announcement = this.announcement;
    if (announcement?.kind === 'list') return l.t('announceList');
    if (announcement?.kind === 'details') {
      return l.t('announceDetails', { service: l.content(announcement.service.title).text });
    }
    return '';
  }

  private applyFocus(): void {
    const target = this.focusTarget;
    if (!target) return;
    this.focusTarget = undefined;
    const root = this.renderRoot;
    const element =
      target.kind === 'selector'
        ? root.querySelector<HTMLElement>(target.selector)
        : Array.from(root.querySelectorAll<HTMLElement>('[data-service]')).find(
            (button) => button.dataset.service === target.service,
          );
    element?.focus();
  }
}

defineElement('communa-services', CommunaServices);

declare global {
  interface HTMLElementTagNameMap {
    'communa-services': CommunaServices;
  }
  interface HTMLElementEventMap {
    'communa-service-select': CustomEvent<ServiceSelectDetail>;
  }
}
