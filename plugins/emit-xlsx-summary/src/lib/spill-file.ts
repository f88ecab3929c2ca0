/**
 * A temporary file that holds a workbook's deflated rows until the package
 * is written, so memory holds an offset and a length per batch rather than
 * the compressed rows (about a tenth of the XML, and as large as the
 * output file).
 *
 * One file per workbook, opened for the owner only (0o600): the rows are
 * the workbook's content. By default in a folder of its own (`mkdtemp`:
 * mode 0o700, a name no one else has) in the OS temp folder; or at a path
 * the caller gives (an engine keeps it in its output folder, where the
 * next run finds it if this one is killed). `remove` deletes what was
 * made; the workbook writer calls it when it is done, stopped or failing.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** The name of the file inside the temporary folder. */
export const spillFileName = 'rows.deflated'

/** A new, empty `baogao-xlsx-*` folder in the OS temp folder. */
export function makeTemporaryFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'baogao-xlsx-'))
}

/** Where a piece was written: byte offset and length. */
export interface Extent {
  offset: number
  length: number
}

export class SpillFile {
  /**
   * Make a folder with `makeFolder` and open a new file in it. The folder
   * is removed again if the file cannot be opened.
   */
  static create(makeFolder: () => string = makeTemporaryFolder): SpillFile {
    const folder = makeFolder()
    try {
      return new SpillFile(path.join(folder, spillFileName), folder)
    } catch (error) {
      fs.rmSync(folder, {recursive: true, force: true})
      throw error
    }
  }

  /** Open a new file at `file`, a path where no file is yet. */
  static at(file: string): SpillFile {
    return new SpillFile(file, undefined)
  }

  /** The folder the file is in. */
  readonly folder: string
  readonly #file: string
  /** The folder `create` made, removed with the file. */
  readonly #madeFolder: string | undefined
  #descriptor: number | undefined
  /** Bytes written so far: where the next piece goes. */
  #end = 0

  private constructor(file: string, madeFolder: string | undefined) {
    // `wx+`: a new file, read back later; never one already there.
    this.#descriptor = fs.openSync(file, 'wx+', 0o600)
    this.#file = file
    this.#madeFolder = madeFolder
    this.folder = path.dirname(file)
  }

  /** Write `bytes` after what is there. */
  append(bytes: Uint8Array): Extent {
    const descriptor = this.#open()
    const offset = this.#end
    let written = 0
    while (written < bytes.byteLength) {
      written += fs.writeSync(
        descriptor,
        bytes,
        written,
        bytes.byteLength - written,
        offset + written
      )
    }
    this.#end += bytes.byteLength
    return {offset, length: bytes.byteLength}
  }

  /** The bytes at `extent`, in a buffer of their own. */
  read(extent: Extent): Buffer<ArrayBuffer> {
    const descriptor = this.#open()
    const buffer = Buffer.allocUnsafeSlow(extent.length)
    let read = 0
    while (read < extent.length) {
      const count = fs.readSync(
        descriptor,
        buffer,
        read,
        extent.length - read,
        extent.offset + read
      )
      if (count === 0) {
        throw new Error(
          '@baogao/emit-xlsx-summary: unexpected end of the temporary file, expected ' +
            String(extent.length) +
            ' bytes at ' +
            String(extent.offset)
        )
      }
      read += count
    }
    return buffer
  }

  /**
   * Close the file and delete it, with its folder when `create` made it;
   * later calls do nothing.
   */
  remove(): void {
    const descriptor = this.#descriptor
    if (descriptor === undefined) return
    this.#descriptor = undefined
    try {
      fs.closeSync(descriptor)
    } finally {
      fs.rmSync(this.#madeFolder ?? this.#file, {recursive: true, force: true})
    }
  }

  #open(): number {
    if (this.#descriptor === undefined) {
      throw new Error(
        '@baogao/emit-xlsx-summary: unexpected use of a removed temporary file, expected one still open'
      )
    }
    return this.#descriptor
  }
}
