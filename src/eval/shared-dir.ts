import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The `shared/` folder beside the project (seeds, gold, data sets), or the folder named by
 * DATELINE_SHARED. Found from this file's location, so it works from src/ and dist/ alike.
 */
export function sharedDir(): string {
  const fromEnv = process.env.DATELINE_SHARED;
  if (fromEnv) return path.resolve(fromEnv);
  return path.resolve(projectRoot(), '..', 'shared');
}

/** The project root (the folder holding package.json). */
export function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error(`expected package.json above ${fileURLToPath(import.meta.url)}`);
}
