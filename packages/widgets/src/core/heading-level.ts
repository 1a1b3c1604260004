/** A heading level the host page asked for, kept within 1–6 (2 when the value is unusable). */
export function clampHeadingLevel(value: number): number {
  if (!Number.isFinite(value)) return 2;
  return Math.min(6, Math.max(1, Math.round(value)));
}
