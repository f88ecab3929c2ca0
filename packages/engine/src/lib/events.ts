/**
 * What a run tells its reporter as it goes: one `start`, one `file` per
 * input (in completion order), one `end`. With `log: 'json'` each is
 * written as one JSON line.
 */
import type {DocumentRecord} from './convert-input.js'
import type {ExitCode} from './exit-code.js'

/** Counts over a run's inputs and their messages. */
export interface RunCounts {
  inputs: number
  ok: number
  failed: number
  cached: number
  errors: number
  warnings: number
  info: number
}

/** A batch output and how writing it went. */
export interface BatchRecord {
  /** File name in the output folder: `summary.xlsx`. */
  file: string
  status: 'ok' | 'failed'
  /** Hex sha256 of the bytes written; `null` when failed. */
  sha256: string | null
  reason: string | null
}

export interface StartEvent {
  event: 'start'
  runId: string
  pipeline: string
  /** Number of inputs found. */
  total: number
  concurrency: number
  /** Absolute output folder. */
  out: string
}

export interface FileEvent extends DocumentRecord {
  event: 'file'
  /** 1-based count of inputs done so far. */
  done: number
  total: number
}

export interface EndEvent {
  event: 'end'
  runId: string
  counts: RunCounts
  batch: Array<BatchRecord>
  durationMs: number
  exitCode: ExitCode
  interrupted: boolean
  /** Absolute path of the manifest written. */
  manifest: string
}

export type RunEvent = StartEvent | FileEvent | EndEvent
