import type { AnswerError, FormDefinition, FormState, LocalizedDefinition } from '@communa/forms';
import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../core/tenant-types.ts';
import type { AnswerEditor } from '../form/answer-editor.ts';
import type { ErrorEntry } from '../form/form-errors.ts';
import type { FormKit } from '../form/form-kit.ts';
import type { FormMessageKey } from '../form/form-messages.ts';
import type { FieldPlace } from '../form/form-paths.ts';
import { childAnswerErrors } from './question-answers.ts';
import type { FieldError, QuestionsForm } from './stages-api.ts';

/** What the questions need of `<communa-stages>`. */
export interface StageQuestionsHost {
  apiBase(): string;
  tenant(): string;
  ui(): Language;
  /** The language the commune's texts are shown in (the interface's when the commune writes in it). */
  contentLang(): Language;
  defaultLang(): Language;
  sectionLevel(): number;
  heading(level: number, text: string): unknown;
  announce(text: string): void;
  focusAfterUpdate(selector: string): void;
  requestUpdate(): void;
  /** The kit's field styles are now needed in the element's root. */
  adoptStyles(kit: FormKit): void;
}

export type QuestionsStatus = 'loading' | 'ready' | 'failed';

/** A line of the error summary: the control to focus (its DOM id) and the text. */
export interface QuestionProblem {
  id: string;
  text: string;
}

interface LoadedForm {
  key: string;
  version: number;
  definition: FormDefinition;
}

interface ChildAnswers {
  answers: Record<string, unknown>;
  editor: AnswerEditor;
  errors: AnswerError[];
}

/** The id of the legend of a child's questions, where a summary line about no field leads. */
export function questionsLegendId(childId: string): string {
  return `questions-${childId}`;
}

/**
 * A stage's extra questions, asked once per child with the form kit `<communa-form>` uses (loaded
 * on demand, so a stage without questions loads nothing more): the form's definition, each child's
 * answers and their editor, the browser's check with the forms engine and the API's refusals, each
 * at the right child's field.
 */
export class StageQuestions {
  readonly #host: StageQuestionsHost;
  #status: QuestionsStatus = 'loading';
  /** The form asked for last; a load for another one is dropped when it ends. */
  #wanted: QuestionsForm | undefined;
  #kit: FormKit | undefined;
  #form: LoadedForm | undefined;
  readonly #children = new Map<string, ChildAnswers>();
  #localized:
    | { lang: Language; form: LoadedForm; definition: LocalizedDefinition; places: Map<string, FieldPlace> }
    | undefined;

  constructor(host: StageQuestionsHost) {
    this.#host = host;
  }

  get status(): QuestionsStatus {
    return this.#status;
  }

  /** Loads the form `wanted` names, unless it is the one loaded or on its way (a failure waits for `retry`). */
  want(wanted: QuestionsForm): void {
    if (this.#wanted?.key === wanted.key && this.#wanted.version === wanted.version) return;
    this.#wanted = wanted;
    void this.#load(wanted);
  }

  retry(): void {
    if (this.#wanted) void this.#load(this.#wanted);
  }

  async #load(wanted: QuestionsForm): Promise<void> {
    const host = this.#host;
    this.#status = 'loading';
    host.requestUpdate();
    // The engine and the field templates come with <communa-form>'s chunk, loaded on demand.
    const kit =
      this.#kit ??
      (await import('../form/communa-form.ts').then(
        (module) => module.formKit,
        () => undefined,
      ));
    if (kit && !this.#kit) {
      this.#kit = kit;
      host.adoptStyles(kit);
    }
    const published = kit
      ? await new kit.FormApi(host.apiBase(), host.tenant(), wanted.key, host.ui()).form()
      : undefined;
    // Another stage's questions were asked meanwhile: this answer is of no use.
    if (this.#wanted !== wanted) return;
    const parsed =
      kit && published?.ok ? kit.formDefinitionSchema.safeParse(published.value.definition) : undefined;
    if (!published?.ok || !parsed?.success) {
      this.#status = 'failed';
      host.requestUpdate();
      return;
    }
    this.#form = { key: wanted.key, version: published.value.version, definition: parsed.data };
    this.#children.clear();
    this.#status = 'ready';
    host.requestUpdate();
  }

  /** The fields of one child's questions, with their messages. */
  fields(childId: string): TemplateResult | typeof nothing {
    const kit = this.#kit;
    const localized = this.#localizedForm();
    const child = this.#child(childId);
    if (!kit || !localized || !child) return nothing;
    const view = child.editor.view();
    const pages = kit.shownPages(view.state);
    return html`${pages.map((index) => {
      const page = localized.definition.pages[index];
      if (!page) return nothing;
      return html`${pages.length > 1 ? this.#host.heading(this.#host.sectionLevel(), page.title) : nothing}
        ${page.description ? html`<p class="hint">${page.description}</p>` : nothing}
        ${kit.renderPageFields(localized.definition, index, view, child.answers)}`;
    })}`;
  }

  /**
   * Checks the children's answers with the forms engine, as the API will: their cleaned answers, or
   * undefined with each child's errors kept for the summary and the fields.
   */
  check(childIds: readonly string[]): Map<string, Record<string, unknown>> | undefined {
    const kit = this.#kit;
    const form = this.#form;
    if (!kit || !form) return undefined;
    const cleaned = new Map<string, Record<string, unknown>>();
    let valid = true;
    for (const childId of childIds) {
      const child = this.#child(childId);
      if (!child) return undefined;
      const result = kit.validateAnswers(form.definition, child.answers, this.#options());
      child.errors = result.ok ? [] : result.errors;
      if (result.ok) cleaned.set(childId, result.value);
      else valid = false;
    }
    return valid ? cleaned : undefined;
  }

  /** The API refused the answers: its errors at each child's fields; false when none could be placed. */
  refused(errors: readonly FieldError[], childIds: readonly string[]): boolean {
    const kit = this.#kit;
    if (!kit) return false;
    this.clearErrors();
    let placed = false;
    for (const { childId, path, code, message } of childAnswerErrors(errors, childIds)) {
      const known = kit.ANSWER_ERROR_CODES.find((candidate) => candidate === code);
      const child = this.#child(childId);
      if (!known || !child) continue;
      child.errors.push({ path, code: known, message });
      placed = true;
    }
    return placed;
  }

  /** The summary's lines for the children asked, in their order, each leading to its field. */
  problems(
    children: readonly { id: string; name: string }[],
    line: (name: string, error: string) => string,
  ): QuestionProblem[] {
    const kit = this.#kit;
    if (!kit) return [];
    return children.flatMap(({ id, name }) =>
      this.#entries(id).map((entry) => ({
        id: entry.control ? kit.controlId(entry.control, id) : questionsLegendId(id),
        text: line(name, entry.summary),
      })),
    );
  }

  clearErrors(): void {
    for (const child of this.#children.values()) child.errors = [];
  }

  /** Forgets every answer (the children were enrolled). */
  reset(): void {
    this.#children.clear();
  }

  #entries(childId: string): ErrorEntry[] {
    const kit = this.#kit;
    const localized = this.#localizedForm();
    const child = this.#children.get(childId);
    if (!kit || !localized || !child || child.errors.length === 0) return [];
    return kit.describeErrors(child.errors, localized.places, this.#host.ui(), (key, params) =>
      this.#formT(key, params),
    );
  }

  /** A child's answers and their editor, made the first time the child is asked. */
  #child(childId: string): ChildAnswers | undefined {
    const kit = this.#kit;
    if (!kit || !this.#form) return undefined;
    const known = this.#children.get(childId);
    if (known) return known;
    const host = this.#host;
    const child: ChildAnswers = {
      answers: {},
      errors: [],
      editor: new kit.AnswerEditor({
        ui: () => host.ui(),
        t: (key, params) => this.#formT(key, params),
        idScope: () => childId,
        state: () => this.#state(child.answers),
        answers: () => child.answers,
        setAnswers: (next) => {
          child.answers = next;
          host.requestUpdate();
        },
        places: () => this.#localizedForm()?.places ?? new Map<string, FieldPlace>(),
        errorMessages: () => kit.messagesByControl(this.#entries(childId)),
        sectionLevel: () => host.sectionLevel(),
        heading: (level, text) => host.heading(level, text),
        announce: (text) => host.announce(text),
        focusAfterUpdate: (selector) => host.focusAfterUpdate(selector),
        requestUpdate: () => host.requestUpdate(),
        // The enrolment carries answers only: a file cannot be sent with it.
        uploadTarget: () => Promise.resolve(undefined),
      }),
    };
    this.#children.set(childId, child);
    return child;
  }

  #state(answers: Record<string, unknown>): FormState {
    return this.#kit && this.#form
      ? this.#kit.formState(this.#form.definition, answers, this.#options())
      : { pages: [], fields: {}, computed: {} };
  }

  #localizedForm(): { definition: LocalizedDefinition; places: Map<string, FieldPlace> } | undefined {
    const kit = this.#kit;
    const form = this.#form;
    if (!kit || !form) return undefined;
    const lang = this.#host.contentLang();
    if (this.#localized?.lang !== lang || this.#localized.form !== form) {
      const definition = kit.localizeDefinition(form.definition, lang, this.#host.defaultLang());
      this.#localized = { lang, form, definition, places: kit.fieldPlaces(definition) };
    }
    return this.#localized;
  }

  #options(): { today: string; lang: Language } {
    return { today: this.#kit?.calendarDayInBrussels(new Date()) ?? '', lang: this.#host.contentLang() };
  }

  #formT(key: FormMessageKey, params?: Readonly<Record<string, string>>): string {
    return this.#kit?.formText(this.#host.ui(), key, params) ?? '';
  }
}
