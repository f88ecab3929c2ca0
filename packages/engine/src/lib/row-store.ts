/**
 * The summary rows of a run, kept on disk rather than in memory: each row
 * is appended to a temporary file in the output folder as its input
 * finishes (in any order), and read back in input order, one at a time,
 * for the batch outputs. Memory keeps two numbers per input, so a run of
 * 50,000 documents holds no more rows than a run of 10.
 */
import {closeSync, openSync, readSync, rmSync, writeSync} from 'node:fs'
import path from 'node:path'
import type {DocumentSummary} from '@baogao/core'
import {temporarySuffix} from './write-output.js'

export class RowStore {
  readonly #file: string
  readonly #fd: number
  /** Per input index: `[offset, length]` in the file. */
  readonly #places: Array<readonly [number, number] | undefined> = []
  #size = 0
  #error: Error | undefined

  /**
   * A store in `outDir`, named with a temporary suffix so that a killed
   * run's file is removed by the next run (`removeTemporaryFiles`).
   */
  constructor(outDir: string, runId: string) {
    this.#file = path.join(outDir, `.baogao-rows.${runId}${temporarySuffix}`)
    this.#fd = openSync(this.#file, 'wx+', 0o600)
  }

  /**
   * Keep the row of input `index`. Rows are small (counts, headings,
   * messages), so a synchronous append is cheaper than the bookkeeping of
   * an asynchronous one. A failed write is kept and reported by `rows`.
   */
  put(index: number, row: DocumentSummary): void {
    if (this.#error) return
    try {
      const bytes = Buffer.from(JSON.stringify(row))
      let written = 0
      while (written < bytes.length) {
        written += writeSync(this.#fd, bytes, written, bytes.length - written, this.#size + written)
      }

      this.#places[index] = [this.#size, bytes.length]
      this.#size += bytes.length
    } catch (error) {
      this.#error = error instanceof Error ? error : new Error(String(error))
    }
  }

  /**
   * The rows of inputs `0` to `count - 1`, in that order, read as they are
   * iterated; `fallback(index)` for an input without a row. Throws the
   * error of a failed write.
   */
  * rows(count: number, fallback: (index: number) => DocumentSummary): Generator<DocumentSummary> {
    if (this.#error) throw this.#error
    for (let index = 0; index < count; index++) {
      const place = this.#places[index]
      if (place === undefined) {
        yield fallback(index)
        continue
      }

      const [offset, length] = place
      const bytes = Buffer.allocUnsafe(length)
      let read = 0
      while (read < length) {
        const got = readSync(this.#fd, bytes, read, length - read, offset + read)
        if (got === 0) throw new Error(`unexpected end of the summary rows at byte ${offset + read}`)
        read += got
      }

      yield JSON.parse(bytes.toString('utf8')) as DocumentSummary
    }
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
