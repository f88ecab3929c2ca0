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
  await writeFileAtomic(file, manifestChunks(manifest), {durable: true})
  return file
}

/** Records per chunk of the manifest's text. */
const recordsPerChunk = 512

/**
 * The text of `JSON.stringify(manifest, null, 2) + '\n'`, in chunks of a
 * few hundred inputs, so that a run of 50,000 inputs never builds its
 * manifest as one string.
 */
export function * manifestChunks(manifest: Manifest): Generator<Uint8Array> {
  const encoder = new TextEncoder()
  // A placeholder JSON.stringify writes as is, to split the text around.
  const placeholder = '\u0000inputs'
  const outline = JSON.stringify({...manifest, inputs: placeholder}, null, 2) + '\n'
  const [head = '', tail = ''] = outline.split(JSON.stringify(placeholder))
  if (manifest.inputs.length === 0) {
    yield encoder.encode(head + '[]' + tail)
    return
  }

  let text = head + '['
  for (const [index, record] of manifest.inputs.entries()) {
    // Items of `inputs` sit two levels deep: four spaces.
    text += (index === 0 ? '\n    ' : ',\n    ') + JSON.stringify(record, null, 2).replaceAll('\n', '\n    ')
    if ((index + 1) % recordsPerChunk === 0) {
      yield encoder.encode(text)
      text = ''
    }
  }

  yield encoder.encode(text + '\n  ]' + tail)
}
