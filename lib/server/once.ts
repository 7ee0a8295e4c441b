/**
 * A value computed once per process, on first use, and shared by every caller after; a failed
 * computation is not kept (the next caller tries again: content being edited under `next dev`).
 */
export function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | null = null;
  return () => {
    value ??= compute().catch((error: unknown) => {
      value = null;
      throw error;
    });
    return value;
  };
}
