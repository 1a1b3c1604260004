import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** The keys of tenants/<slug>/forms/*.yaml; undefined when the commune has no forms folder. */
export const formKeysOf = async (dir: string): Promise<ReadonlySet<string> | undefined> => {
  try {
    const entries = await readdir(join(dir, 'forms'), { withFileTypes: true });
    return new Set(
      entries
        .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
        .map((entry) => entry.name.slice(0, -5)),
    );
  } catch {
    // An unreadable folder is reported by the forms loader; here it only means no form to check against.
    return undefined;
  }
};
