/**
 * Per-input values of a run (summary rows, manifest records) kept on disk
 * rather than in memory: each value is appended as JSON to a temporary file
 * in the output folder as its input finishes (in any order), and read back
 * in input order, one at a time, when the run needs them all (batch
 * outputs, the manifest). Memory keeps 12 bytes per input, so a run of
 * 50,000 documents holds no more values than a run of 10.
 */
import {closeSync, openSync, readSync, rmSync, writeSync} from 'node:fs'
import path from 'node:path'
import {temporarySuffix} from './write-output.js'

export class RowStore<Value> {
  readonly #file: string
  readonly #fd: number
  /** Per input index: where its JSON starts in the file. */
  readonly #offsets: Float64Array
  /** Per input index: its length in bytes; `0` when there is none yet. */
  readonly #lengths: Uint32Array
  #size = 0
  #error: Error | undefined

  /**
   * A store for inputs `0` to `count - 1` in `outDir`, named `name` and the
   * run id with a temporary suffix, so that a killed run's file is removed
   * by the next run (`removeTemporaryFiles`).
   */
  constructor(outDir: string, runId: string, options: {name: string, count: number}) {
    this.#offsets = new Float64Array(options.count)
    this.#lengths = new Uint32Array(options.count)
    this.#file = path.join(outDir, `.baogao-${options.name}.${runId}${temporarySuffix}`)
    this.#fd = openSync(this.#file, 'wx+', 0o600)
  }

  /**
   * Keep the value of input `index`. Values are small (counts, headings,
   * messages), so a synchronous append is cheaper than the bookkeeping of
   * an asynchronous one. A failed write is kept and thrown by `values`.
   */
  put(index: number, value: Value): void {
    if (this.#error) return
    if (!Number.isInteger(index) || index < 0 || index >= this.#lengths.length) {
      throw new RangeError(`Unexpected input index \`${index}\`, expected an integer from 0 to ${this.#lengths.length - 1}`)
    }

    try {
      const bytes = Buffer.from(JSON.stringify(value))
      let written = 0
      while (written < bytes.length) {
        written += writeSync(this.#fd, bytes, written, bytes.length - written, this.#size + written)
      }

      this.#offsets[index] = this.#size
      this.#lengths[index] = bytes.length
      this.#size += bytes.length
    } catch (error) {
      this.#error = error instanceof Error ? error : new Error(String(error))
    }
  }

  /** Whether input `index` has a value yet. */
  has(index: number): boolean {
    return (this.#lengths[index] ?? 0) > 0
  }

  /**
   * The values of the inputs from `from` on, in input order, read as they
   * are iterated; `fallback(index)` for an input without one. Throws the
   * error of a failed write.
   */
  * values(fallback: (index: number) => Value, from = 0): Generator<Value> {
    if (this.#error) throw this.#error
    for (let index = from; index < this.#lengths.length; index++) {
      yield this.has(index) ? this.get(index) : fallback(index)
    }
  }

  /** The value of input `index`, which `has` it. */
  get(index: number): Value {
    const length = this.#lengths[index] ?? 0
    const offset = this.#offsets[index] ?? 0
    const bytes = Buffer.allocUnsafe(length)
    let read = 0
    while (read < length) {
      const got = readSync(this.#fd, bytes, read, length - read, offset + read)
      if (got === 0) throw new Error(`unexpected end of \`${path.basename(this.#file)}\` at byte ${offset + read}`)
      read += got
    }

    return JSON.parse(bytes.toString('utf8')) as Value
  }

  /** Close and remove the file. */
  dispose(): void {
    try {
      closeSync(this.#fd)
    } finally {
      rmSync(this.#file, {force: true})
    }
  }
}
