import { css } from 'lit';

/** What the event screens add to the form screens' controls: dates, status counts, flags, the calendar grid. */
export const eventStyles = css`
  input[type='date'] {
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

  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }

  .switch {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-bottom: 1rem;
  }

  .button[aria-pressed='false'] {
    background: var(--_surface);
    color: var(--_primary);
  }

  .flag {
    display: inline-block;
    margin-inline-start: 0.25rem;
    padding: 0 0.375rem;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
    font-size: 0.875rem;
    font-weight: 600;
  }

  .calendar {
    table-layout: fixed;
    min-width: 48rem;
  }

  .calendar td {
    height: 6rem;
    border: 1px solid #d5d9de;
    padding: 0.25rem;
  }

  .calendar td.outside {
    background: #f3f4f6;
  }

  .calendar ul,
  .day-list ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .calendar li {
    margin-top: 0.25rem;
    font-size: 0.875rem;
  }

  .day-number {
    font-weight: 600;
  }

  .day-list > li {
    margin-bottom: 1rem;
  }

  .day-list h3 {
    margin: 0 0 0.25rem;
    font-size: 1.05rem;
  }

  dl.details {
    display: grid;
    grid-template-columns: minmax(10rem, max-content) 1fr;
    gap: 0.25rem 1rem;
  }

  dl.details dt {
    font-weight: 600;
  }

  dl.details dd {
    margin: 0;
  }

  @media (max-width: 40rem) {
    dl.details {
      grid-template-columns: 1fr;
    }
  }

  @media (forced-colors: active) {
    .flag {
      border-color: CanvasText;
    }
  }
`;
