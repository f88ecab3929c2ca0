/**
 * Sheet XML kept deflated while a run's rows arrive, in the workbook's
 * temporary file (see `spill-file.ts`), so memory holds neither the XML nor
 * its compressed bytes, only where each piece lies in the file.
 *
 * Each piece is deflated on its own and ended with a sync flush (byte
 * aligned, no final block), so pieces concatenate into one valid raw
 * DEFLATE stream, the way pigz joins blocks; the last piece of an entry is
 * finished normally. Node's zlib does the deflating: it is native and
 * several times faster than a JavaScript deflate on sheets this size.
 */
import zlib from 'node:zlib'
import type {Extent, SpillFile} from './spill-file.js'

const level = 6

/** A run of sheet XML, deflated piece by piece into a spill file. */
export class DeflatedRun {
  readonly #file: SpillFile
  readonly #extents: Array<Extent> = []
  /** Bytes of XML before deflating. */
  size = 0

  constructor(file: SpillFile) {
    this.#file = file
  }

  add(xml: Uint8Array): void {
    if (xml.byteLength === 0) return
    this.#extents.push(this.#file.append(deflatePiece(xml, false)))
    this.size += xml.byteLength
  }

  /**
   * The deflated pieces in order, each read back from the file when it is
   * asked for, so one piece at a time is in memory.
   */
  *pieces(): Generator<Buffer<ArrayBuffer>, undefined, undefined> {
    for (const extent of this.#extents) yield this.#file.read(extent)
  }
}

/** `xml` deflated; `final` ends the stream, otherwise it is sync-flushed. */
export function deflatePiece(
  xml: Uint8Array,
  final: boolean
): Uint8Array<ArrayBuffer> {
  return zlib.deflateRawSync(xml, {
    level,
    finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH
  })
}

/** A sync-flushed piece of `DeflatedRun` inflated again (it stands alone). */
export function inflatePiece(deflated: Uint8Array): Uint8Array {
  return zlib.inflateRawSync(deflated, {finishFlush: zlib.constants.Z_SYNC_FLUSH})
}
