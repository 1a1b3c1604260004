import type { Language } from '@communa/tenant-config';
import { mailTexts } from './catalogue.ts';
import { escapeHtml } from './escape-html.ts';
import type { MailBrand } from './mail-brand.ts';

/** The few kinds of content an e-mail is made of; each renders to HTML and to plain text. */
export type MailBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'action'; label: string; url: string }
  | { kind: 'note'; text: string };

export interface RenderedMail {
  lang: Language;
  subject: string;
  html: string;
  text: string;
}

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
const FALLBACK = { primary: '#1d3557', onPrimary: '#ffffff' };
const TEXT_COLOR = '#1a1a1a';
const MUTED_COLOR = '#52525b';
const FONT = 'Arial, Helvetica, sans-serif';

/** Text written by people (staff, a commune's template) as paragraphs: a blank line starts one. */
export function paragraphBlocks(text: string): MailBlock[] {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => ({ kind: 'paragraph', text: paragraph }));
}

/**
 * One layout for every e-mail: the commune's name on its primary colour, the blocks, a footer.
 * Styles are inline and there are no images, which is what mail clients render reliably. Every
 * piece of text is escaped here, so templates pass plain text.
 */
export function renderMail(
  brand: MailBrand,
  content: { subject: string; blocks: readonly MailBlock[] },
): RenderedMail {
  const colors = {
    primary: HEX_COLOR.test(brand.colorPrimary) ? brand.colorPrimary : FALLBACK.primary,
    onPrimary: HEX_COLOR.test(brand.colorOnPrimary) ? brand.colorOnPrimary : FALLBACK.onPrimary,
  };
  for (const block of content.blocks) if (block.kind === 'action') assertWebUrl(block.url);
  const footer = mailTexts[brand.lang].footer(brand.communeName);
  return {
    lang: brand.lang,
    subject: content.subject,
    html: renderHtml(brand, colors, content, footer),
    text: renderText(brand, content.blocks, footer),
  };
}

function renderHtml(
  brand: MailBrand,
  colors: { primary: string; onPrimary: string },
  content: { subject: string; blocks: readonly MailBlock[] },
  footer: string,
): string {
  const blocks = content.blocks.map((block) => blockHtml(block, colors)).join('\n');
  return `<!doctype html>
<html lang="${brand.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f4f4f5;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f5;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:6px;font-family:${FONT};color:${TEXT_COLOR};">
<tr><td style="background:${colors.primary};color:${colors.onPrimary};padding:16px 24px;font-size:18px;font-weight:bold;border-radius:6px 6px 0 0;">${escapeHtml(brand.communeName)}</td></tr>
<tr><td style="padding:24px;font-size:16px;line-height:1.5;">
${blocks}
</td></tr>
<tr><td style="padding:16px 24px;font-size:13px;color:${MUTED_COLOR};border-top:1px solid #e4e4e7;">${escapeHtml(footer)}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

function blockHtml(block: MailBlock, colors: { primary: string; onPrimary: string }): string {
  switch (block.kind) {
    case 'heading':
      return `<h1 style="margin:0 0 16px;font-size:22px;line-height:1.3;">${escapeHtml(block.text)}</h1>`;
    case 'paragraph':
      return `<p style="margin:0 0 16px;">${withLineBreaks(block.text)}</p>`;
    case 'code':
      return `<p style="margin:0 0 16px;"><span style="display:inline-block;padding:12px 20px;border:2px solid ${colors.primary};border-radius:6px;font-family:'Courier New',Courier,monospace;font-size:30px;font-weight:bold;letter-spacing:6px;">${escapeHtml(block.text)}</span></p>`;
    case 'action':
      return `<p style="margin:0 0 16px;"><a href="${escapeHtml(block.url)}" style="display:inline-block;padding:12px 20px;background:${colors.primary};color:${colors.onPrimary};border-radius:6px;text-decoration:none;font-weight:bold;">${escapeHtml(block.label)}</a></p>`;
    case 'note':
      return `<p style="margin:0 0 16px;font-size:14px;color:${MUTED_COLOR};">${withLineBreaks(block.text)}</p>`;
  }
}

function withLineBreaks(text: string): string {
  return text.split('\n').map(escapeHtml).join('<br>');
}

function renderText(brand: MailBrand, blocks: readonly MailBlock[], footer: string): string {
  const parts = blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
        return block.text.toUpperCase();
      case 'code':
        return `    ${block.text}`;
      case 'action':
        return `${block.label}:\n${block.url}`;
      default:
        return block.text;
    }
  });
  return `${[brand.communeName, ...parts].join('\n\n')}\n\n-- \n${footer}\n`;
}

/** A link in an e-mail must open a web page; anything else (javascript:, data:) is a bug. */
function assertWebUrl(url: string): void {
  const protocol = URL.canParse(url) ? new URL(url).protocol : '';
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new Error(`E-mail links must be http(s) URLs, got “${url}”`);
  }
}
