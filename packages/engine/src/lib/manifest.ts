/**
 * `manifest.json`: what a run did, for ops and for the next run's reader.
 * Written atomically at the end of every run that started; it accounts for
 * every input, whether processed, reused from the cache, or failed.
 */
import {readFile} from 'node:fs/promises'
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

/** A manifest without its `inputs`, which are written from a stream. */
export type ManifestHead = Omit<Manifest, 'inputs'>

/** Counts with no input yet, for `countRecord`. */
export function emptyCounts(): RunCounts {
  return {inputs: 0, ok: 0, failed: 0, cached: 0, errors: 0, warnings: 0, info: 0}
}

/** Add `record` to `counts`. */
export function countRecord(counts: RunCounts, record: DocumentRecord): void {
  counts.inputs++
  if (record.status === 'ok') counts.ok++
  else counts.failed++
  if (record.cached) counts.cached++
  counts.errors += record.messages.errors
  counts.warnings += record.messages.warnings
  counts.info += record.messages.info
}

/**
 * Write the manifest to `<outDir>/manifest.json`, atomically and durably;
 * `inputs` are read as they are written, so they need not be in memory.
 */
export async function writeManifest(outDir: string, head: ManifestHead, inputs: Iterable<DocumentRecord>): Promise<string> {
  const file = path.join(outDir, manifestFileName)
  await writeFileAtomic(file, manifestChunks(head, inputs), {durable: true})
  return file
}

/**
 * Read a manifest a run wrote (`result.manifest`), with every input's
 * record. Throws when the file is missing or is not a version 1 manifest.
 */
export async function readManifest(file: string): Promise<Manifest> {
  const text = await readFile(file, 'utf8')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new Error(`Cannot read \`${file}\`: unexpected content, expected JSON`)
  }

  const manifest = value as Partial<Manifest> | null
  if (typeof manifest !== 'object' || manifest === null || manifest.manifestVersion !== 1 || !Array.isArray(manifest.inputs)) {
    throw new Error(`Cannot read \`${file}\`: unexpected content, expected a Baogao manifest (\`manifestVersion: 1\`)`)
  }

  return manifest as Manifest
}

/** Records per chunk of the manifest's text. */
const recordsPerChunk = 512

/**
 * The text of `JSON.stringify({...head, inputs: [...inputs]}, null, 2) +
 * '\n'` (`inputs` in the place `Manifest` gives it), in chunks of a few
 * hundred inputs, so that a run of 50,000 inputs never builds its manifest
 * as one string nor holds its records.
 */
export function * manifestChunks(head: ManifestHead, inputs: Iterable<DocumentRecord>): Generator<Uint8Array> {
  const encoder = new TextEncoder()
  // A placeholder JSON.stringify writes as is, to split the text around.
  const placeholder = '\u0000inputs'
  const {batch, ...before} = head
  const outline = JSON.stringify({...before, inputs: placeholder, batch}, null, 2) + '\n'
  const [start = '', end = ''] = outline.split(JSON.stringify(placeholder))
  let text = start + '['
  let count = 0
  for (const record of inputs) {
    // Items of `inputs` sit two levels deep: four spaces.
    text += (count === 0 ? '\n    ' : ',\n    ') + JSON.stringify(record, null, 2).replaceAll('\n', '\n    ')
    count++
    if (count % recordsPerChunk === 0) {
      yield encoder.encode(text)
      text = ''
    }
  }

  yield encoder.encode(text + (count === 0 ? ']' : '\n  ]') + end)
}
