import type { Language } from '@communa/tenant-config';
import { LANGUAGES } from '@communa/tenant-config';
import { describe, expect, it } from 'vitest';
import { mailingTenant, THEME } from '../testing/mail-fixtures.ts';
import { renderMail } from './layout.ts';
import type { MailBrand } from './mail-brand.ts';
import { mailBrand, mailLanguage } from './mail-brand.ts';
import { renderNotice } from './notice.ts';
import { renderSignInCode } from './sign-in-code.ts';

const tenant = { ...mailingTenant(), theme: THEME };
const brand = (lang: Language): MailBrand => mailBrand(tenant, lang);

const EXPECTED: Record<Language, { subject: string; validity: string; notYou: string }> = {
  fr: {
    subject: 'Votre code de connexion — Ville de Liège',
    validity: 'valable 10 minutes',
    notYou: 'Si vous n’avez pas demandé ce code',
  },
  nl: {
    subject: 'Uw aanmeldcode — Stad Luik',
    validity: '10 minuten geldig',
    notYou: 'Hebt u deze code niet aangevraagd?',
  },
  de: {
    subject: 'Ihr Anmeldecode — Stadt Lüttich',
    validity: '10 Minuten gültig',
    notYou: 'Wenn Sie diesen Code nicht angefordert haben',
  },
  en: {
    subject: 'Your sign-in code — City of Liège',
    validity: 'valid for 10 minutes',
    notYou: 'If you did not ask for this code',
  },
};

describe('sign-in code e-mail', () => {
  it.each(LANGUAGES)('renders in %s, HTML and text, with the commune’s name and colours', (lang) => {
    const mail = renderSignInCode(brand(lang), { code: '482913', validMinutes: 10 });
    const expected = EXPECTED[lang];
    expect(mail.lang).toBe(lang);
    expect(mail.subject).toBe(expected.subject);
    expect(mail.html).toContain(`<html lang="${lang}">`);
    expect(mail.html).toContain('background:#b5121b;color:#ffffff');
    for (const part of [mail.html, mail.text]) {
      expect(part).toContain('482913');
      expect(part).toContain(expected.validity);
      expect(part).toContain(tenant.names[lang]);
    }
    expect(mail.html).toContain(expected.notYou);
    expect(mail.text).toContain(expected.notYou);
    expect(mail.text).not.toMatch(/<[a-z]/i);
  });

  it('says "1 minute" in the singular', () => {
    expect(renderSignInCode(brand('en'), { code: '1', validMinutes: 1 }).text).toContain(
      'valid for 1 minute ',
    );
    expect(renderSignInCode(brand('de'), { code: '1', validMinutes: 1 }).text).toContain('1 Minute gültig');
  });

  it('loads nothing from elsewhere: no images, scripts or stylesheets', () => {
    const { html } = renderSignInCode(brand('fr'), { code: '482913', validMinutes: 10 });
    expect(html).not.toMatch(/<img|<script|<link|url\(|src=/i);
  });
});

describe('escaping', () => {
  const hostile: MailBrand = {
    lang: 'en',
    communeName: 'Evil <script>alert(1)</script> & "Co"',
    colorPrimary: 'red;background:url(https://tracker.example/p.png)',
    colorOnPrimary: '#ffffff',
  };

  it('escapes every interpolated value in the HTML part and keeps the text part as written', () => {
    const mail = renderNotice(hostile, {
      title: '<b>Title</b>',
      paragraphs: ['Tom & Jerry\'s "show"', 'line one\nline <two>'],
      action: { label: '<i>Open</i>', url: 'https://example.be/?a=1&b="2"' },
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>Title</b>');
    expect(mail.html).toContain('Evil &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
    expect(mail.html).toContain('Tom &amp; Jerry&#39;s &quot;show&quot;');
    expect(mail.html).toContain('line one<br>line &lt;two&gt;');
    expect(mail.html).toContain('href="https://example.be/?a=1&amp;b=&quot;2&quot;"');
    expect(mail.html).toContain('&lt;i&gt;Open&lt;/i&gt;');
    expect(mail.text).toContain('Evil <script>alert(1)</script> & "Co"');
    expect(mail.text).toContain('<i>Open</i>:\nhttps://example.be/?a=1&b="2"');
  });

  it('never puts a colour that is not #rrggbb into a style', () => {
    const { html } = renderNotice(hostile, { title: 'x', paragraphs: [] });
    expect(html).not.toContain('tracker.example');
    expect(html).toContain('background:#1d3557;color:#ffffff');
  });

  it('refuses links that are not web pages', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'not a url']) {
      expect(() =>
        renderNotice(brand('fr'), { title: 'x', paragraphs: [], action: { label: 'Go', url } }),
      ).toThrow(/http\(s\)/);
    }
  });
});

describe('notice e-mail', () => {
  it('has a title, paragraphs and one optional button in the commune’s colours', () => {
    const mail = renderNotice(brand('nl'), {
      title: 'Uw inschrijving is bevestigd',
      paragraphs: ['Eerste alinea.', 'Tweede alinea.'],
      action: { label: 'Mijn aanvragen', url: 'https://www.liege.be/account' },
    });
    expect(mail.subject).toBe('Uw inschrijving is bevestigd');
    expect(mail.html).toContain('<a href="https://www.liege.be/account" style="display:inline-block;');
    expect(mail.html).toContain('background:#b5121b;color:#ffffff;border-radius:6px');
    expect(mail.html).toContain('Automatisch bericht — Stad Luik');
    expect(mail.text).toBe(
      [
        'Stad Luik',
        'UW INSCHRIJVING IS BEVESTIGD',
        'Eerste alinea.',
        'Tweede alinea.',
        'Mijn aanvragen:\nhttps://www.liege.be/account',
        '-- \nAutomatisch bericht — Stad Luik\n',
      ].join('\n\n'),
    );
  });

  it('takes a subject other than the title', () => {
    const mail = renderMail(brand('en'), {
      subject: 'Reminder',
      blocks: [{ kind: 'paragraph', text: 'Hi' }],
    });
    expect(mail.subject).toBe('Reminder');
    expect(renderNotice(brand('en'), { subject: 'S', title: 'T', paragraphs: [] }).subject).toBe('S');
  });
});

describe('mailLanguage', () => {
  const offeringFrNl = { languages: { offered: ['fr', 'nl'] as Language[], default: 'fr' as const } };

  it('takes the recipient’s language when the commune offers it', () => {
    expect(mailLanguage(offeringFrNl, 'nl')).toBe('nl');
    expect(mailLanguage(offeringFrNl, 'nl-BE')).toBe('nl');
    expect(mailLanguage(offeringFrNl, ' NL ')).toBe('nl');
  });

  it('falls back to the commune’s default otherwise', () => {
    expect(mailLanguage(offeringFrNl, 'de')).toBe('fr');
    expect(mailLanguage(offeringFrNl, 'es')).toBe('fr');
    expect(mailLanguage(offeringFrNl, '')).toBe('fr');
    expect(mailLanguage(offeringFrNl, null)).toBe('fr');
    expect(mailLanguage(offeringFrNl, undefined)).toBe('fr');
  });

  it('names the commune in the mail’s language, else in its default one', () => {
    const frOnly = { ...tenant, names: { fr: 'Commune de Herstal' } };
    expect(mailBrand(tenant, 'de').communeName).toBe('Stadt Lüttich');
    expect(mailBrand(frOnly, 'en').communeName).toBe('Commune de Herstal');
  });
});
