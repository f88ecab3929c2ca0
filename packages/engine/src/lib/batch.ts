/**
 * Run-level outputs: after every document, each batch output of the
 * pipeline gets the summary rows of all inputs (failed ones included, with
 * status and reason) in input order, read once, and returns the bytes of
 * one file, whole or in chunks written as they come.
 */
import {createHash} from 'node:crypto'
import type {Hash} from 'node:crypto'
import type {DocumentSummary} from '@baogao/core'
import type {BatchRecord} from './events.js'
import type {EngineBatchBytes, EngineBatchOutput} from './pipeline-module.js'
import {prepareOutputPath, writeFileAtomic} from './write-output.js'

export interface BatchResult {
  record: BatchRecord
  stack: string | null
}

/**
 * Emit and write every batch output of `outputs` into `outDir`; each gets
 * its own pass over `rows()`. An emitter that throws (or rows that cannot
 * be read) fails its own file only.
 */
export async function writeBatchOutputs(
  outDir: string,
  outputs: ReadonlyArray<EngineBatchOutput>,
  rows: () => Iterable<DocumentSummary>
): Promise<Array<BatchResult>> {
  const results: Array<BatchResult> = []
  for (const output of outputs) {
    try {
      const hash = createHash('sha256')
      const chunks = hashedChunks(await output.emit(rows()), hash)
      await writeFileAtomic(await prepareOutputPath(outDir, output.file), chunks, {durable: true})
      results.push({record: {file: output.file, status: 'ok', sha256: hash.digest('hex'), reason: null}, stack: null})
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      results.push({
        record: {file: output.file, status: 'failed', sha256: null, reason: `Cannot write \`${output.file}\`: ${message}`},
        stack: error instanceof Error ? error.stack ?? null : null
      })
    }
  }

  return results
}

/** The chunks of `bytes`, checked and hashed as they pass. */
async function * hashedChunks(bytes: EngineBatchBytes, hash: Hash): AsyncGenerator<Uint8Array> {
  const chunks = bytes instanceof Uint8Array ? [bytes] : bytes
  if (chunks === null || typeof chunks !== 'object' || !(Symbol.iterator in chunks || Symbol.asyncIterator in chunks)) {
    throw new TypeError(`unexpected result of type \`${chunks === null ? 'null' : typeof chunks}\`, expected bytes (a Uint8Array or chunks of them)`)
  }

  for await (const chunk of chunks) {
    if (!(chunk instanceof Uint8Array)) {
      throw new TypeError(`unexpected chunk of type \`${typeof chunk}\`, expected bytes (a Uint8Array)`)
    }

    hash.update(chunk)
    yield chunk
  }
}
