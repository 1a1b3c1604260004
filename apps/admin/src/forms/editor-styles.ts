import { css } from 'lit';

/** The form editor's blocks: pages, sections and fields set apart, toolbars, the preview. */
export const editorStyles = css`
  .page,
  .section,
  .field-editor,
  .condition,
  .texts,
  .options {
    margin: 0.75rem 0;
  }

  .section,
  .field-editor {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
  }

  .fields,
  .options ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-bottom: 0.5rem;
  }

  .rule {
    border-left: 4px solid var(--_border);
    padding-left: 0.5rem;
    margin-bottom: 0.5rem;
  }

  input[type='number'],
  input[type='date'],
  input[type='time'],
  input[type='file'] {
    box-sizing: border-box;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
  }

  .missing,
  .missing-mark {
    color: var(--_danger);
    font-weight: 600;
  }

  .preview {
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    padding: 1rem;
  }

  .preview h3,
  .preview h4,
  .preview h5 {
    margin: 0.75rem 0 0.5rem;
  }

  .preview-field {
    margin: 0.75rem 0;
  }

  .required {
    font-weight: 400;
  }
`;
