/**
 * One logical sheet (`Sections`) that continues in `Sections (2)`,
 * `Sections (3)`… when it reaches the row limit, so no row is dropped.
 * Each part has its own header row, autofilter and column widths. Rows are
 * rendered by SheetJS in batches (see `render-rows.ts`) and kept deflated
 * in the workbook's spill file (see `deflated-parts.ts`).
 */
import type {CellObject, WorkSheet} from 'xlsx'
import * as XLSX from 'xlsx'
import type {DocumentSummary} from '@baogao/core'
import {cellText, dateFormat, displayWidth, toCell} from './cells.js'
import type {Column, HeaderLanguage} from './columns.js'
import {DeflatedRun} from './deflated-parts.js'
import {renderRows} from './render-rows.js'
import type {Row} from './render-rows.js'
import type {SpillFile} from './spill-file.js'

/** Rows in a worksheet of Excel 2007 and later, header included. */
export const excelMaxRows = 1_048_576

/** Narrowest and widest column, in character widths. */
const minColumnWidth = 6
const maxColumnWidth = 60

/** Room for the autofilter button beside a header. */
const filterButtonWidth = 2

export interface SeriesLimits {
  /** Rows per sheet, header included. */
  maxRows: number
  /** Rows handed to SheetJS at a time. */
  batchRows: number
}

/** A finished sheet: its header-only SheetJS sheet and its deflated rows. */
export interface SheetPart {
  name: string
  /** Header row, range, autofilter and widths; the rows are in `body`. */
  worksheet: WorkSheet
  body: DeflatedRun
  /** Every `xl/styles.xml` the batches were written with. */
  styles: Set<string>
}

interface OpenPart {
  name: string
  header: Row
  /** Rows written so far, header included. */
  rowCount: number
  pending: Array<Row>
  /** Widest text per column so far. */
  widths: Array<number>
  body: DeflatedRun
  styles: Set<string>
}

export class SheetSeries<Item> {
  readonly #baseName: string
  readonly #columns: ReadonlyArray<Column<Item>>
  readonly #language: HeaderLanguage
  readonly #limits: SeriesLimits
  readonly #spill: SpillFile
  readonly #parts: Array<OpenPart> = []
  #current: OpenPart

  constructor(
    baseName: string,
    columns: ReadonlyArray<Column<Item>>,
    language: HeaderLanguage,
    limits: SeriesLimits,
    spill: SpillFile
  ) {
    this.#baseName = baseName
    this.#columns = columns
    this.#language = language
    this.#limits = limits
    this.#spill = spill
    this.#current = this.#startPart()
  }

  add(document: DocumentSummary, item: Item): void {
    if (this.#current.rowCount >= this.#limits.maxRows) {
      this.#flush(this.#current)
      this.#current = this.#startPart()
    }

    const part = this.#current
    const row: Row = []
    for (let index = 0; index < this.#columns.length; index++) {
      const column = this.#columns[index] as Column<Item>
      const cell = toCell(column.kind, column.value(document, item))
      row.push(cell)
      if (cell) measure(part.widths, index, cellText(cell))
    }
    part.pending.push(row)
    part.rowCount++
    if (part.pending.length >= this.#limits.batchRows) this.#flush(part)
  }

  /** Render what is pending and hand over every part, in order. */
  finish(): Array<SheetPart> {
    this.#flush(this.#current)
    return this.#parts.map((part) => ({
      name: part.name,
      worksheet: this.#worksheet(part),
      body: part.body,
      styles: part.styles
    }))
  }

  #startPart(): OpenPart {
    const number = this.#parts.length + 1
    const name =
      number === 1 ? this.#baseName : this.#baseName + ' (' + String(number) + ')'
    const labels = this.#columns.map((column) => column.header[this.#language])
    const header = labels.map((label, index): CellObject => {
      const cell: CellObject = {t: 's', v: label}
      // A header carries its column's number format, as when a whole column
      // is formatted in Excel; it also puts the date style into the
      // package's `styles.xml`, which the batches' date cells point at.
      if (this.#columns[index]?.kind === 'date') cell.z = dateFormat
      return cell
    })
    const part: OpenPart = {
      name,
      header,
      rowCount: 1,
      pending: [],
      widths: labels.map((label) => displayWidth(label) + filterButtonWidth),
      body: new DeflatedRun(this.#spill),
      styles: new Set()
    }
    this.#parts.push(part)
    return part
  }

  #flush(part: OpenPart): void {
    if (part.pending.length === 0) return
    const firstRow = part.rowCount - part.pending.length + 1
    const rendered = renderRows(part.pending, firstRow, this.#columns.length)
    part.body.add(rendered.xml)
    part.styles.add(rendered.styles)
    part.pending = []
  }

  #worksheet(part: OpenPart): WorkSheet {
    const worksheet = [part.header] as unknown as WorkSheet
    const ref = XLSX.utils.encode_range({
      s: {r: 0, c: 0},
      e: {r: part.rowCount - 1, c: this.#columns.length - 1}
    })
    worksheet['!ref'] = ref
    worksheet['!autofilter'] = {ref}
    worksheet['!cols'] = part.widths.map((width) => ({
      wch: Math.min(maxColumnWidth, Math.max(minColumnWidth, width + 1))
    }))
    return worksheet
  }
}

function measure(widths: Array<number>, index: number, text: string): void {
  const widest = widths[index] ?? 0
  // Text is at most twice as wide as it is long: skip what cannot widen.
  if (widest >= maxColumnWidth || text.length * 2 <= widest) return
  const width = displayWidth(text)
  if (width > widest) widths[index] = width
}
