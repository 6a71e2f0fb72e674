import { defaultDatabasePath, openDatabase } from '../../store/database.js';
import { DocumentStore } from '../../store/repository.js';

/** Options every database command shares. */
export interface DatabaseOptions {
  readonly db?: string;
}

/** Opens the store named by --db, DATELINE_DB or the default path. */
export function openStore(options: DatabaseOptions): { store: DocumentStore; path: string } {
  const file = options.db ?? defaultDatabasePath();
  return { store: new DocumentStore(openDatabase(file)), path: file };
}
