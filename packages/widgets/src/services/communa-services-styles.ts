import { css } from 'lit';

/** Layout of the directory: a fluid grid of cards that reflows down to one column at 320 CSS px. */
export const servicesStyles = css`
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

  .heading .kicker {
    display: block;
    font-size: 0.6em;
    font-weight: 600;
    letter-spacing: 0.02em;
  }

  .sandbox {
    margin: 0.75rem 0 0;
    padding: 0.75rem 1rem;
    border: 2px dashed var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
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
    border: 1px solid #8a8a8a;
    border-color: color-mix(in srgb, var(--_text) 35%, transparent);
    border-top: 4px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .card-title,
  .details-title,
  .contact-title {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
  }

  .kind {
    margin: 0;
    font-size: 0.875em;
    font-weight: 600;
  }

  .description {
    margin: 0;
    flex-grow: 1;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }

  .back {
    align-self: flex-start;
  }

  .contact {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0;
  }

  .contact dt {
    font-weight: 600;
  }

  .contact dd {
    margin: 0;
  }

  .status,
  .error,
  .empty {
    margin: 0;
  }

  .error {
    display: grid;
    justify-items: start;
    gap: 0.75rem;
    padding: 1rem;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
  }

  .error p {
    margin: 0;
  }

  @container (max-width: 24rem) {
    .contact {
      grid-template-columns: 1fr;
    }

    .contact dd + dt {
      margin-top: 0.5rem;
    }
  }

  @media (forced-colors: active) {
    .card,
    .details,
    .sandbox {
      border-color: CanvasText;
    }
  }
`;
