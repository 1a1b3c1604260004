/** Error paths of the type at `index` as the editor sent it: `types.3.opinions.0` is `opinions.0`. */
export const typePath =
  (index: number) =>
  (path: string): string => {
    const prefix = `types.${index}`;
    if (path === prefix) return '';
    return path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : path;
  };
