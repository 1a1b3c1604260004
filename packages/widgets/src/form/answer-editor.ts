import type { FormState } from '@communa/forms';
import type { Language } from '../core/tenant-types.ts';
import { addItem, removeItem, setAnswer } from './answer-update.ts';
import type { FieldView, Translate } from './field-view.ts';
import { type UploadError, type Uploaded, type UploadRequest, uploadFile } from './file-upload.ts';
import type { FormMessageKey } from './form-messages.ts';
import { controlId, type FieldPlace } from './form-paths.ts';
import { fileAnswers } from './picked-files.ts';

const UPLOAD_MESSAGES: Readonly<Record<UploadError, FormMessageKey>> = {
  'too-large': 'uploadTooLarge',
  'wrong-type': 'uploadWrongType',
  failed: 'uploadFailed',
};

/** What an element filling a form gives the editor of its answers. */
export interface AnswerEditorHost {
  ui(): Language;
  t: Translate;
  /** Keeps this editor's control ids apart from another copy of the form in the same root. */
  idScope?(): string;
  state(): FormState;
  answers(): Record<string, unknown>;
  setAnswers(next: Record<string, unknown>): void;
  /** The form's top-level fields, localized, with their page. */
  places(): ReadonlyMap<string, FieldPlace>;
  /** The error messages of the step shown, by control path. */
  errorMessages(): ReadonlyMap<string, readonly string[]>;
  sectionLevel(): number;
  heading(level: number, text: string, id?: string): unknown;
  announce(text: string): void;
  focusAfterUpdate(selector: string): void;
  requestUpdate(): void;
  /** Where a picked file goes, and as whom; undefined when no upload can be made now. */
  uploadTarget(): Promise<Omit<UploadRequest, 'field' | 'file' | 'onProgress'> | undefined>;
}

/**
 * The answers being typed into a form of the engine: the texts as typed, the files picked and their
 * uploads (with progress, and the refusals said at their field), group items added and removed.
 * Shared by `<communa-form>` and `<communa-event-request>`, which render its `view()`.
 */
export class AnswerEditor {
  readonly #host: AnswerEditorHost;
  /** What the citizen typed in each text input, while it still reads as the answer. */
  readonly #typedTexts = new Map<string, { text: string; value: unknown }>();
  /** The files picked at each file field, kept for their upload. */
  readonly #pickedFiles = new Map<string, File[]>();
  /** Picked files the API stored, with what it answered; files absent from both maps failed. */
  readonly #uploadedFiles = new Map<File, Uploaded>();
  /** Share of each file on its way, 0 to 1. */
  readonly #uploadingFiles = new Map<File, number>();
  /** The last refused upload at each file field, shown as the field's error. */
  readonly #uploadErrors = new Map<string, string>();

  constructor(host: AnswerEditorHost) {
    this.#host = host;
  }

  /** Forgets what was typed and picked (a new form, or the form sent). */
  reset(): void {
    this.#typedTexts.clear();
    this.#pickedFiles.clear();
    this.#uploadedFiles.clear();
    this.#uploadingFiles.clear();
    this.#uploadErrors.clear();
  }

  /** Whether a picked file is still on its way. */
  get uploading(): boolean {
    return this.#uploadingFiles.size > 0;
  }

  view(): FieldView {
    const host = this.#host;
    const places = host.places();
    const idScope = host.idScope?.();
    const idOf = (path: string) => `#${CSS.escape(controlId(path, idScope))}`;
    const isGroup = (key: string) => places.get(key)?.field.type === 'group';
    const update = (next: Record<string, unknown>) => host.setAnswers(next);
    const itemName = (key: string) => {
      const group = places.get(key)?.field;
      return group?.type === 'group' ? (group.itemLabel ?? host.t('itemDefault')) : host.t('itemDefault');
    };
    return {
      ui: host.ui(),
      t: host.t,
      idScope,
      state: host.state(),
      messages: new Map<string, readonly string[]>([
        ...host.errorMessages(),
        ...[...this.#uploadErrors].map(([path, message]): [string, string[]] => [path, [message]]),
      ]),
      fileProgress: (path, index) => {
        const file = this.#pickedFiles.get(path)?.[index];
        return file ? this.#uploadingFiles.get(file) : undefined;
      },
      sectionLevel: host.sectionLevel(),
      heading: (level, text, id) => host.heading(level, text, id),
      inputText: (path, value, toText) => {
        const typed = this.#typedTexts.get(path);
        return typed !== undefined && JSON.stringify(typed.value) === JSON.stringify(value)
          ? typed.text
          : toText(value);
      },
      typed: (path, text, value) => {
        this.#typedTexts.set(path, { text, value });
        update(setAnswer(host.answers(), path, value, isGroup));
      },
      set: (path, value) => update(setAnswer(host.answers(), path, value, isGroup)),
      pickFiles: (path, files) => {
        const kept = [...(this.#pickedFiles.get(path) ?? []), ...files];
        this.#pickedFiles.set(path, kept);
        update(setAnswer(host.answers(), path, fileAnswers(kept, this.#uploadedFiles), isGroup));
        for (const file of files) void this.#upload(path, file, isGroup);
      },
      removeFile: (path, index) => {
        const removed = this.#pickedFiles.get(path)?.[index];
        const kept = (this.#pickedFiles.get(path) ?? []).filter((_, position) => position !== index);
        this.#pickedFiles.set(path, kept);
        update(
          setAnswer(
            host.answers(),
            path,
            kept.length > 0 ? fileAnswers(kept, this.#uploadedFiles) : undefined,
            isGroup,
          ),
        );
        if (removed) host.announce(host.t('fileRemoved', { name: removed.name }));
        host.focusAfterUpdate(idOf(path));
      },
      addItem: (key) => {
        const answers = host.answers();
        const count = Array.isArray(answers[key]) ? (answers[key] as unknown[]).length : 0;
        update(addItem(answers, key));
        host.announce(
          host.t('itemAdded', {
            item: host.t('itemNumbered', { item: itemName(key), number: String(count + 1) }),
          }),
        );
        host.focusAfterUpdate(idOf(`${key}.${count}`));
      },
      removeItem: (key, index) => {
        update(removeItem(host.answers(), key, index));
        for (const path of [...this.#typedTexts.keys()])
          if (path.startsWith(`${key}.`)) this.#typedTexts.delete(path);
        host.announce(
          host.t('itemRemoved', {
            item: host.t('itemNumbered', { item: itemName(key), number: String(index + 1) }),
          }),
        );
        host.focusAfterUpdate(idOf(`${key}.add`));
      },
    };
  }

  /** Uploads a picked file at once; a refusal removes it from the answer and says why at its field. */
  async #upload(path: string, file: File, isGroup: (key: string) => boolean): Promise<void> {
    const host = this.#host;
    this.#uploadingFiles.set(file, 0);
    this.#uploadErrors.delete(path);
    host.announce(host.t('fileUploading', { name: file.name }));
    const target = await host.uploadTarget();
    const result = target
      ? await uploadFile({
          ...target,
          field: path.split('.').at(-1) ?? path,
          file,
          onProgress: (share) => {
            this.#uploadingFiles.set(file, share);
            host.requestUpdate();
          },
        })
      : { ok: false as const, error: 'failed' as const };
    this.#uploadingFiles.delete(file);
    const picked = this.#pickedFiles.get(path) ?? [];
    if (!picked.includes(file)) return;
    if (result.ok) {
      this.#uploadedFiles.set(file, result.upload);
      host.announce(host.t('fileUploaded', { name: file.name }));
    } else {
      this.#pickedFiles.set(
        path,
        picked.filter((kept) => kept !== file),
      );
      const message = host.t(UPLOAD_MESSAGES[result.error], { name: file.name });
      this.#uploadErrors.set(path, message);
      host.announce(message);
    }
    const kept = this.#pickedFiles.get(path) ?? [];
    host.setAnswers(
      setAnswer(
        host.answers(),
        path,
        kept.length > 0 ? fileAnswers(kept, this.#uploadedFiles) : undefined,
        isGroup,
      ),
    );
  }
}
