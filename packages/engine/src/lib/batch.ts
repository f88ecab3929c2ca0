/**
 * Run-level outputs: each batch output of the pipeline gets the summary
 * rows of all inputs (failed ones included, with status and reason) in
 * input order and returns the bytes of one file, whole or in chunks written
 * as they come. An output with `collect` takes each row as soon as it and
 * every row before it are done, so its work overlaps the conversion; the
 * others read every row once, at the end.
 */
import {createHash} from 'node:crypto'
import type {Hash} from 'node:crypto'
import {rmSync} from 'node:fs'
import path from 'node:path'
import type {DocumentSummary} from '@baogao/core'
import type {BatchRecord} from './events.js'
import type {EngineBatchBytes, EngineBatchCollector, EngineBatchContext, EngineBatchOutput} from './pipeline-module.js'
import {prepareOutputPath, temporarySuffix, writeFileAtomic} from './write-output.js'

export interface BatchResult {
  record: BatchRecord
  stack: string | null
}

/**
 * The batch outputs of one run. A collector that throws (when made, on a
 * row or at the end), an emitter that throws, or rows that cannot be read
 * fail their own file only.
 */
export class BatchOutputs {
  readonly #outDir: string
  readonly #outputs: ReadonlyArray<EngineBatchOutput>
  /**
   * Per output: its temporary file, named with the temporary suffix so
   * that the next run removes it when this one is killed.
   */
  readonly #contexts: ReadonlyArray<EngineBatchContext>
  /** Per output: its collector while it is collecting. */
  readonly #collectors: Array<EngineBatchCollector | undefined>
  /** Per output: why it failed while collecting. */
  readonly #failures: Array<{error: unknown} | undefined>

  private constructor(outDir: string, runId: string, outputs: ReadonlyArray<EngineBatchOutput>) {
    this.#outDir = outDir
    this.#outputs = outputs
    this.#contexts = outputs.map((_, index) => ({temporaryFile: path.join(outDir, `.baogao-batch-${index}.${runId}${temporarySuffix}`)}))
    this.#collectors = outputs.map(() => undefined)
    this.#failures = outputs.map(() => undefined)
  }

  /** Start the outputs of a run: make the collectors of those that collect. */
  static async start(outDir: string, runId: string, outputs: ReadonlyArray<EngineBatchOutput>): Promise<BatchOutputs> {
    const batch = new BatchOutputs(outDir, runId, outputs)
    for (const [index, output] of outputs.entries()) {
      if (output.collect === undefined) continue
      try {
        batch.#collectors[index] = await output.collect(batch.#context(index))
      } catch (error) {
        batch.#failures[index] = {error}
        batch.#removeTemporaryFile(index)
      }
    }

    return batch
  }

  /** Whether some output takes rows as they come. */
  get collecting(): boolean {
    return this.#collectors.some((collector) => collector !== undefined)
  }

  /** The next row, in input order, for the outputs that collect. */
  add(row: DocumentSummary): void {
    for (const [index, collector] of this.#collectors.entries()) {
      if (collector === undefined) continue
      try {
        collector.add(row)
      } catch (error) {
        this.#fail(index, error)
      }
    }
  }

  /** Fail every output still collecting with `error` (its rows could not be read). */
  failCollecting(error: unknown): void {
    for (const [index, collector] of this.#collectors.entries()) {
      if (collector !== undefined) this.#fail(index, error)
    }
  }

  /**
   * Write every output into the output folder: the collected ones from
   * what they collected, the others from one pass each over `rows()`.
   */
  async write(rows: () => Iterable<DocumentSummary>): Promise<Array<BatchResult>> {
    const results: Array<BatchResult> = []
    for (const [index, output] of this.#outputs.entries()) {
      const failure = this.#failures[index]
      if (failure) {
        results.push(failed(output.file, failure.error))
        continue
      }

      const collector = this.#collectors[index]
      try {
        const hash = createHash('sha256')
        const bytes = collector ? await collector.finish() : await output.emit(rows(), this.#context(index))
        await writeFileAtomic(await prepareOutputPath(this.#outDir, output.file), hashedChunks(bytes, hash), {durable: true})
        results.push({record: {file: output.file, status: 'ok', sha256: hash.digest('hex'), reason: null}, stack: null})
      } catch (error) {
        results.push(failed(output.file, error))
      } finally {
        this.#abort(index)
      }
    }

    return results
  }

  /** Drop what the collectors hold: the run writes no batch output. */
  abort(): void {
    for (const index of this.#collectors.keys()) this.#abort(index)
  }

  #fail(index: number, error: unknown): void {
    this.#failures[index] = {error}
    this.#abort(index)
  }

  #context(index: number): EngineBatchContext {
    return this.#contexts[index] as EngineBatchContext
  }

  /** Drop what output `index` holds: its collector and its temporary file. */
  #abort(index: number): void {
    const collector = this.#collectors[index]
    this.#collectors[index] = undefined
    try {
      collector?.abort()
    } catch {
      // Nothing more to drop.
    } finally {
      this.#removeTemporaryFile(index)
    }
  }

  #removeTemporaryFile(index: number): void {
    try {
      rmSync(this.#context(index).temporaryFile, {recursive: true, force: true})
    } catch {
      // Left for the next run, which removes temporary files first.
    }
  }
}

function failed(file: string, error: unknown): BatchResult {
  const message = error instanceof Error ? error.message : String(error)
  return {
    record: {file, status: 'failed', sha256: null, reason: `Cannot write \`${file}\`: ${message}`},
    stack: error instanceof Error ? error.stack ?? null : null
  }
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
