/**
 * SheetJS writes whole workbooks from cells held in memory. To keep memory
 * flat however many rows a run has, rows are handed to SheetJS a few
 * thousand at a time: each batch is written as a one-sheet workbook whose
 * range starts at the batch's first row, and the `<row>` elements are
 * taken from its `<sheetData>`. Every byte of sheet XML is still SheetJS's.
 */
import {unzipSync} from 'fflate'
import * as XLSX from 'xlsx'
import type {CellObject, WorkSheet} from 'xlsx'

export type Row = Array<CellObject | undefined>

export interface RenderedRows {
  /** The `<row>…</row>` elements, UTF-8. */
  xml: Uint8Array
  /** `xl/styles.xml` of the batch: its cells' `s` attributes index into it. */
  styles: string
}

const sheetPath = 'xl/worksheets/sheet1.xml'
const stylesPath = 'xl/styles.xml'
const sheetDataOpen = Buffer.from('<sheetData>')
const sheetDataClose = Buffer.from('</sheetData>')

/** Options for every `XLSX.write` of this package. */
export const writeOptions: XLSX.WritingOptions = {
  type: 'buffer',
  bookType: 'xlsx',
  // Inline strings: a shared strings table would hold every distinct
  // string of the run until the end.
  bookSST: false,
  // Stored: the package is unzipped here and deflated once, natively.
  compression: false
}

/**
 * Write `rows` as rows `firstRow`, `firstRow + 1`… (1-based) of a sheet with
 * `columnCount` columns.
 */
export function renderRows(
  rows: ReadonlyArray<Row>,
  firstRow: number,
  columnCount: number
): RenderedRows {
  // A dense SheetJS sheet is an array of rows indexed from row 1 = 0.
  const sheet: Array<Row> = []
  for (let index = 0; index < rows.length; index++) {
    sheet[firstRow - 1 + index] = rows[index] as Row
  }
  const worksheet = sheet as unknown as WorkSheet
  worksheet['!ref'] = XLSX.utils.encode_range({
    s: {r: firstRow - 1, c: 0},
    e: {r: firstRow - 2 + rows.length, c: columnCount - 1}
  })

  const workbook = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(workbook, worksheet, 'Rows')
  const written = XLSX.write(workbook, writeOptions) as Uint8Array
  const files = unzipSync(written, {
    filter: (file) => file.name === sheetPath || file.name === stylesPath
  })

  return {
    xml: sheetDataContent(requiredFile(files, sheetPath)),
    styles: Buffer.from(requiredFile(files, stylesPath)).toString('utf8')
  }
}

function sheetDataContent(sheet: Uint8Array): Uint8Array {
  const bytes = Buffer.from(sheet.buffer, sheet.byteOffset, sheet.byteLength)
  const open = bytes.indexOf(sheetDataOpen)
  const close = bytes.lastIndexOf(sheetDataClose)
  if (open === -1 || close < open) {
    throw new Error(
      '@baogao/emit-xlsx-summary: unexpected sheet without `<sheetData>`, expected rows from SheetJS'
    )
  }
  return bytes.subarray(open + sheetDataOpen.length, close)
}

/** The file `name` of a package SheetJS wrote; it is always there. */
export function requiredFile(files: Record<string, Uint8Array>, name: string): Uint8Array {
  const file = files[name]
  if (!file) {
    throw new Error(
      '@baogao/emit-xlsx-summary: unexpected package without `' +
        name +
        '`, expected the parts SheetJS 0.18.5 writes'
    )
  }
  return file
}
