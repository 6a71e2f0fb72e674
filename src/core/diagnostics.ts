import type { Span } from './span.js';

/** How serious a finding about one document is. */
export type Severity = 'info' | 'warning' | 'error';

/**
 * A finding about one document, recorded on the document rather than thrown (the
 * vfile model): which stage found it, by which rule, where, and what it means.
 */
export interface Diagnostic {
  readonly stage: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span?: Span;
}
