import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { gunzipSync } from 'node:zlib';
import type { Origin } from '../core/document.js';
import { DatelineError } from '../core/errors.js';
import { decodeBytes } from './decode.js';
import { type InputItem, looksLikeHtml, type RawPage } from './raw-page.js';

/** Options for reading inputs. */
export interface ReadOptions {
  /** Largest page accepted, in bytes (after gunzip). Default 25 MB: a 20 MB page is read, a 50 MB dump refused. */
  readonly maxBytes?: number;
  /** A publication date applied to every page that does not carry its own. */
  readonly published?: string;
  /** Force the input format instead of detecting it. */
  readonly format?: 'html' | 'text';
}

export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

/** File endings skipped in folders: they are never pages (a named file is always tried). */
const SKIPPED_IN_FOLDERS = /(^|\/)\.[^/]*$|\.(db|db-wal|db-shm|lock)$/i;

/**
 * Yields the pages of the given paths in a stable order: files, folders (recursively,
 * sorted), `-` for standard input, `.jsonl` files line by line, `.gz` files unpacked.
 * Every failure is yielded as an item naming its input; one bad input never stops the rest.
 */
export async function* readInputs(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<InputItem> {
  for (const input of paths) {
    if (input === '-') {
      yield* readStdin(options);
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(input);
    } catch (error) {
      yield fail({ name: input, kind: 'file' }, new DatelineError('INPUT_NOT_FOUND', 'no such file or folder', { input, cause: error }));
      continue;
    }
    if (info.isDirectory()) {
      for (const file of await listFolder(input)) yield* readFileInput(file, options);
    } else {
      yield* readFileInput(input, options);
    }
  }
}

/** All files below a folder, sorted, skipping hidden files and databases. */
export async function listFolder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .filter((file) => !SKIPPED_IN_FOLDERS.test(path.relative(folder, file)))
    .sort();
}

function fail(origin: Origin, error: DatelineError): InputItem {
  return { ok: false, origin, error };
}

async function* readFileInput(file: string, options: ReadOptions): AsyncGenerator<InputItem> {
  const origin: Origin = { name: file, kind: 'file' };
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (/\.jsonl(\.gz)?$/i.test(file)) {
    yield* readJsonl(file, createReadStream(file), options, /\.gz$/i.test(file));
    return;
  }
  try {
    const info = await stat(file);
    if (info.size > maxBytes && !/\.gz$/i.test(file)) {
      throw new DatelineError(
        'INPUT_TOO_LARGE',
        `the file is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit for one page`,
        {
          input: file,
        },
      );
    }
    let bytes: Uint8Array = await readFile(file);
    if (/\.gz$/i.test(file) || (bytes[0] === 0x1f && bytes[1] === 0x8b)) bytes = gunzip(bytes, file, maxBytes);
    if (bytes.length > maxBytes) {
      throw new DatelineError(
        'INPUT_TOO_LARGE',
        `the page is ${formatBytes(bytes.length)} unpacked, over the ${formatBytes(maxBytes)} limit`,
        {
          input: file,
        },
      );
    }
    const decoded = decodeBytes(bytes, file);
    const format = options.format ?? (looksLikeHtml(decoded.text, file) ? 'html' : 'text');
    const page: RawPage = {
      origin,
      source: decoded.text,
      encoding: decoded.encoding,
      format,
      byteLength: bytes.length,
      ...(options.published ? { published: options.published } : {}),
    };
    yield { ok: true, page };
  } catch (error) {
    yield fail(origin, asInputError(error, file));
  }
}

function gunzip(bytes: Uint8Array, file: string, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes + 1 });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      throw new DatelineError('INPUT_TOO_LARGE', `the page unpacks to over ${formatBytes(maxBytes)}`, { input: file, cause: error });
    }
    throw new DatelineError('INPUT_GZIP', `cannot unpack the gzip data (${(error as Error).message})`, { input: file, cause: error });
  }
}

function asInputError(error: unknown, input: string): DatelineError {
  if (error instanceof DatelineError) return error;
  const code = (error as { code?: string }).code;
  if (code === 'EACCES' || code === 'EISDIR' || code === 'EPERM') {
    return new DatelineError('INPUT_UNREADABLE', `cannot read the file (${code})`, { input, cause: error });
  }
  return new DatelineError('INPUT_UNREADABLE', `cannot read the file: ${(error as Error).message}`, { input, cause: error });
}

async function* readStdin(options: ReadOptions): AsyncGenerator<InputItem> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  const origin: Origin = { name: '-', kind: 'stdin' };
  const head = bytes.subarray(0, 1).toString();
  if (head === '{') {
    const { Readable } = await import('node:stream');
    yield* readJsonl('-', Readable.from([bytes]), options, false);
    return;
  }
  try {
    const decoded = decodeBytes(bytes, 'standard input');
    yield {
      ok: true,
      page: {
        origin,
        source: decoded.text,
        encoding: decoded.encoding,
        format: options.format ?? (looksLikeHtml(decoded.text) ? 'html' : 'text'),
        byteLength: bytes.length,
        ...(options.published ? { published: options.published } : {}),
      },
    };
  } catch (error) {
    yield fail(origin, asInputError(error, 'standard input'));
  }
}

/** One JSONL input line as DESIGN.md defines it. */
interface JsonlRecord {
  id?: unknown;
  text?: unknown;
  html?: unknown;
  raw?: unknown;
  url?: unknown;
  published?: unknown;
}

/**
 * Reads JSONL input line by line (streaming: memory stays flat whatever the file size).
 * Each line is `{id, text}` (clean text), `{id, html}` or `{id, raw}` (a page to extract).
 */
export async function* readJsonl(
  name: string,
  stream: NodeJS.ReadableStream,
  options: ReadOptions,
  gzipped: boolean,
): AsyncGenerator<InputItem> {
  let input: NodeJS.ReadableStream = stream;
  if (gzipped) {
    const { createGunzip } = await import('node:zlib');
    input = stream.pipe(createGunzip());
  }
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      const origin: Origin = { name, kind: 'jsonl', line: lineNumber };
      yield parseJsonlLine(line, origin, options);
    }
  } catch (error) {
    yield fail(
      { name, kind: 'jsonl', line: lineNumber + 1 },
      new DatelineError(
        gzipped ? 'INPUT_GZIP' : 'INPUT_UNREADABLE',
        `reading stopped after line ${lineNumber}: ${(error as Error).message}`,
        {
          input: name,
          cause: error,
        },
      ),
    );
  }
}

function parseJsonlLine(line: string, origin: Origin, options: ReadOptions): InputItem {
  const where = `${origin.name}:${origin.line}`;
  let record: JsonlRecord;
  try {
    record = JSON.parse(line) as JsonlRecord;
  } catch (error) {
    return fail(origin, new DatelineError('INPUT_JSONL', 'the line is not valid JSON', { input: where, cause: error }));
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return fail(origin, new DatelineError('INPUT_JSONL', 'expected a JSON object on the line', { input: where }));
  }
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : undefined;
  const withId: Origin = id === undefined ? origin : { ...origin, externalId: id };
  const body = [record.text, record.html, record.raw].find((v) => typeof v === 'string') as string | undefined;
  if (body === undefined) {
    return fail(withId, new DatelineError('INPUT_JSONL', 'expected a string field "text", "html" or "raw"', { input: where }));
  }
  if (body.trim() === '') return fail(withId, new DatelineError('INPUT_EMPTY', 'the page on this line is empty', { input: where }));
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const byteLength = Buffer.byteLength(body);
  if (byteLength > maxBytes) {
    return fail(withId, new DatelineError('INPUT_TOO_LARGE', `the page is ${formatBytes(byteLength)}, over the limit`, { input: where }));
  }
  const format: RawPage['format'] =
    typeof record.text === 'string' ? 'clean' : typeof record.html === 'string' ? 'html' : looksLikeHtml(body) ? 'html' : 'text';
  const published = typeof record.published === 'string' ? record.published : options.published;
  return {
    ok: true,
    page: {
      origin: withId,
      source: body.replace(/\r\n?/g, '\n'),
      encoding: 'utf-8',
      format,
      byteLength,
      ...(typeof record.url === 'string' ? { url: record.url } : {}),
      ...(published ? { published } : {}),
    },
  };
}

/** "12.3 MB" for messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
