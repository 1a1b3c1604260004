import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TenantTheme } from './tenant-types.ts';

/**
 * The commune's theme tokens as private custom properties. Stylesheets read
 * `var(--communa-color-primary, var(--_tenant-primary))`, so the commune's values are defaults and a
 * host page's `--communa-*` values win.
 */
const TOKEN_PROPERTIES = {
  colorPrimary: '--_tenant-primary',
  colorOnPrimary: '--_tenant-on-primary',
  colorAccent: '--_tenant-accent',
  colorSurface: '--_tenant-surface',
  colorText: '--_tenant-text',
  radius: '--_tenant-radius',
  font: '--_tenant-font',
} as const satisfies Record<keyof TenantTheme, `--_tenant-${string}`>;

export function themeProperties(theme: TenantTheme | undefined): Array<[property: string, value: string]> {
  if (!theme) return [];
  return Object.entries(TOKEN_PROPERTIES).map(([token, property]) => [
    property,
    theme[token as keyof TenantTheme],
  ]);
}

/**
 * Applies (or, without a theme, removes) the tokens through the CSSOM: a strict style-src of the
 * host page blocks `style` attributes written as text, never `style.setProperty`.
 */
export function applyTenantTheme(element: HTMLElement, theme: TenantTheme | undefined): void {
  for (const property of Object.values(TOKEN_PROPERTIES)) element.style.removeProperty(property);
  for (const [property, value] of themeProperties(theme)) element.style.setProperty(property, value);
}

/**
 * Keeps the commune's theme on the element's `.root`, applied again only when the theme or the root
 * element changes (not on every render).
 */
export class TenantThemeController implements ReactiveController {
  readonly #host: ReactiveControllerHost & { renderRoot: ParentNode };
  readonly #theme: () => TenantTheme | undefined;
  #root: HTMLElement | null = null;
  #applied: TenantTheme | undefined;

  constructor(
    host: ReactiveControllerHost & { renderRoot: ParentNode },
    theme: () => TenantTheme | undefined,
  ) {
    this.#host = host;
    this.#theme = theme;
    host.addController(this);
  }

  hostUpdated(): void {
    const root = this.#host.renderRoot.querySelector<HTMLElement>('.root');
    const theme = this.#theme();
    if (!root || (root === this.#root && theme === this.#applied)) return;
    applyTenantTheme(root, theme);
    this.#root = root;
    this.#applied = theme;
  }
}
