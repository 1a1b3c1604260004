import { css } from 'lit';

/** What the request adds to the form's layout: the kinds of event, the drafts, the live check, the place's select. */
export const eventRequestStyles = css`
  select {
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

  select[aria-invalid='true'] {
    border-color: #b00020;
    border-width: 3px;
  }

  .type-choice {
    align-items: start;
    padding: 0.25rem 0;
  }

  .type-choice input {
    margin-top: 0.2rem;
  }

  .type-choice label {
    font-weight: 600;
  }

  .moment {
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    column-gap: 1rem;
  }

  .drafts {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem 1rem;
    border-left: 4px solid var(--_primary);
  }

  .drafts ul {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .asked {
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--_primary);
  }

  .availability:not(:empty) {
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--_primary);
  }

  .availability[data-problems]:not([data-problems='0']) {
    border-left-color: #b00020;
  }

  .availability ul {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
  }
`;
