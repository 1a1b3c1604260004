/**
 * The answer of a file field: what the browser says of each picked file, as the engine checks it.
 * The files themselves stay in memory until they are uploaded.
 */
export function fileAnswers(files: readonly File[]): { name: string; type: string; size: number }[] {
  return files.map((file) => ({ name: file.name, type: file.type, size: file.size }));
}
