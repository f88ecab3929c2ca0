/**
 * Typed cells for SheetJS, and how wide their text shows.
 */
import {eastAsianWidth} from 'get-east-asian-width'
import type {CellObject} from 'xlsx'
import type {ColumnKind, ColumnValue} from './columns.js'

/** The number format of date cells. */
export const dateFormat = 'yyyy-mm-dd'

/** Excel's limit on the characters of one cell. */
const maxCellText = 32_767

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/

/** Days from Excel's epoch (1899-12-30) to 1970-01-01. */
const unixEpochSerial = 25_569

const millisecondsPerDay = 86_400_000

/**
 * A cell of `kind` for `value`, or `undefined` for an empty cell (`null`,
 * `''`). Text always becomes a string cell (`t: 's'`, written to the shared
 * strings table) and never carries a formula, so `=1+1`, `+86…`, `-1` and
 * `@x` stay text. A date that is not a real `YYYY-MM-DD` day stays text
 * rather than being dropped.
 */
export function toCell(kind: ColumnKind, value: ColumnValue): CellObject | undefined {
  if (value === null || value === '') return undefined

  if (typeof value === 'number') {
    // NaN and Infinity have no cell form; keep what they said as text.
    return Number.isFinite(value) ? {t: 'n', v: value} : textCell(String(value))
  }

  if (typeof value === 'boolean') return {t: 'b', v: value}

  if (kind === 'date') {
    const serial = dateSerial(value)
    if (serial !== undefined) return {t: 'n', v: serial, z: dateFormat}
  }

  return textCell(value)
}

/** The text a cell shows, for measuring column widths. */
export function cellText(cell: CellObject): string {
  if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE'
  if (cell.z === dateFormat) return dateFormat
  return String(cell.v)
}

/**
 * Columns the text takes in a CJK-aware grid: wide and full-width
 * characters (Han, kana, hangul, full-width forms) count 2, and so do
 * ambiguous ones (`“` `…` `①`), which Chinese fonts draw wide.
 */
export function displayWidth(text: string): number {
  let width = 0
  for (const character of text) {
    width += eastAsianWidth(character.codePointAt(0) ?? 0, {ambiguousAsWide: true})
  }
  return width
}

/**
 * Excel's serial day number for a `YYYY-MM-DD` date, counted in UTC so the
 * result does not depend on the machine's time zone.
 */
export function dateSerial(value: string): number | undefined {
  const match = isoDate.exec(value)
  if (!match) return undefined
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  const time = Date.UTC(year, month - 1, day)
  const date = new Date(time)
  // `Date.UTC` rolls `2021-02-30` over to March: that is not a real day.
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return undefined
  }
  const serial = time / millisecondsPerDay + unixEpochSerial
  // Excel's 1900 date system starts at 1900-01-01 (serial 1) and counts a
  // 1900-02-29 that never was, so serials before 1900-03-01 mean other days.
  return serial >= 61 ? serial : undefined
}

function textCell(value: string): CellObject {
  return {t: 's', v: fitCell(value)}
}

/** Cut text past Excel's cell limit (SheetJS would throw), marked with `…`. */
function fitCell(value: string): string {
  if (value.length <= maxCellText) return value
  let end = maxCellText - 1
  // Do not split a surrogate pair.
  const code = value.charCodeAt(end - 1)
  if (code >= 0xd8_00 && code <= 0xdb_ff) end--
  return value.slice(0, end) + '…'
}
