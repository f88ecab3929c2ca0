/**
 * Puts the workbook package together: SheetJS writes the whole package
 * with header-only sheets (workbook, styles, sheet ranges, column widths,
 * autofilters and their defined names); each sheet then gets its frozen
 * header row and, after the header, the rows SheetJS rendered in batches;
 * fflate writes the zip, handed on chunk by chunk as it comes.
 */
import zlib from 'node:zlib'
import {Zip, unzipSync} from 'fflate'
import type {ZipInputFile} from 'fflate'
import * as XLSX from 'xlsx'
import {deflatePiece, inflatePiece} from './deflated-parts.js'
import type {DeflatedRun} from './deflated-parts.js'
import {freezeHeaderRow} from './freeze-header.js'
import {renderRows, requiredFile, writeOptions} from './render-rows.js'
import type {SheetPart} from './sheet-series.js'

const contentTypes = '[Content_Types].xml'
const stylesPath = 'xl/styles.xml'

/**
 * A fixed entry time (local 1980-01-01, the first DOS date), so the same
 * rows always give the same bytes.
 */
const entryTime = new Date(1980, 0, 1)

const encoder = new TextEncoder()

/**
 * The `.xlsx` bytes of `parts`, in order, as the zip chunks fflate makes:
 * a local header, one chunk per piece of an entry, a data descriptor, and
 * the central directory at the end. Each chunk is yielded as soon as it is
 * made, so the file is never whole in memory.
 */
export function* writePackage(
  parts: ReadonlyArray<SheetPart>
): Generator<Uint8Array, undefined, undefined> {
  const workbook = XLSX.utils.book_new()
  for (const part of parts) {
    XLSX.utils.book_append_sheet(workbook, part.worksheet, part.name)
  }
  workbook.Workbook = {Names: parts.map((_, index) => filterName(index))}
  const files = unzipSync(XLSX.write(workbook, writeOptions) as Uint8Array)
  const styles = Buffer.from(requiredFile(files, stylesPath)).toString('utf8')
  checkStyles(parts, styles)

  // `[Content_Types].xml` first, as Office writes it: some tools sniff it.
  const names = Object.keys(files).sort(
    (a, b) => Number(b === contentTypes) - Number(a === contentTypes)
  )
  const bodies = new Map<string, DeflatedRun>()
  for (const [index, part] of parts.entries()) {
    bodies.set('xl/worksheets/sheet' + String(index + 1) + '.xml', part.body)
  }

  // fflate calls back synchronously: what a push made is here right after.
  let ready: Array<Uint8Array> = []
  let failure: Error | undefined
  const zip = new Zip((error, chunk) => {
    if (error) failure ??= error
    else ready.push(chunk)
  })
  function* drain(): Generator<Uint8Array, undefined, undefined> {
    if (failure) throw failure
    const chunks = ready
    ready = []
    yield* chunks
  }

  for (const name of names) {
    const data = requiredFile(files, name)
    const body = bodies.get(name)
    const pieces = body
      ? sheetPieces(Buffer.from(data).toString('utf8'), name, body)
      : [data]
    for (const _ of addDeflated(zip, name, pieces)) yield* drain()
  }

  zip.end()
  yield* drain()
}

/**
 * The autofilter's defined name, hidden as Excel writes it. SheetJS adds
 * this name itself when it writes a sheet's `<autoFilter>`, without
 * `hidden`; given one for the sheet, it fills in the range and keeps it.
 */
function filterName(sheet: number): XLSX.DefinedName {
  // `Hidden` is read by SheetJS's writer but missing from its types.
  const name = {Name: '_xlnm._FilterDatabase', Ref: '', Sheet: sheet, Hidden: 1}
  return name
}

/**
 * The sheet's XML around its rows: everything up to the header row's end,
 * with the pane frozen, and everything from `</sheetData>` on.
 */
function sheetPieces(
  sheetXml: string,
  name: string,
  body: DeflatedRun
): Array<Uint8Array | DeflatedRun> {
  const xml = freezeHeaderRow(sheetXml, name)
  const headerEnd = xml.indexOf('</row>')
  const dataEnd = xml.indexOf('</sheetData>')
  if (headerEnd === -1 || xml.slice(headerEnd + 6, dataEnd) !== '') {
    throw new Error(
      '@baogao/emit-xlsx-summary: unexpected rows in `' +
        name +
        '`, expected a header row only'
    )
  }
  return [
    encoder.encode(xml.slice(0, headerEnd + 6)),
    body,
    encoder.encode(xml.slice(dataEnd))
  ]
}

/**
 * Add one deflated entry made of XML pieces and, for a sheet, its deflated
 * rows, pushing one piece at a time; yields after each push so the chunks
 * it made can go out first. A run's pieces are read back from its spill
 * file one by one, inflated for the CRC, and copied to the zip as read.
 * fflate writes the sizes and CRC in a data descriptor after the data.
 */
function* addDeflated(
  zip: Zip,
  filename: string,
  pieces: ReadonlyArray<Uint8Array | DeflatedRun>
): Generator<undefined, undefined, undefined> {
  const entry: ZipInputFile = {
    filename,
    size: 0,
    crc: 0,
    compression: 8,
    mtime: entryTime
  }
  zip.add(entry)
  const push = (chunk: Uint8Array<ArrayBuffer>, final: boolean): void => {
    entry.ondata?.(null, chunk, final)
  }

  let crc = 0
  let size = 0
  for (const [index, piece] of pieces.entries()) {
    const final = index === pieces.length - 1
    if (piece instanceof Uint8Array) {
      crc = zlib.crc32(piece, crc)
      size += piece.byteLength
      // Set before the final push: fflate reads them when the entry ends.
      entry.crc = crc
      entry.size = size
      push(deflatePiece(piece, final), final)
      yield
    } else {
      // A run is never last: the sheet's XML after the rows ends the entry.
      for (const deflated of piece.pieces()) {
        crc = zlib.crc32(inflatePiece(deflated), crc)
        push(deflated, false)
        yield
      }
      size += piece.size
    }
  }
}

/**
 * Batches point at styles by index (`s="1"`) into their own `styles.xml`.
 * What they point at (the cell formats and the number formats those use)
 * must be the package's, or only the default format.
 */
function checkStyles(parts: ReadonlyArray<SheetPart>, styles: string): void {
  const expected = styleSignature(styles)
  const plain = styleSignature(renderRows([[{t: 's', v: ''}]], 1, 1).styles)
  for (const part of parts) {
    for (const batchStyles of part.styles) {
      const signature = styleSignature(batchStyles)
      if (signature !== expected && signature !== plain) {
        throw new Error(
          '@baogao/emit-xlsx-summary: unexpected cell styles in `' +
            part.name +
            '`, expected the styles of the package'
        )
      }
    }
  }
}

/**
 * The cell formats of a `styles.xml` and the custom number formats they
 * use. (SheetJS lists every number format it has met in the process, so
 * the rest of the file may differ between writes.)
 */
function styleSignature(styles: string): string {
  const cellFormats = /<cellXfs\b[^>]*>[\s\S]*?<\/cellXfs>/.exec(styles)?.[0] ?? ''
  const used = new Set(
    Array.from(cellFormats.matchAll(/numFmtId="(\d+)"/g), (match) => match[1])
  )
  const numberFormats = Array.from(
    styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="[^"]*"\/>/g)
  ).filter((match) => used.has(match[1]))
  return cellFormats + numberFormats.map((match) => match[0]).join('')
}
