/** Vite (and so vitest) imports a file's text with `?raw`; only tests use it, to check the README. */
declare module '*.md?raw' {
  const text: string;
  export default text;
}
