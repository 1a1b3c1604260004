import { css } from 'lit';

/** Layout of the catalogue and the enrolment form, reflowing down to one column at 320 CSS px. */
export const stagesStyles = css`
  .root {
    display: grid;
    gap: 1.25rem;
    container-type: inline-size;
  }

  .heading {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.25;
  }

  .sandbox {
    margin: 0;
    padding: 0.75rem 1rem;
    border: 2px dashed var(--_accent);
    border-radius: var(--_radius);
  }

  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
    gap: 0.75rem 1rem;
    align-items: end;
    margin: 0;
    padding: 1rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    border: 1px solid color-mix(in srgb, var(--_text) 35%, transparent);
  }

  .filters-title {
    grid-column: 1 / -1;
    margin: 0;
    font-weight: 600;
  }

  .filter {
    display: grid;
    gap: 0.25rem;
  }

  select,
  input[type='radio'],
  input[type='checkbox'] {
    font: inherit;
    accent-color: var(--_primary);
  }

  select {
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .count,
  .empty,
  .status-text {
    margin: 0;
  }

  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    gap: 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .card,
  .details {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: 1rem 1.25rem;
    border: 1px solid color-mix(in srgb, var(--_text) 35%, transparent);
    border-top: 4px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .card-title,
  .details-title,
  .subheading {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
  }

  .kind,
  .description,
  .place {
    margin: 0;
  }

  .kind {
    font-size: 0.875em;
    font-weight: 600;
  }

  .sessions,
  .status,
  .results {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .sessions {
    display: grid;
    gap: 0.5rem;
    flex-grow: 1;
  }

  .session {
    padding: 0.5rem 0;
    border-top: 1px solid color-mix(in srgb, var(--_text) 25%, transparent);
  }

  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.125rem 0.75rem;
    margin: 0;
  }

  .facts dt {
    font-weight: 600;
  }

  .facts dd {
    margin: 0;
  }

  .status {
    margin-top: 0.25rem;
  }

  .status-main {
    font-weight: 600;
  }

  .status.full .status-main {
    text-decoration: underline;
  }

  .open,
  .back {
    align-self: flex-start;
  }

  .enrol {
    display: grid;
    gap: 0.75rem;
    margin-top: 1rem;
  }

  .enrol p {
    margin: 0;
  }

  .enrol-form {
    display: grid;
    gap: 1rem;
  }

  fieldset {
    margin: 0;
    padding: 0.75rem 1rem;
    border: 1px solid color-mix(in srgb, var(--_text) 35%, transparent);
    border-radius: var(--_radius);
  }

  .questions,
  .questions-child {
    display: grid;
    gap: 0.75rem;
  }

  fieldset[aria-invalid='true'] {
    border: 2px solid currentColor;
  }

  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }

  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
  }

  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    flex-shrink: 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }

  .alert,
  .error,
  .answer {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem 1rem;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
  }

  .alert ul {
    margin: 0;
  }

  .error {
    justify-items: start;
  }

  .error p {
    margin: 0;
  }

  .answer {
    border-color: var(--_primary);
  }

  .results {
    display: grid;
    gap: 0.25rem;
  }

  @container (max-width: 24rem) {
    .facts {
      grid-template-columns: 1fr;
    }
  }

  @media (forced-colors: active) {
    .card,
    .details,
    .sandbox,
    fieldset,
    .answer {
      border-color: CanvasText;
    }
  }
`;
