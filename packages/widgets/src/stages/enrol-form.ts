import { html, nothing, type TemplateResult } from 'lit';
import type { Child } from '../account/account-api.ts';
import type { Message } from './message-choice.ts';
import { type QuestionProblem, type QuestionsStatus, questionsLegendId } from './stage-questions.ts';
import { heading, say, type ViewText } from './stage-views.ts';
import type { StageSession } from './stages-api.ts';
import type { StagesMessageKey } from './stages-messages.ts';

/** Who is enrolling: unknown while the session is read, signed out, or a parent with a household. */
export type Parent =
  | { kind: 'checking' }
  | { kind: 'signed-out' }
  | { kind: 'no-household' }
  | { kind: 'signed-in'; children: Child[] };

export type FormProblem = 'session' | 'children';

/** The answer for one session: its days (when several were asked) and a message per child. */
export interface AnswerGroup {
  session: string | undefined;
  messages: Message[];
}

/** A stage's questions, asked for each child chosen. */
export interface QuestionsSlot {
  status: QuestionsStatus;
  fields(childId: string): unknown;
  /** The answers' errors, in the summary: each child's, in order. */
  problems: readonly QuestionProblem[];
  onRetry: () => void;
}

export interface EnrolInput {
  headingLevel: number;
  sessions: readonly StageSession[];
  parent: Parent;
  busy: boolean;
  problems: readonly FormProblem[];
  /** The children ticked; with questions, each one's are asked below. */
  chosen: readonly string[];
  onChildChange: (event: Event) => void;
  /** The stage's questions, when it asks any. */
  questions: QuestionsSlot | undefined;
  /** A general error (network, session ended…), shown above the button. */
  error: StagesMessageKey | undefined;
  answer: readonly AnswerGroup[] | undefined;
  /** Where the page's account box is, when the host gave it or it is on the page. */
  signIn: { href: string } | { onClick: () => void } | undefined;
  onSubmit: (event: SubmitEvent) => void;
}

const PROBLEM_TEXT: Readonly<Record<FormProblem, StagesMessageKey>> = {
  session: 'errorPickSession',
  children: 'errorPickChild',
};
const PROBLEM_FIELD: Readonly<Record<FormProblem, string>> = {
  session: 'sessions-legend',
  children: 'children-legend',
};

/** The enrolment form of one stage: one or several sessions and children, "all or none", then the answer per child. */
export function renderEnrol(v: ViewText, input: EnrolInput): TemplateResult {
  return html`<section class="enrol" part="enrol" aria-labelledby="enrol-heading">
    ${heading(input.headingLevel, v.t('enrolHeading'), { id: 'enrol-heading', cls: 'subheading', part: 'subheading' })}
    ${renderBody(v, input)}
    ${input.answer ? renderAnswer(v, input.answer, input.headingLevel + 1) : nothing}
  </section>`;
}

function renderBody(v: ViewText, input: EnrolInput): TemplateResult {
  const { parent } = input;
  if (parent.kind === 'checking') return html`<p>${v.t('loading')}</p>`;
  if (parent.kind === 'signed-out') {
    const signIn = input.signIn;
    return html`<p>${v.t('signInToEnrol')}</p>
      ${
        signIn === undefined
          ? nothing
          : 'href' in signIn
            ? html`<a class="button" part="sign-in" href=${signIn.href}>${v.t('signInButton')}</a>`
            : html`<button type="button" class="button" part="sign-in" @click=${signIn.onClick}>${v.t('signInButton')}</button>`
      }`;
  }
  if (parent.kind === 'no-household') return html`<p>${v.t('errorHousehold')}</p>`;
  if (parent.children.length === 0) return html`<p>${v.t('needChildren')}</p>`;
  const sessions = input.sessions.filter((session) => session.enrolment.status !== 'closed');
  const invalid = (problem: FormProblem) => input.problems.includes(problem);
  const answerProblems = input.questions?.problems ?? [];
  return html`<form class="enrol-form" part="form" novalidate @submit=${input.onSubmit}>
    ${
      input.problems.length > 0 || answerProblems.length > 0
        ? html`<div id="enrol-summary" class="alert" part="alert error-summary" role="alert" tabindex="-1">
            <p>${v.t('errorSummary')}</p>
            <ul>
              ${input.problems.map((p) => html`<li><a href=${`#${PROBLEM_FIELD[p]}`} @click=${focusField(p)}>${v.t(PROBLEM_TEXT[p])}</a></li>`)}
              ${answerProblems.map((p) => html`<li><a href=${`#${p.id}`} @click=${focusId(p.id)}>${p.text}</a></li>`)}
            </ul>
          </div>`
        : nothing
    }
    <fieldset part="fieldset" aria-invalid=${invalid('session') ? 'true' : 'false'}>
      <legend id="sessions-legend" tabindex="-1">${v.t('chooseSession')}</legend>
      ${sessions.map(
        (session) => html`<div class="choice">
          <input type="checkbox" id="session-${session.id}" name="session" value=${session.id} part="checkbox"
            ?checked=${sessions.length === 1} />
          <label for="session-${session.id}">${v.format.days(session.days)}
            — ${session.enrolment.status === 'open' && session.seatsLeft <= 0 ? v.t('full') : v.t('agesRange', { min: String(session.ages.min), max: String(session.ages.max) })}</label>
        </div>`,
      )}
    </fieldset>
    <fieldset part="fieldset" aria-invalid=${invalid('children') ? 'true' : 'false'}>
      <legend id="children-legend" tabindex="-1">${v.t('chooseChildren')}</legend>
      ${parent.children.map(
        (child) => html`<div class="choice">
          <input type="checkbox" id="child-${child.id}" name="child" value=${child.id} part="checkbox"
            .checked=${input.chosen.includes(child.id)} @change=${input.onChildChange} />
          <label for="child-${child.id}">${child.firstName} ${child.lastName}</label>
        </div>`,
      )}
    </fieldset>
    ${
      parent.children.length > 1
        ? html`<div class="choice">
            <input type="checkbox" id="all-or-none" name="allOrNone" part="checkbox" />
            <label for="all-or-none">${v.t('allOrNone')}</label>
          </div>`
        : nothing
    }
    ${
      input.questions
        ? renderQuestions(
            v,
            input.questions,
            parent.children.filter((child) => input.chosen.includes(child.id)),
          )
        : nothing
    }
    ${input.error ? html`<p id="enrol-error" class="alert" part="alert" role="alert" tabindex="-1">${v.t(input.error)}</p>` : nothing}
    <div class="actions">
      <button type="submit" id="enrol-submit" class="button" part="submit" aria-disabled=${input.busy ? 'true' : 'false'}>
        ${input.busy ? v.t('enrolling') : v.t('enrolButton')}
      </button>
    </div>
  </form>`;
}

/** A summary link moves focus to the group it names (inside the shadow root, where `#id` links do not scroll). */
function focusField(problem: FormProblem) {
  return (event: MouseEvent) => {
    event.preventDefault();
    const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
    root
      .getElementById(PROBLEM_FIELD[problem])
      ?.parentElement?.querySelector<HTMLInputElement>('input')
      ?.focus();
  };
}

/** A summary link to a question moves focus to its control (or to its child's legend). */
function focusId(id: string) {
  return (event: MouseEvent) => {
    event.preventDefault();
    const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
    root.getElementById(id)?.focus();
  };
}

/** The stage's questions: one group per child chosen, named after the child. */
function renderQuestions(v: ViewText, questions: QuestionsSlot, chosen: readonly Child[]): TemplateResult {
  const body = () => {
    switch (questions.status) {
      case 'loading':
        return html`<p>${v.t('questionsLoading')}</p>`;
      case 'failed':
        return html`<div id="questions-error" class="alert" part="alert" role="alert">
          <p>${v.t('errorQuestions')}</p>
          <button type="button" class="button secondary" part="retry-button" @click=${questions.onRetry}>${v.t('retry')}</button>
        </div>`;
      case 'ready':
        return chosen.length === 0
          ? html`<p>${v.t('questionsPickChild')}</p>`
          : chosen.map(
              (child) => html`<fieldset class="questions-child" part="fieldset questions">
                <legend id=${questionsLegendId(child.id)} tabindex="-1">
                  ${v.t('questionsFor', { name: `${child.firstName} ${child.lastName}` })}
                </legend>
                ${questions.fields(child.id)}
              </fieldset>`,
            );
    }
  };
  return html`<div class="questions" part="questions">
    <p>${v.t('questionsIntro')}</p>
    ${body()}
  </div>`;
}

function renderAnswer(v: ViewText, answer: readonly AnswerGroup[], level: number): TemplateResult {
  const results = (messages: readonly Message[]) => html`<ul class="results" part="results">
    ${messages.map((message) => html`<li class="result" part="result" data-result=${message.key}>${say(v, message)}</li>`)}
  </ul>`;
  return html`<div class="answer" part="answer">
    ${heading(level, v.t('answerHeading'), { id: 'answer-heading', cls: 'subheading', part: 'subheading' })}
    ${
      answer.length === 1 && answer[0]
        ? results(answer[0].messages)
        : html`<ul class="answer-sessions">
            ${answer.map((group) => html`<li><p class="answer-session">${group.session}</p>${results(group.messages)}</li>`)}
          </ul>`
    }
  </div>`;
}
