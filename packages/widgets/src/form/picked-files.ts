import type { Uploaded } from './file-upload.ts';

/**
 * The answer of a file field: each picked file as the server stored it once uploaded (its id and
 * the type read from its content), else as the browser describes it while it is on its way.
 */
export function fileAnswers(
  files: readonly File[],
  uploaded: ReadonlyMap<File, Uploaded>,
): { name: string; type: string; size: number; id?: string }[] {
  return files.map((file) => {
    const done = uploaded.get(file);
    return done
      ? { name: file.name, type: done.type, size: done.size, id: done.id }
      : { name: file.name, type: file.type, size: file.size };
  });
}
