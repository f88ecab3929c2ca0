/**
 * A command as data: its arguments and options in one table each, and an
 * action that returns the exit code. `createProgram` turns the list in
 * `commands.ts` into commander commands, so adding a command is one file
 * here and one line there.
 */
import type {OutputStream} from '@baogao/engine'

/** Exit codes shared by every command (see the README). */
export const exitCodes = {
  ok: 0,
  /** Content errors (or warnings with `--frail`). */
  content: 1,
  /** Usage or configuration errors; for `parse`, an unreadable input. */
  usage: 2,
  /** Some inputs could not be processed. */
  failed: 3,
  /** Stopped by Ctrl-C (128 + SIGINT). */
  interrupted: 130
} as const

/** What an action may use instead of globals, so tests can drive it. */
export interface CommandContext {
  stdout: OutputStream
  stderr: OutputStream
  cwd: string
  /** URL of the module pipelines come from (`@baogao/pipelines`). */
  pipelineModule: string
  /** Aborted on SIGINT/SIGTERM. */
  signal: AbortSignal
}

export interface ArgumentRow {
  /** Commander syntax: `<file>`, `<inputs...>`, `[name]`. */
  syntax: string
  description: string
}

export interface OptionRow {
  /** Commander syntax: `-o, --out <dir>`, `--force`. */
  flags: string
  description: string
  /** Shown in the help and used when the flag is absent. */
  defaultValue?: string | number | boolean | undefined
  choices?: ReadonlyArray<string> | undefined
  required?: boolean | undefined
  /** Turns the raw string into the value; throws to reject it. */
  parse?: ((value: string) => unknown) | undefined
}

export interface CommandSpec {
  /** Command name; words separated by spaces make nested commands later (`plugin new`). */
  name: string
  /** One line for the command list. */
  summary: string
  /** Longer text for the command's own help (default: `summary`). */
  description?: string | undefined
  arguments: ReadonlyArray<ArgumentRow>
  options: ReadonlyArray<OptionRow>
  /** Text after the options in `--help`: examples, exit codes. */
  helpFooter?: string | undefined
  /**
   * Does the work and returns the exit code. `args` are the positional
   * arguments in table order (variadic ones as arrays), `options` the
   * parsed flags by camel-cased long name.
   */
  action: (args: ReadonlyArray<unknown>, options: Readonly<Record<string, unknown>>, context: CommandContext) => Promise<number>
}

/** Parse a positive integer flag value, for `parse` in an option row. */
export function positiveInteger(value: string): number {
  const number = Number(value)
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < 1) {
    throw new TypeError(`unexpected \`${value}\`, expected a positive integer`)
  }

  return number
}

/** Write `baogao: message` to stderr. */
export function reportError(context: CommandContext, message: string): void {
  context.stderr.write(`baogao: ${message}\n`)
}
