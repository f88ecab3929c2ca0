/**
 * Showing a run's progress: a bar with counts, rate and ETA on a terminal
 * (stderr); JSON lines on stdout when not on a terminal or asked for;
 * nothing but problems when quiet. Stacks of failed inputs always go to
 * stderr, the log, never into the JSON lines.
 */
import cliProgress from 'cli-progress'
import type {EndEvent, RunEvent} from './events.js'

/** A stream as the reporter writes to it (`process.stdout`, a test double). */
export interface OutputStream {
  write(chunk: string | Uint8Array): unknown
  isTTY?: boolean | undefined
}

/** `auto`: `pretty` when stderr is a terminal, `json` otherwise. */
export type LogFormat = 'auto' | 'pretty' | 'json'

export interface ReporterOptions {
  /** Default: `auto`. */
  log?: LogFormat | undefined
  /** Show problems only: no bar, no JSON lines, no summary. Default: `false`. */
  quiet?: boolean | undefined
  /** Default: `process.stdout`. */
  stdout?: OutputStream | undefined
  /** Default: `process.stderr`. */
  stderr?: OutputStream | undefined
}

export interface Reporter {
  event(event: RunEvent): void
  /** The stack of the error that failed `file`. */
  problem(file: string, stack: string): void
}

/** The reporter for `options`. */
export function createReporter(options: ReporterOptions = {}): Reporter {
  const stdout = options.stdout ?? process.stdout
  const stderr = options.stderr ?? process.stderr
  const format = options.log === undefined || options.log === 'auto' ? (stderr.isTTY === true ? 'pretty' : 'json') : options.log
  const problem = (file: string, stack: string): void => {
    stderr.write(`Stack of the error that failed \`${file}\`:\n${stack}\n`)
  }

  if (options.quiet === true) {
    return {
      event(event) {
        if (event.event === 'file' && event.status === 'failed') stderr.write(`✖ ${event.reason ?? event.file}\n`)
      },
      problem
    }
  }

  if (format === 'json') {
    return {
      event(event) {
        stdout.write(JSON.stringify(event) + '\n')
      },
      problem
    }
  }

  return createPrettyReporter(stderr)
}

function createPrettyReporter(stderr: OutputStream): Reporter {
  const failures: Array<{file: string, reason: string}> = []
  const stacks: Array<{file: string, text: string}> = []
  let bar: cliProgress.SingleBar | undefined
  let started = 0
  let failed = 0

  return {
    event(event) {
      if (event.event === 'start') {
        started = Date.now()
        if (stderr.isTTY === true) {
          bar = new cliProgress.SingleBar({
            stream: stderr as NodeJS.WritableStream,
            format: `${event.pipeline} {bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted} | {failed} failed`,
            etaBuffer: 50,
            hideCursor: true,
            clearOnComplete: true
          }, cliProgress.Presets.shades_classic)
          bar.start(event.total, 0, {rate: '0.0', failed: 0})
        }
      } else if (event.event === 'file') {
        if (event.status === 'failed') {
          failed++
          failures.push({file: event.file, reason: event.reason ?? event.file})
        }

        const seconds = Math.max((Date.now() - started) / 1000, 0.001)
        bar?.update(event.done, {rate: (event.done / seconds).toFixed(1), failed})
      } else {
        bar?.stop()
        // Sorted by file, as the manifest is: workers finish in any order.
        for (const failure of failures.sort(byFile)) stderr.write(`✖ ${failure.reason}\n`)
        for (const stack of stacks.sort(byFile)) stderr.write(stack.text)
        stderr.write(summaryLine(event) + '\n')
      }
    },
    problem(file, stack) {
      // Held until the bar is gone, so it does not tear the bar apart.
      stacks.push({file, text: `Stack of the error that failed \`${file}\`:\n${stack}\n`})
    }
  }
}

function byFile(a: {file: string}, b: {file: string}): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0
}

/** One line saying how a run went. */
export function summaryLine(event: EndEvent): string {
  const {counts} = event
  const parts = [
    `${counts.inputs} ${counts.inputs === 1 ? 'input' : 'inputs'}: ${counts.ok} ok${counts.cached > 0 ? ` (${counts.cached} cached)` : ''}, ${counts.failed} failed`,
    `${counts.errors} ${counts.errors === 1 ? 'error' : 'errors'}, ${counts.warnings} ${counts.warnings === 1 ? 'warning' : 'warnings'}`
  ]
  const batchFailed = event.batch.filter((output) => output.status === 'failed')
  if (event.batch.length > 0) {
    parts.push(`${event.batch.length - batchFailed.length}/${event.batch.length} batch outputs`)
  }

  const lines = batchFailed.map((output) => `✖ ${output.reason ?? output.file}`)
  lines.push(`${event.interrupted ? 'Interrupted: ' : ''}${parts.join(' · ')} · ${(event.durationMs / 1000).toFixed(1)} s · ${event.manifest}`)
  return lines.join('\n')
}
