import { css } from 'lit';

/** Layout of the account box: one column of labelled fields and actions, fluid down to 320 CSS px. */
export const accountStyles = css`
  .root {
    display: grid;
    gap: 1rem;
    max-width: 36rem;
    padding: 1rem 1.25rem;
    border: 1px solid #8a8a8a;
    border-color: color-mix(in srgb, var(--_text) 35%, transparent);
    border-top: 4px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .heading {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }

  p {
    margin: 0;
  }

  form {
    display: grid;
    gap: 0.5rem;
  }

  label {
    font-weight: 600;
  }

  input,
  select,
  textarea {
    min-height: 44px;
    box-sizing: border-box;
    width: 100%;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  .field {
    display: grid;
    gap: 0.25rem;
  }

  fieldset {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0.5rem 1rem 0.75rem;
    border: 1px solid #8a8a8a;
    border-color: color-mix(in srgb, var(--_text) 35%, transparent);
    border-radius: var(--_radius);
  }

  legend {
    padding: 0 0.25rem;
    font-weight: 600;
  }

  /* The whole label is the target, at least 44px high; the box itself stays a native checkbox. */
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
    font-weight: normal;
    cursor: pointer;
  }

  .check input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    min-height: 0;
    margin: 0;
    accent-color: var(--_primary);
  }

  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: 0.5rem;
  }

  .subheading {
    margin: 0;
    font-size: 1.1em;
    line-height: 1.3;
  }

  .subheading.minor {
    margin-top: 0.5rem;
    font-size: 1em;
  }

  .sections ul,
  .children,
  .enrolments,
  .invoices,
  .submissions,
  .event-requests,
  .invitations,
  .alert ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .event-request-detail,
  .decision,
  .asked {
    display: grid;
    gap: 0.5rem;
  }

  .asked {
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--_primary);
  }

  .multiline {
    white-space: pre-line;
  }

  .event-history {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding-left: 1.25rem;
  }

  .sections ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-bottom: 2px solid var(--_primary);
  }

  .tab {
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid transparent;
    border-bottom: none;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: transparent;
    color: var(--_primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  .tab:hover {
    text-decoration: underline;
  }

  .tab[aria-current='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }

  .section {
    display: grid;
    gap: 1rem;
  }

  .children,
  .enrolments,
  .invoices,
  .submissions,
  .event-requests,
  .invitations {
    display: grid;
    gap: 0.75rem;
  }

  .child,
  .enrolment,
  .invoice,
  .submission,
  .event-request,
  .invitation,
  .status,
  .empty,
  .confirm {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem 1rem;
    border: 1px solid #8a8a8a;
    border-color: color-mix(in srgb, var(--_text) 35%, transparent);
    border-radius: var(--_radius);
  }

  .payment {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: flex-start;
  }

  .payment-details {
    display: grid;
    gap: 0.5rem;
    margin: 0;
  }

  .payment-details dt {
    font-weight: 600;
  }

  .payment-details dd {
    margin: 0;
  }

  /* One click selects the whole value, so it copies without the label. */
  .copy {
    user-select: all;
    font-size: 1.05em;
    overflow-wrap: anywhere;
  }

  /* Scanners need dark modules on a light quiet zone, whatever the page's colours. */
  .qr {
    width: 12rem;
    height: 12rem;
    background: #fff;
    fill: #000;
  }

  /* An e-mail address is one long word: it may break, rather than widen a narrow box. */
  .invitation {
    overflow-wrap: anywhere;
  }

  .alert ul {
    display: grid;
    gap: 0.25rem;
    margin-top: 0.5rem;
  }

  .alert a {
    color: inherit;
  }

  dialog {
    max-width: min(32rem, calc(100vw - 2rem));
    padding: 1rem 1.25rem;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }

  dialog form,
  dialog fieldset {
    display: grid;
    gap: 0.75rem;
  }

  .button.danger {
    border-color: #b00020;
    background: #b00020;
    color: #ffffff;
  }

  .session {
    padding-top: 0.75rem;
    border-top: 1px solid #8a8a8a;
    border-top-color: color-mix(in srgb, var(--_text) 35%, transparent);
  }

  textarea {
    resize: vertical;
  }

  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: #b00020;
  }

  .hint {
    font-size: 0.9em;
  }

  .field-error,
  .alert {
    color: #b00020;
    font-weight: 600;
  }

  .alert {
    padding: 0.75rem 1rem;
    border: 2px solid #b00020;
    border-radius: var(--_radius);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  @media (forced-colors: active) {
    .field-error,
    .alert {
      color: CanvasText;
    }

    .tab[aria-current='true'] {
      border-color: Highlight;
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
