import type { RenderedMail } from './layout.ts';
import { renderMail } from './layout.ts';
import type { MailBrand } from './mail-brand.ts';

/** Text already in the recipient's language, written by the calling service or the commune. */
export interface NoticeInput {
  /** Default: the title. */
  subject?: string;
  title: string;
  paragraphs: readonly string[];
  action?: { label: string; url: string };
}

/** A general-purpose message: a title, some paragraphs and at most one button. */
export function renderNotice(brand: MailBrand, input: NoticeInput): RenderedMail {
  return renderMail(brand, {
    subject: input.subject ?? input.title,
    blocks: [
      { kind: 'heading', text: input.title },
      ...input.paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
      ...(input.action ? [{ kind: 'action' as const, ...input.action }] : []),
    ],
  });
}
