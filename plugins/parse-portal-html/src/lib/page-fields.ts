/**
 * Fields around the article: the 政务公开 info block (a table, `<strong>`
 * labels, list items), the source/date line, and editor lines in brackets
 * at the article's end. Read with the text rules' field reader.
 */
import {
  type Field,
  isDateLine,
  isFieldValue,
  isPendingLabel,
  readFieldLine
} from '@baogao/report-lines'
import type {BodyItem} from './extract.js'
import type {Line as PageLine} from './lines.js'

/** Longest table cell taken as a label without a colon (`索 引 号`). */
const maxCellLabel = 12

/** Whether `text` is one field label waiting for its value (`发文单位:`). */
export function isLabel(text: string): boolean {
  const line = readFieldLine(text)
  return line !== null && line.fields.length === 1 && isPendingLabel(line)
}

export interface OutsideFields {
  fields: Array<Field>
  /** Dates written without a label next to fields (`2023-02-28 09:30 来源:…`). */
  dates: Array<string>
}

/**
 * Fields of lines outside the article: `label:value` lines, a label with
 * its value on the next line (table cells, list items), and labels without
 * a colon in table cells.
 */
export function readOutsideFields(lines: Array<PageLine>): OutsideFields {
  const fields: Array<Field> = []
  const dates: Array<string> = []

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as PageLine
    const next = lines[index + 1]
    // Every field has a colon, except a label alone in a table cell.
    const hasColon = line.value.includes(':') || line.value.includes('：')
    if (line.linked) continue
    if (!hasColon && !(line.cell && next?.cell && line.value.length <= maxCellLabel)) continue
    let fieldLine = hasColon ? readFieldLine(line.value) : null

    // `<th>索引号</th><td>…</td>`: a label cell without a colon.
    if (fieldLine === null && line.cell && next?.cell) {
      const labelled = readFieldLine(line.value + ':')
      if (labelled !== null && labelled.fields.length === 1 && isPendingLabel(labelled))
        fieldLine = labelled
    }

    if (fieldLine === null) continue
    fields.push(...fieldLine.fields)
    for (const piece of fieldLine.chrome) if (isDateLine(piece)) dates.push(piece)

    // A value cell after a label cell is the value, even a title.
    const cellValue = line.cell && next?.cell === true && readFieldLine(next.value) === null
    if (
      isPendingLabel(fieldLine) &&
      next !== undefined &&
      (cellValue || isFieldValue(next.value))
    ) {
      const field = fieldLine.fields.at(-1) as Field
      field.value = next.value
      index++
    }
  }

  return {fields, dates}
}

/** `(责任编辑:张三)`, `【来源:县司法局】`: a field in brackets on its own line. */
const bracketedField = /^[（(【[]\s*([^（()）【】[\]:：]{1,8}[:：][^（()）【】[\]]{0,40})[）)】\]]$/

/**
 * Take the editor's bracketed fields off the end of the article (they are
 * not report text): returns them as written and as field lines.
 */
export function trimEditorLines(body: Array<BodyItem>): {
  written: Array<string>
  lines: Array<PageLine>
} {
  const written: Array<string> = []
  const lines: Array<PageLine> = []
  while (body.length > 0) {
    const last = body.at(-1)
    if (last?.kind !== 'line') break
    const inner = bracketedField.exec(last.line.value)?.[1]
    if (inner === undefined || !isLabel(inner.slice(0, inner.search(/[:：]/) + 1))) break
    body.pop()
    written.unshift(last.line.value)
    lines.unshift({...last.line, value: inner})
  }

  return {written, lines}
}
