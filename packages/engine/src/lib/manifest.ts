/**
 * `manifest.json`: what a run did, for ops and for the next run's reader.
 * Written atomically at the end of every run that started; it accounts for
 * every input, whether processed, reused from the cache, or failed.
 */
import path from 'node:path'
import type {DocumentRecord} from './convert-input.js'
import type {BatchRecord, RunCounts} from './events.js'
import {writeFileAtomic} from './write-output.js'

/** File name of the manifest in the output folder. */
export const manifestFileName = 'manifest.json'

export interface Manifest {
  manifestVersion: 1
  runId: string
  /** ISO 8601. */
  startedAt: string
  endedAt: string
  pipeline: {
    name: string
    /** Hash of the definition and versions the cache is keyed by. */
    fingerprint: string
  }
  /** `@baogao/*` package versions, by name. */
  versions: Record<string, string>
  options: {concurrency: number, force: boolean}
  /** The run stopped early (a signal); inputs not done are failed. */
  interrupted: boolean
  counts: RunCounts
  /** One per input, sorted by `file`. */
  inputs: Array<DocumentRecord>
  batch: Array<BatchRecord>
}

/** Counts over document records. */
export function countRecords(records: ReadonlyArray<DocumentRecord>): RunCounts {
  const counts: RunCounts = {inputs: records.length, ok: 0, failed: 0, cached: 0, errors: 0, warnings: 0, info: 0}
  for (const record of records) {
    if (record.status === 'ok') counts.ok++
    else counts.failed++
    if (record.cached) counts.cached++
    counts.errors += record.messages.errors
    counts.warnings += record.messages.warnings
    counts.info += record.messages.info
  }

  return counts
}

/** Write `manifest` to `<outDir>/manifest.json`, atomically and durably. */
export async function writeManifest(outDir: string, manifest: Manifest): Promise<string> {
  const file = path.join(outDir, manifestFileName)
  await writeFileAtomic(file, JSON.stringify(manifest, null, 2) + '\n', {durable: true})
  return file
}
