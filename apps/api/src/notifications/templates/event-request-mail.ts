import type { Language } from '@communa/tenant-config';
import type { MailBlock, RenderedMail } from './layout.ts';
import { renderMail } from './layout.ts';
import type { MailBrand } from './mail-brand.ts';

/** What one step's e-mail to the requester of an event request says, in one language. */
export interface EventRequestMailTexts {
  subject: (title: string, reference: string) => string;
  heading: string;
  /** What happened to the request. */
  intro: (title: string) => string;
  /** What comes next. */
  note: string;
  action: string;
}

export interface EventRequestMailInput {
  title: string;
  reference: string;
  /** The commune's page where requesters follow their requests. */
  followUrl: string;
}

/**
 * The frame the requester's e-mails about an event request's steps share: the heading, what
 * happened, anything the commune wrote (`said`), the reference, what comes next, and the link to
 * follow the request.
 */
export function renderEventRequestMail(
  brand: MailBrand,
  texts: Readonly<Record<Language, EventRequestMailTexts>>,
  input: EventRequestMailInput,
  said: readonly MailBlock[] = [],
): RenderedMail {
  const t = texts[brand.lang];
  return renderMail(brand, {
    subject: t.subject(input.title, input.reference),
    blocks: [
      { kind: 'heading', text: t.heading },
      { kind: 'paragraph', text: t.intro(input.title) },
      ...said,
      { kind: 'code', text: input.reference },
      { kind: 'note', text: t.note },
      { kind: 'action', label: t.action, url: input.followUrl },
    ],
  });
}
