/**
 * The inputs of a run, kept as compact as a list of names can be: every
 * name in one buffer, and where each ends. A run holds its list from start
 * to end, and V8 lets a heap grow to a few times what stays alive in it
 * before collecting, so every byte kept per input on the heap shows several
 * times over in the peak RSS of a long run. As `FoundInput` objects a name
 * costs ~220 bytes of heap; here two bytes a character (UTF-16, which
 * keeps any JavaScript string as it is, and is as short as UTF-8 for
 * Chinese names) and 8 bytes of offset, off the heap.
 */
import path from 'node:path'
import type {FoundInputs} from './find-inputs.js'

/** An input list as plain data, to send between threads. */
export interface InputListParts {
  root: string
  /** Every name, UTF-16. */
  names: Uint8Array<ArrayBuffer>
  /** Per input: where its name ends in `names`. */
  ends: Float64Array<ArrayBuffer>
}

export class InputList {
  /** The list of what `findInputs` found. */
  static from(found: FoundInputs): InputList {
    let size = 0
    for (const input of found.inputs) size += input.name.length * 2
    const names = Buffer.allocUnsafeSlow(size)
    const ends = new Float64Array(found.inputs.length)
    let end = 0
    for (const [index, input] of found.inputs.entries()) {
      end += names.write(input.name, end, 'utf16le')
      ends[index] = end
    }

    return new InputList({root: found.root, names, ends})
  }

  /** The input root: names are relative to it. */
  readonly root: string
  readonly #names: Buffer<ArrayBuffer>
  readonly #ends: Float64Array<ArrayBuffer>

  constructor(parts: InputListParts) {
    this.root = parts.root
    this.#names = Buffer.from(parts.names.buffer, parts.names.byteOffset, parts.names.byteLength)
    this.#ends = parts.ends
  }

  get length(): number {
    return this.#ends.length
  }

  /** Name of input `index`, relative to the root with `/` separators. */
  name(index: number): string {
    if (!Number.isInteger(index) || index < 0 || index >= this.#ends.length) {
      throw new RangeError(`Unexpected input index \`${index}\`, expected an integer from 0 to ${this.#ends.length - 1}`)
    }

    const start = index === 0 ? 0 : this.#ends[index - 1]
    return this.#names.toString('utf16le', start, this.#ends[index])
  }

  /** Absolute path of input `index`. */
  path(index: number): string {
    return path.resolve(this.root, this.name(index))
  }

  /** The list as plain data; the buffers can be transferred. */
  parts(): InputListParts {
    return {root: this.root, names: this.#names, ends: this.#ends}
  }
}
