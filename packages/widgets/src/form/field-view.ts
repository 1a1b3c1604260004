import type { FormState } from '@communa/forms';
import type { Language } from '../core/tenant-types.ts';
import type { FormMessageKey } from './form-messages.ts';

export type Translate = (key: FormMessageKey, params?: Readonly<Record<string, string>>) => string;

/** What the field templates need of the element: texts, state, messages, and ways to change answers. */
export interface FieldView {
  ui: Language;
  t: Translate;
  /** Set when the root shows this form more than once: it keeps each copy's control ids apart. */
  idScope?: string | undefined;
  state: FormState;
  /** Error messages by control path. */
  messages: ReadonlyMap<string, readonly string[]>;
  heading(level: number, text: string, id?: string): unknown;
  /** The heading level of a section (the form's own heading being `level`). */
  sectionLevel: number;
  /**
   * The text an input shows: what the citizen typed, while it still reads as the answer, else the
   * answer itself in the input's format.
   */
  inputText(path: string, value: unknown, toText: (value: unknown) => string): string;
  /** The citizen typed `text` at `path`, which means `value`. */
  typed(path: string, text: string, value: unknown): void;
  /** The citizen chose `value` at `path` (a choice, a box, files). */
  set(path: string, value: unknown): void;
  /** Files the citizen picked at `path`, kept in memory for their upload. */
  pickFiles(path: string, files: readonly File[]): void;
  removeFile(path: string, index: number): void;
  /** Share sent of the file at `index` while it uploads (0 to 1); undefined once it is sent. */
  fileProgress(path: string, index: number): number | undefined;
  addItem(key: string): void;
  removeItem(key: string, index: number): void;
}
