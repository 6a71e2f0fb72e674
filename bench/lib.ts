/**
 * Small helpers shared by the benchmarks: figures, statistics, machine description and
 * child processes. Benchmarks measure wall-clock time with `performance.now()`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One measured figure, as printed in the table and the JSON line. */
export interface Figure {
  readonly bench: string;
  readonly metric: string;
  readonly value: number | null;
  readonly unit: string;
  /** The target, written as text ("≥ 2000"), where the issues set one. */
  readonly target?: string;
  /** Whether the target is met; undefined where there is none. */
  readonly pass?: boolean;
  /** Spread of repeated measurements ("p10–p90 1,850–2,210"). */
  readonly spread?: string;
  readonly note?: string;
}

/** The folder of the benchmark files. */
export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));

/**
 * Which build of dateline the benchmarks measure: `dist` (default), the JavaScript tsc emits
 * and `npx dateline` runs, or `src` (DATELINE_BENCH_ENGINE=src), the TypeScript sources
 * through tsx, whose on-the-fly transform adds helpers to every function (about 15% slower
 * on extraction) that no user runs.
 */
export const ENGINE: 'dist' | 'src' = process.env.DATELINE_BENCH_ENGINE === 'src' ? 'src' : 'dist';

const ROOT = path.dirname(BENCH_DIR);

/** Newest modification time of the TypeScript sources under src (tests excluded). */
function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

let checked = false;

/**
 * Imports an engine module by its path under src without extension (`pipeline`,
 * `store/database`) from the build {@link ENGINE} names. Throws when dist is missing or
 * older than the sources, so a benchmark never measures stale code: `npm run bench` builds first.
 */
export async function importEngine<T>(module: string): Promise<T> {
  if (ENGINE === 'src') return (await import(pathToFileURL(path.join(ROOT, 'src', `${module}.ts`)).href)) as T;
  const file = path.join(ROOT, 'dist', `${module}.js`);
  if (!checked) {
    const pipeline = path.join(ROOT, 'dist', 'pipeline.js');
    if (!existsSync(pipeline) || statSync(pipeline).mtimeMs < newestSource(path.join(ROOT, 'src'))) {
      throw new Error('dist/ is missing or older than src/: run `npm run build` (npm run bench does) or set DATELINE_BENCH_ENGINE=src');
    }
    checked = true;
  }
  return (await import(pathToFileURL(file).href)) as T;
}

/** The value at quantile q (0..1) of a list, by nearest rank on a sorted copy. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

/** The median of a list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** "p10–p90 a–b" of a list of rates or times, rounded for reading. */
export function describeSpread(values: readonly number[], digits = 0): string {
  if (values.length < 2) return '';
  return `p10–p90 ${formatNumber(quantile(values, 0.1), digits)}–${formatNumber(quantile(values, 0.9), digits)} (n=${values.length})`;
}

/** A number with thousands separators and a fixed number of decimals. */
export function formatNumber(value: number | null, digits = 0): string {
  if (value === null || Number.isNaN(value)) return 'n/a';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** The machine the figures come from. */
export function describeMachine(): { node: string; cpu: string; cores: number; platform: string; memoryGb: number; loadAverage: number[] } {
  return {
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    node: process.version,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    platform: `${os.platform()} ${os.release()}`,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
  };
}

/** CPU time (user + system) this process has used, in ms: robust to other load on the machine. */
export function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Resident set size now, in MB. */
export function rssMb(): number {
  return process.memoryUsage.rss() / 1024 / 1024;
}

/** Peak resident set size of this process so far, in MB (`maxRSS` is in KB). */
export function maxRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * Runs a TypeScript file of the bench folder in a child Node (with tsx) and returns the
 * last line it printed on stdout, parsed as JSON. The child is killed after `timeoutMs`.
 */
export function runChild<T>(file: string, args: readonly string[], timeoutMs: number, nodeArgs: readonly string[] = []): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', path.join(BENCH_DIR, file), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: path.dirname(BENCH_DIR),
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) {
        reject(new Error(`${file} ${args.join(' ')} exited with ${code ?? signal}: ${err.trim().split('\n').slice(-5).join(' | ')}`));
        return;
      }
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${file} printed no JSON result: ${last.slice(0, 200)}`));
      }
    });
  });
}

/** A one-line message on stderr (progress), so stdout keeps only the results. */
export function say(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
