/**
 * A run's exit code, from its result. Documented in the README:
 * 0 all ok · 1 content errors (or warnings with `frail`) · 2 usage or
 * configuration errors (the run did not start: see `RunError`) · 3 some
 * inputs or batch outputs could not be processed.
 */
import type {MessageCounts} from './cache.js'

export type ExitCode = 0 | 1 | 2 | 3

export interface ExitCodeInput {
  documents: ReadonlyArray<{status: 'ok' | 'failed', messages: MessageCounts}>
  batch?: ReadonlyArray<{status: 'ok' | 'failed'}> | undefined
}

/**
 * 3 when anything failed (it outranks content problems: some documents
 * have no output at all); else 1 when a document has errors, or warnings
 * with `frail`; else 0.
 */
export function exitCodeOf(result: ExitCodeInput, options: {frail?: boolean | undefined} = {}): ExitCode {
  if (result.documents.some((document) => document.status === 'failed') || (result.batch ?? []).some((output) => output.status === 'failed')) {
    return 3
  }

  const flagged = result.documents.some((document) => document.messages.errors > 0 || (options.frail === true && document.messages.warnings > 0))
  return flagged ? 1 : 0
}
