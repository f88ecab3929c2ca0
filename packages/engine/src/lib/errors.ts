/**
 * The two kinds of failure the engine tells apart: a run that cannot start
 * (a usage or configuration problem, exit code 2) and one input that cannot
 * be processed (the run goes on; the input is `failed` in the manifest).
 */

/** Why a run could not start. */
export type RunErrorCode =
  | 'unknown-pipeline'
  | 'invalid-pipeline-module'
  | 'invalid-config'
  | 'invalid-option'
  | 'no-inputs'
  | 'output-not-a-directory'
  | 'output-locked'

/**
 * A run that cannot start: unknown pipeline, bad options, no inputs, an
 * output folder another run holds. `run` rejects with it; its exit code is
 * always 2.
 */
export class RunError extends Error {
  override name = 'RunError'
  readonly code: RunErrorCode
  readonly exitCode = 2

  constructor(code: RunErrorCode, message: string) {
    super(message)
    this.code = code
  }
}

/** Why one input could not be read. */
export type InputErrorCode =
  | 'not-found'
  | 'not-a-file'
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'not-utf-8'
  | 'too-large'

/**
 * One input that cannot be read or decoded. The message names the file and
 * says what to do; it never quotes the file's content.
 */
export class InputError extends Error {
  override name = 'InputError'
  readonly code: InputErrorCode
  /** The input's path as the run names it (relative to the input root). */
  readonly file: string

  constructor(code: InputErrorCode, file: string, message: string) {
    super(message)
    this.code = code
    this.file = file
  }
}
