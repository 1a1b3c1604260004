import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatIssue } from '../load/config-issue.ts';
import { loadTenants } from '../load/load-tenants.ts';

const USAGE = `Usage: npm run tenants:validate [-- <slug> …]

Checks tenants/<slug>/tenant.yaml, stages.yaml, forms/*.yaml and event-types.yaml of every commune (or only the ones named).
The tenants folder is $TENANTS_DIR when set, else <repo>/tenants.
Exits with 1 when a file has an error; warnings alone exit with 0.`;

// This file sits at <repo>/packages/tenant-config/src/cli/.
const DEFAULT_TENANTS_DIR = fileURLToPath(new URL('../../../../tenants', import.meta.url));

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

const main = async (): Promise<number> => {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine();
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help === true) {
    console.log(USAGE);
    return 0;
  }

  const rootDir = process.env.TENANTS_DIR || DEFAULT_TENANTS_DIR;
  const slugs = parsed.positionals.length > 0 ? parsed.positionals : undefined;
  const { checked, issues } = await loadTenants(rootDir, slugs);
  for (const issue of issues) console.log(formatIssue(issue));

  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  console.log(
    `${plural(checked.length, 'commune')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
  );
  return errors > 0 ? 1 : 0;
};

const parseCommandLine = () =>
  parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });

process.exitCode = await main();
