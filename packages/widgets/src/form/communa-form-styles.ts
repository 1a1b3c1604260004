import { css } from 'lit';

/**
 * What the field templates need (inputs, hints, messages at a field, group items), whatever lays
 * out the element around them: `<communa-form>`'s form, or `<communa-stages>`'s enrolment form.
 */
export const fieldStyles = css`
  .field {
    display: grid;
    gap: 0.25rem;
  }

  .field > label {
    font-weight: 600;
  }

  .optional {
    font-weight: normal;
  }

  input:not([type='radio'], [type='checkbox']),
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

  input[type='file'] {
    padding: 0.4rem;
  }

  textarea {
    resize: vertical;
  }

  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: #b00020;
    border-width: 3px;
  }

  .choice-hint {
    grid-column: 2;
  }

  .consent-text {
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--_primary);
    white-space: pre-line;
  }

  .files {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .files li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    overflow-wrap: anywhere;
  }

  .group .item {
    border-style: dashed;
  }

  .hint {
    font-size: 0.9em;
  }

  .field-error {
    color: #b00020;
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .field-error {
      color: CanvasText;
    }
  }
`;

/** Layout of a form: one column of labelled fields, fluid down to 320 CSS px. */
export const formStyles = css`
  ${fieldStyles}

  .root {
    display: grid;
    gap: 1rem;
    max-width: 44rem;
    padding: 1rem 1.25rem;
    border: 1px solid #8a8a8a;
    border-color: color-mix(in srgb, var(--_text) 35%, transparent);
    border-top: 4px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .heading,
  .step-heading,
  .subheading {
    margin: 0;
    line-height: 1.3;
  }

  .heading {
    font-size: 1.4em;
  }

  .step-heading {
    font-size: 1.2em;
  }

  .subheading {
    font-size: 1.05em;
  }

  p {
    margin: 0;
  }

  form,
  .section,
  .sign-in,
  .receipt,
  .review-page {
    display: grid;
    gap: 1rem;
  }

  label,
  legend {
    font-weight: 600;
  }

  fieldset {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
    margin: 0;
    padding: 0.5rem 1rem 0.75rem;
    border: 1px solid #8a8a8a;
    border-color: color-mix(in srgb, var(--_text) 35%, transparent);
    border-radius: var(--_radius);
  }

  legend {
    padding: 0 0.25rem;
  }

  /* The label is the target, at least 44px high; the box itself stays a native control. */
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: 0.5rem;
    min-height: 44px;
  }

  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_primary);
  }

  .choice label {
    font-weight: normal;
    cursor: pointer;
  }

  .progress {
    font-size: 0.9em;
  }

  progress {
    width: 100%;
    height: 0.5rem;
    accent-color: var(--_primary);
  }

  .computed,
  .answers {
    display: grid;
    gap: 0.5rem;
    margin: 0;
  }

  .computed {
    padding: 0.75rem 1rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    font-weight: 600;
  }

  .computed div,
  .answers .answer {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: 0.25rem 1rem;
  }

  .answers .answer {
    padding-bottom: 0.5rem;
    border-bottom: 1px solid #8a8a8a;
    border-bottom-color: color-mix(in srgb, var(--_text) 35%, transparent);
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0;
    white-space: pre-line;
  }

  .unanswered {
    font-style: italic;
  }

  .item-title {
    font-weight: 600;
  }

  .review-heading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5rem;
  }

  .link {
    min-height: 44px;
    min-width: 44px;
    padding: 0 0.25rem;
    border: none;
    background: none;
    color: var(--_primary);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  .reference {
    font-size: 1.25em;
    font-weight: 700;
    letter-spacing: 0.05em;
  }

  .sandbox {
    padding: 0.5rem 0.75rem;
    border: 2px dashed var(--_accent);
    border-radius: var(--_radius);
  }

  .alert,
  .error-summary {
    color: #b00020;
    font-weight: 600;
  }

  .alert,
  .error-summary {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem 1rem;
    border: 3px solid #b00020;
    border-radius: var(--_radius);
  }

  .error-summary ul {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding-left: 1.25rem;
  }

  .error-summary a {
    color: inherit;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  @media (forced-colors: active) {
    .alert,
    .error-summary {
      color: CanvasText;
    }
  }
`;
