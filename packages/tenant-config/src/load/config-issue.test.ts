import { describe, expect, it } from 'vitest';
import { dottedPath, formatIssue } from './config-issue.ts';

describe('formatIssue', () => {
  it('prints file:line:column, severity, path and message', () => {
    const issue = {
      severity: 'error',
      file: 'tenants/liege/tenant.yaml',
      line: 12,
      column: 5,
      path: 'theme.colorPrimary',
      message: 'must be a colour written #rrggbb, like #b5121b',
    } as const;
    expect(formatIssue(issue)).toBe(
      'tenants/liege/tenant.yaml:12:5 error theme.colorPrimary: must be a colour written #rrggbb, like #b5121b',
    );
    expect(formatIssue({ ...issue, severity: 'warning', path: '', message: 'file not found' })).toBe(
      'tenants/liege/tenant.yaml:12:5 warning file not found',
    );
  });

  it('joins paths with dots', () => {
    expect(dottedPath(['services', 2, 'title', 'nl'])).toBe('services.2.title.nl');
    expect(dottedPath([])).toBe('');
  });
});
