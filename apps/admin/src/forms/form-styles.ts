import { css } from 'lit';

/** The controls the form screens add to the shared ones: a status filter, search, comments. */
export const formStyles = css`
  select,
  textarea,
  input[type='search'] {
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

  textarea {
    min-height: 5rem;
  }

  .plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-end;
  }
`;
