/**
 * Sheet XML kept deflated while a run's rows arrive, so memory holds about
 * a tenth of the XML (the size of the output file) rather than every cell.
 *
 * Each piece is deflated on its own and ended with a sync flush (byte
 * aligned, no final block), so pieces concatenate into one valid raw
 * DEFLATE stream, the way pigz joins blocks; the last piece of an entry is
 * finished normally. Node's zlib does the deflating: it is native and
 * several times faster than a JavaScript deflate on sheets this size.
 */
import zlib from 'node:zlib'

const level = 6

/** A run of sheet XML, deflated piece by piece. */
export class DeflatedRun {
  readonly pieces: Array<Uint8Array<ArrayBuffer>> = []
  /** Bytes of XML before deflating. */
  size = 0

  add(xml: Uint8Array): void {
    if (xml.byteLength === 0) return
    this.pieces.push(deflatePiece(xml, false))
    this.size += xml.byteLength
  }

  /**
   * CRC-32 of the run's XML continued from `crc`. The XML is not kept, so
   * it is inflated again piece by piece (each piece stands alone).
   */
  crcFrom(crc: number): number {
    let value = crc
    for (const piece of this.pieces) {
      value = zlib.crc32(
        zlib.inflateRawSync(piece, {finishFlush: zlib.constants.Z_SYNC_FLUSH}),
        value
      )
    }
    return value
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
