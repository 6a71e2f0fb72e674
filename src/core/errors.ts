/**
 * The one catalogue of error codes. Each code has a stable name (scripts match on it)
 * and a hint that tells the user what to do. Messages say what failed and where; the
 * hint says how to fix it.
 */
export const ERROR_CATALOGUE = {
  USAGE: 'Run the command with --help to see its arguments.',
  INPUT_NOT_FOUND: 'Check the path; folders are read recursively, "-" reads standard input.',
  INPUT_UNREADABLE: 'Check the file permissions, or copy the file somewhere readable.',
  INPUT_EMPTY: 'The file holds no text; remove it from the batch or re-save the page.',
  INPUT_BINARY: 'dateline reads HTML pages, plain-text page dumps and JSONL; convert the file to text first.',
  INPUT_TOO_LARGE: 'Split the file, or raise the limit with --max-bytes if it really is one page.',
  INPUT_DECODE: 'Re-save the file as UTF-8, or say its encoding in a JSONL "charset" field.',
  INPUT_JSONL: 'Each JSONL line must be one JSON object: for ingest "id" and one of "text", "html" or "raw"; for cluster "id" and "text".',
  INPUT_GZIP: 'The gzip file is truncated or corrupt; fetch or copy it again.',
  PIPELINE_ORDER: 'A stage needs a layer no earlier stage produces: fix the order in src/pipeline.ts.',
  STAGE_OUTPUT: 'A stage returned spans out of range, unsorted, or a layer it does not declare; this is a bug in that stage.',
  STAGE_FAILED: 'A stage threw on this document; the document was skipped. Report it with the document id.',
  STORE_OPEN: 'Check that the database path is writable (--db or DATELINE_DB).',
  STORE_SCHEMA: 'The database was written by a newer dateline; upgrade dateline or use another --db.',
  STORE_NOT_FOUND: 'Run "dateline list" to see the stored document ids.',
  EVAL_DATA_MISSING: 'Evaluation data lives in ../shared next to the project; point DATELINE_SHARED at it.',
  CONFIG_INVALID: 'Fix the file named in the message; the expected shape is in the README.',
} as const;

/** A stable error code from {@link ERROR_CATALOGUE}. */
export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** Options for {@link DatelineError}: the input it concerns and the wrapped cause. */
export interface DatelineErrorOptions {
  readonly input?: string;
  readonly cause?: unknown;
}

/**
 * The base error: a stable `code`, a message that says what failed and where, the
 * input it concerns (a file name, a document id), and the catalogue hint.
 */
export class DatelineError extends Error {
  readonly code: ErrorCode;
  readonly input: string | undefined;
  readonly hint: string;

  constructor(code: ErrorCode, message: string, options: DatelineErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DatelineError';
    this.code = code;
    this.input = options.input;
    this.hint = ERROR_CATALOGUE[code];
  }

  /** The message a person reads: input, what failed, what to do. */
  describe(): string {
    const where = this.input ? `${this.input}: ` : '';
    return `${where}${this.message} [${this.code}] ${this.hint}`;
  }

  toJSON(): { code: ErrorCode; message: string; input?: string; hint: string } {
    return { code: this.code, message: this.message, ...(this.input ? { input: this.input } : {}), hint: this.hint };
  }
}

/** Throws a usage error at once when a caller breaks a contract (misuse, not bad input). */
export function assertUsage(condition: unknown, message: string): asserts condition {
  if (!condition) throw new DatelineError('USAGE', message);
}

/** Gives a readable message for anything thrown, keeping DatelineError's code and hint. */
export function describeError(error: unknown): string {
  if (error instanceof DatelineError) return error.describe();
  if (error instanceof Error) return error.message;
  return String(error);
}
