import { css } from 'lit';

/** Layout of the filters and the days of events, reflowing down to one column at 320 CSS px. */
export const eventsCalendarStyles = css`
  .root {
    display: grid;
    gap: 1.25rem;
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
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: 0.75rem 1rem;
    align-items: start;
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

  .hint {
    font-size: 0.875em;
  }

  .field-error {
    font-weight: 600;
  }

  input,
  select {
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
    font: inherit;
    border: 1px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  input[aria-invalid='true'] {
    border-width: 2px;
  }

  .actions {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }

  .count,
  .period,
  .empty,
  .status-text,
  .feed-hint {
    margin: 0;
  }

  .count {
    font-weight: 600;
  }

  .days,
  .events {
    display: grid;
    gap: 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .day {
    display: grid;
    gap: 0.5rem;
  }

  .day-heading {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.3;
  }

  .event {
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem 1rem;
    border: 1px solid color-mix(in srgb, var(--_text) 35%, transparent);
    border-left: 4px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .event-title {
    margin: 0;
    font-size: 1.1em;
    line-height: 1.3;
  }

  .type,
  .when,
  .place {
    margin: 0;
  }

  .type {
    font-size: 0.875em;
    font-weight: 600;
  }

  .label {
    font-weight: 600;
  }

  .feed {
    display: grid;
    gap: 0.25rem;
    justify-items: start;
  }

  .error {
    display: grid;
    gap: 0.75rem;
    justify-items: start;
    padding: 1rem;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
  }

  .error p {
    margin: 0;
  }
`;
