/**
 * A run's exit code, from its result. Documented in the README:
 * 0 all ok · 1 content errors (or warnings with `frail`) · 2 usage or
 * configuration errors (the run did not start: see `RunError`) · 3 some
 * inputs or batch outputs could not be processed.
 */
import type {RunCounts} from './events.js'

export type ExitCode = 0 | 1 | 2 | 3

export interface ExitCodeInput {
  /** The run's counts (`result.counts`): failed inputs, errors, warnings. */
  counts: Pick<RunCounts, 'failed' | 'errors' | 'warnings'>
  batch?: ReadonlyArray<{status: 'ok' | 'failed'}> | undefined
}

/**
 * 3 when anything failed (it outranks content problems: some documents
 * have no output at all); else 1 when a document has errors, or warnings
 * with `frail`; else 0.
 */
export function exitCodeOf(result: ExitCodeInput, options: {frail?: boolean | undefined} = {}): ExitCode {
  if (result.counts.failed > 0 || (result.batch ?? []).some((output) => output.status === 'failed')) return 3
  // Counts are sums over documents: a sum above 0 is a document above 0.
  return result.counts.errors > 0 || (options.frail === true && result.counts.warnings > 0) ? 1 : 0
}
