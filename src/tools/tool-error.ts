/** A failure of `npm run pdf` that the person running it can fix: what went wrong, and how to fix it. */
export class ExportError extends Error {
  /** What to do about it, in a sentence or two. */
  readonly hint: string;

  constructor(message: string, hint: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ExportError';
    this.hint = hint;
  }
}
