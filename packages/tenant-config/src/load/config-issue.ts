export type ConfigIssue = {
  severity: 'error' | 'warning';
  /** Relative to the working directory, so editors and CI annotations can open it. */
  file: string;
  line: number;
  column: number;
  /** Dotted path in the file, e.g. `services.2.title.nl`; empty for a problem with the file itself. */
  path: string;
  message: string;
};

export const formatIssue = (issue: ConfigIssue): string => {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  const what = issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
  return `${where} ${issue.severity} ${what}`;
};

export const dottedPath = (path: readonly PropertyKey[]): string => path.map(String).join('.');
