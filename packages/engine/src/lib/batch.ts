/**
 * Run-level outputs: after every document, each batch output of the
 * pipeline gets the summary rows of all inputs (failed ones included, with
 * status and reason) in input order, read once, and returns the bytes of
 * one file.
 */
import type {DocumentSummary} from '@baogao/core'
import type {BatchRecord} from './events.js'
import type {EngineBatchOutput} from './pipeline-module.js'
import {sha256Hex} from './read-input.js'
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
      const bytes = await output.emit(rows())
      if (!(bytes instanceof Uint8Array)) {
        throw new TypeError(`unexpected result of type \`${typeof bytes}\`, expected bytes (a Uint8Array)`)
      }

      await writeFileAtomic(await prepareOutputPath(outDir, output.file), bytes, {durable: true})
      results.push({record: {file: output.file, status: 'ok', sha256: sha256Hex(bytes), reason: null}, stack: null})
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
