/**
 * Reading a written workbook back in tests: with SheetJS for cell values
 * and types, and as raw package parts for the XML itself.
 */
import {strFromU8, unzipSync} from 'fflate'
import * as XLSX from 'xlsx'

/**
 * A cell as `[type, value]`; `null` is empty. A number cell formatted
 * `yyyy-mm-dd` is a date: `['d', text as shown]`.
 */
export type CellValue = ['s', string] | ['n', number] | ['b', boolean] | ['d', string] | null

export interface SheetContent {
  name: string
  ref: string | undefined
  autofilter: string | undefined
  rows: Array<Array<CellValue>>
}

export function readWorkbook(bytes: Uint8Array): Array<SheetContent> {
  const workbook = XLSX.read(bytes, {type: 'array', cellNF: true, dense: false})
  return workbook.SheetNames.map((name) => {
    const sheet = workbook.Sheets[name] as XLSX.WorkSheet
    const ref = sheet['!ref']
    const rows: Array<Array<CellValue>> = []
    if (ref) {
      const range = XLSX.utils.decode_range(ref)
      for (let r = range.s.r; r <= range.e.r; r++) {
        const row: Array<CellValue> = []
        for (let c = range.s.c; c <= range.e.c; c++) {
          row.push(cellValue(sheet[XLSX.utils.encode_cell({r, c})] as XLSX.CellObject | undefined))
        }
        rows.push(row)
      }
    }
    return {name, ref, autofilter: sheet['!autofilter']?.ref, rows}
  })
}

function cellValue(cell: XLSX.CellObject | undefined): CellValue {
  if (!cell || cell.v === undefined) return null
  if (cell.f !== undefined) throw new Error('Unexpected formula `' + cell.f + '`')
  switch (cell.t) {
    case 's':
      return ['s', String(cell.v)]
    case 'n':
      if (cell.z === 'yyyy-mm-dd') return ['d', String(cell.w)]
      if (cell.z !== undefined && cell.z !== 'General') {
        throw new Error('Unexpected number format `' + String(cell.z) + '`')
      }
      return ['n', Number(cell.v)]
    case 'b':
      return ['b', Boolean(cell.v)]
    default:
      throw new Error('Unexpected cell type `' + cell.t + '`')
  }
}

/** The parts of the package, decoded as text. */
export function packageParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes)
  return Object.fromEntries(
    Object.entries(files).map(([name, data]) => [name, strFromU8(data)])
  )
}
