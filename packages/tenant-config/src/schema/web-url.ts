import * as z from 'zod';

const parse = (value: string): URL | undefined => {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
};

/** A public web page: absolute, https (or http when `allowHttp`), with a real host name. */
export const webUrlSchema = ({ allowHttp }: { allowHttp: boolean }) => {
  const expected = allowHttp ? 'an http(s) address' : 'an https address';
  return z.string({ error: `must be ${expected} like https://www.example.be/page` }).refine(
    (value) => {
      const url = parse(value);
      if (url === undefined || url.username !== '' || url.password !== '') return false;
      const schemeOk = url.protocol === 'https:' || (allowHttp && url.protocol === 'http:');
      return schemeOk && url.hostname.includes('.');
    },
    { error: (issue) => `"${String(issue.input)}" is not ${expected} like https://www.example.be/page` },
  );
};
