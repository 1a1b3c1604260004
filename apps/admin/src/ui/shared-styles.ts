import { css } from 'lit';

/**
 * What every screen shares: readable text that reflows at 200% zoom, a focus ring that is always
 * visible, controls of at least 44px, tables that scroll rather than overflow, forced colours.
 */
export const sharedStyles = css`
  :host {
    display: block;
    --_primary: #1f4e8c;
    --_on-primary: #ffffff;
    --_danger: #a4262c;
    --_text: #1a1a1a;
    --_muted: #4a4f57;
    --_border: #8a9099;
    --_surface: #ffffff;
    --_radius: 6px;
    color: var(--_text);
    line-height: 1.5;
    overflow-wrap: break-word;
  }

  :host([hidden]) {
    display: none;
  }

  h1 {
    font-size: 1.75rem;
    line-height: 1.25;
    margin: 0 0 1rem;
  }

  h2 {
    font-size: 1.3rem;
    line-height: 1.3;
    margin: 2rem 0 0.75rem;
  }

  h1:focus {
    outline: none;
  }

  h1:focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 4px;
  }

  p {
    margin: 0 0 1rem;
    max-width: 70ch;
  }

  a {
    color: var(--_primary);
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
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

  .panel {
    background: var(--_surface);
    border: 1px solid #d5d9de;
    border-radius: var(--_radius);
    padding: 1.25rem;
    margin-bottom: 1.5rem;
  }

  form {
    max-width: 34rem;
  }

  label,
  legend {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }

  .field {
    margin-bottom: 1rem;
  }

  input[type='email'],
  input[type='password'],
  input[type='text'] {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
    color: inherit;
    background: var(--_surface);
  }

  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }

  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 1rem;
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
  }

  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    font-weight: normal;
    margin: 0;
  }

  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
  }

  .hint {
    color: var(--_muted);
    margin: 0 0 0.25rem;
  }

  .field-error {
    color: var(--_danger);
    font-weight: 600;
    margin: 0.25rem 0 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin-top: 1rem;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
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
    text-decoration: none;
    cursor: pointer;
  }

  .button.secondary {
    background: var(--_surface);
    color: var(--_primary);
  }

  .button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
  }

  .button.small {
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
  }

  .button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }

  .link-button {
    min-height: 2.75rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  .error-summary {
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
    padding: 1rem 1.25rem;
    margin-bottom: 1.5rem;
    background: var(--_surface);
  }

  .error-summary h2 {
    margin: 0 0 0.5rem;
    font-size: 1.15rem;
  }

  .error-summary ul {
    margin: 0;
    padding-left: 1.25rem;
  }

  .error-summary a {
    color: var(--_danger);
    font-weight: 600;
  }

  .table-wrap {
    overflow-x: auto;
    margin-bottom: 1rem;
  }

  table {
    border-collapse: collapse;
    width: 100%;
    background: var(--_surface);
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.5rem 0;
  }

  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5rem 0.75rem;
    border-bottom: 1px solid #d5d9de;
  }

  th {
    font-weight: 600;
  }

  .muted {
    color: var(--_muted);
  }

  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
  }

  @media (forced-colors: active) {
    .button,
    input,
    .error-summary {
      border-color: CanvasText;
    }

    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
