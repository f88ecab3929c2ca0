/**
 * Body tables → `table` nodes. Old portal templates and Word exports also
 * use tables for layout; those are read as text instead.
 */
import type {Table, TableCell, TableRow} from '@baogao/core'
import type {Element, ElementContent} from 'hast'
import {attribute, blockElements, isHidden, nonTextElements} from './hast.js'
import {type Line, LineBuilder, type TextContext} from './lines.js'

export interface CellRead {
  /** The cell's lines (a cell may hold paragraphs or `<br>`s). */
  lines: Array<Line>
  header: boolean
  colSpan: number
  rowSpan: number
  element: Element
}

export interface TableRead {
  element: Element
  rows: Array<Array<CellRead>>
}

/** Longest cell text of a data table; longer cells hold layout, not data. */
const maxCellText = 300

/**
 * Read a data table, or return `null` for a layout table (nested tables,
 * a single column, long prose in a cell).
 */
export function readTable(table: Element, source: string): TableRead | null {
  const rows: Array<Array<CellRead>> = []
  let widest = 0

  for (const {row, inHead} of tableRows(table)) {
    const cells: Array<CellRead> = []
    for (const cell of row.children) {
      if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue
      const lines = cellLines(cell, source)
      if (lines === null) return null
      if (lines.reduce((total, line) => total + line.value.length, 0) > maxCellText) return null
      cells.push({
        lines,
        header: inHead || cell.tagName === 'th',
        colSpan: span(cell, 'colSpan'),
        rowSpan: span(cell, 'rowSpan'),
        element: cell
      })
    }

    widest = Math.max(
      widest,
      cells.reduce((total, cell) => total + cell.colSpan, 0)
    )
    rows.push(cells)
  }

  if (rows.length < 2 || widest < 2) return null
  return {element: table, rows}
}

/** The core `table` node of a read table, with positions. */
export function toTableNode(
  read: TableRead,
  pointAt: (offset: number) => import('unist').Point
): Table {
  const rows: Array<TableRow> = read.rows.map((cells) => {
    const children: Array<TableCell> = cells.map((cell) => {
      const first = cell.lines[0]
      const last = cell.lines.at(-1)
      const node: TableCell = {
        type: 'tableCell',
        header: cell.header,
        colSpan: cell.colSpan,
        rowSpan: cell.rowSpan,
        children: []
      }

      if (first && last) {
        const start = pointAt(first.offsets[0] ?? 0)
        const end = pointAt(last.offsets[last.value.length] ?? 0)
        node.children.push({
          type: 'text',
          value: cell.lines.map((line) => line.value).join('\n'),
          position: {start, end}
        })
      }

      const position = elementPosition(cell.element)
      if (position) node.position = position
      return node
    })
    const row: TableRow = {type: 'tableRow', children}
    const start = children[0]?.position?.start
    const end = children.at(-1)?.position?.end
    if (start && end) row.position = {start, end}
    return row
  })

  const table: Table = {type: 'table', children: rows}
  const position = elementPosition(read.element)
  if (position) table.position = position
  return table
}

function elementPosition(element: Element): import('unist').Position | undefined {
  const position = element.position
  if (!position?.start || !position.end) return undefined
  return {
    start: {
      line: position.start.line,
      column: position.start.column,
      offset: position.start.offset ?? 0
    },
    end: {line: position.end.line, column: position.end.column, offset: position.end.offset ?? 0}
  }
}

function span(cell: Element, name: 'colSpan' | 'rowSpan'): number {
  const value = Number.parseInt(attribute(cell, name), 10)
  return Number.isFinite(value) && value > 0 ? Math.min(value, 1000) : 1
}

/** Rows of this table (not of nested tables), with whether they are in `thead`. */
function tableRows(table: Element): Array<{row: Element; inHead: boolean}> {
  const rows: Array<{row: Element; inHead: boolean}> = []
  for (const child of table.children) {
    if (child.type !== 'element') continue
    if (child.tagName === 'tr') rows.push({row: child, inHead: false})
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      for (const row of child.children) {
        if (row.type === 'element' && row.tagName === 'tr') {
          rows.push({row, inHead: child.tagName === 'thead'})
        }
      }
    }
  }

  return rows
}

/** A cell's lines, or `null` when it holds a nested table (layout). */
function cellLines(cell: Element, source: string): Array<Line> | null {
  const builder = new LineBuilder(source)
  const lines: Array<Line> = []
  const flush = () => {
    const line = builder.flush()
    if (line) lines.push(line)
  }

  const stack: Array<ElementContent | 'flush'> = [...cell.children].reverse()
  const context: TextContext = {
    bold: false,
    level: 0,
    align: null,
    preserve: false,
    link: false,
    cell: true
  }

  while (stack.length > 0) {
    const node = stack.pop()
    if (node === undefined) break
    if (node === 'flush') {
      flush()
      continue
    }

    if (node.type === 'text') {
      builder.addText(
        node.value,
        node.position?.start.offset ?? -1,
        node.position?.end.offset ?? -1,
        context
      )
      continue
    }

    if (node.type !== 'element') continue
    if (node.tagName === 'table') return null
    if (nonTextElements.has(node.tagName) || isHidden(node)) continue
    if (node.tagName === 'br') {
      flush()
      continue
    }

    const block = blockElements.has(node.tagName)
    if (block) {
      flush()
      stack.push('flush')
    }

    for (let index = node.children.length - 1; index >= 0; index--) {
      const child = node.children[index]
      if (child !== undefined) stack.push(child)
    }
  }

  flush()
  return lines
}
