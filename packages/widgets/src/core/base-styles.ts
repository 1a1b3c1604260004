import { css } from 'lit';

/**
 * Styles every Communa element shares: the theme tokens (host page first, then the commune's
 * defaults, then ours), a visible focus ring, controls of at least 44px, and the forced-colours and
 * reduced-motion adaptations.
 */
export const baseStyles = css`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none;
  }

  .root {
    --_primary: var(--communa-color-primary, var(--_tenant-primary, #1f4e8c));
    --_on-primary: var(--communa-color-on-primary, var(--_tenant-on-primary, #ffffff));
    --_accent: var(--communa-color-accent, var(--_tenant-accent, #1f4e8c));
    --_surface: var(--communa-color-surface, var(--_tenant-surface, #ffffff));
    --_text: var(--communa-color-text, var(--_tenant-text, #1a1a1a));
    --_radius: var(--communa-radius, var(--_tenant-radius, 6px));
    font-family: var(--communa-font, var(--_tenant-font, inherit));
    color: var(--_text);
    line-height: 1.5;
    overflow-wrap: break-word;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  a {
    color: var(--_primary);
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    box-sizing: border-box;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-weight: 600;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    transition:
      background-color 120ms ease-out,
      color 120ms ease-out;
  }

  .button.secondary {
    background: transparent;
    color: var(--_primary);
  }

  .button:hover {
    text-decoration: underline;
  }

  .button.secondary:hover {
    background: var(--_primary);
    color: var(--_on-primary);
  }

  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }

  @media (forced-colors: active) {
    .button,
    .button.secondary {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
      forced-color-adjust: none;
    }

    .button:hover,
    .button.secondary:hover {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }

    a.button {
      color: LinkText;
      border-color: LinkText;
    }

    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
