/**
 * The line model: the input cut into lines, each trimmed of whitespace
 * (including NBSP, U+3000, BOM and zero-width spaces) while keeping exact
 * offsets into the original input, so every node made from a line can carry
 * a unist position (the parsers map offsets to points).
 */
import {isEdgeSpaceCode} from './text.js'

export interface Line {
  /** 0-based index of the line in the input. */
  index: number
  /** Offset of the first non-whitespace character. */
  start: number
  /** Offset just after the last non-whitespace character. */
  end: number
  /** The trimmed line: `input.slice(start, end)`. */
  text: string
}


/** Cut `value` into lines (`\n`, `\r\n` or `\r`), blank lines included. */
export function splitLines(value: string): Array<Line> {
  const lines: Array<Line> = []
  const breaks = /\r\n|\r|\n/g
  let lineStart = 0
  let index = 0

  while (true) {
    const match = breaks.exec(value)
    const lineEnd = match ? match.index : value.length
    let start = lineStart
    let end = lineEnd

    while (start < end && isEdgeSpaceCode(value.charCodeAt(start))) start++
    while (end > start && isEdgeSpaceCode(value.charCodeAt(end - 1))) end--

    lines.push({index, start, end, text: value.slice(start, end)})
    index++

    if (!match) break
    lineStart = match.index + match[0].length
  }

  return lines
}

/** Whether the trimmed line holds nothing. */
export function isBlank(line: Line): boolean {
  return line.text.length === 0
}

/**
 * A trimmed piece of `text` with its offsets, for pieces cut out of a line
 * (a closing formula at the end of a paragraph, a date after an
 * organisation on one line).
 */
export function subLine(line: Line, from: number, to: number): Line {
  let start = from
  let end = to

  while (start < end && isEdgeSpaceCode(line.text.charCodeAt(start))) start++
  while (end > start && isEdgeSpaceCode(line.text.charCodeAt(end - 1))) end--

  return {
    index: line.index,
    start: line.start + start,
    end: line.start + end,
    text: line.text.slice(start, end)
  }
}
