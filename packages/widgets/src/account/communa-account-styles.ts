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

  input {
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

  input[aria-invalid='true'] {
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
  }
`;
