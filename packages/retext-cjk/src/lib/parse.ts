/**
 * Text to nlcst. A paragraph is one line (line breaks end paragraphs, as in
 * the plain-text reports Baogao reads); blank lines and line breaks are
 * white space on the root.
 */
import type {Paragraph, Root, RootContent, WhiteSpace} from 'nlcst'
import type {Point} from 'unist'
import {isLineBreak, isWhiteSpace} from './characters.js'
import {sentenceRanges} from './sentences.js'
import {paragraphContent} from './words.js'

/** Parse `value` into an nlcst root with positions. */
export function parseCjk(value: string): Root {
  const children: Array<RootContent> = [...cjkNodes(value)]
  return {
    type: 'RootNode',
    children,
    position: {
      start: {line: 1, column: 1, offset: 0},
      end: endPoint(value)
    }
  }
}

/**
 * The children of the root `parseCjk` would build, one at a time, so a
 * caller reading a long text holds one paragraph in memory at once.
 */
export function* cjkNodes(value: string): Generator<Paragraph | WhiteSpace> {
  let line = 1
  let lineStart = 0
  let index = 0
  // Start of white space (line breaks, blank lines) not yet emitted.
  let gapStart = 0
  let gapStartPoint: Point = {line: 1, column: 1, offset: 0}

  while (index <= value.length) {
    // Find the end of the current line.
    let lineEnd = index
    while (lineEnd < value.length && !isLineBreak(value.charCodeAt(lineEnd))) lineEnd++

    let contentStart = index
    while (contentStart < lineEnd && isWhiteSpace(value.charCodeAt(contentStart))) contentStart++

    if (contentStart < lineEnd) {
      if (gapStart < index) {
        yield whiteSpace(value, gapStart, index, gapStartPoint, {
          line,
          column: 1,
          offset: index
        })
      }

      yield paragraph(value, index, lineEnd, line, lineStart)
      gapStart = lineEnd
      gapStartPoint = {line, column: lineEnd - lineStart + 1, offset: lineEnd}
    }

    if (lineEnd >= value.length) break

    // Step over the line break (`\r\n` counts once).
    const breakSize =
      value.charCodeAt(lineEnd) === 0x0d && value.charCodeAt(lineEnd + 1) === 0x0a ? 2 : 1
    index = lineEnd + breakSize
    line++
    lineStart = index
  }

  if (gapStart < value.length) {
    yield whiteSpace(value, gapStart, value.length, gapStartPoint, endPoint(value))
  }
}

function whiteSpace(
  value: string,
  start: number,
  end: number,
  startPoint: Point,
  endPointValue: Point
): WhiteSpace {
  return {
    type: 'WhiteSpaceNode',
    value: value.slice(start, end),
    position: {start: startPoint, end: endPointValue}
  }
}

/** The line `value[start, end)`, which holds something but white space. */
function paragraph(
  value: string,
  start: number,
  end: number,
  line: number,
  lineStart: number
): Paragraph {
  const pointAt = (offset: number): Point => ({
    line,
    column: offset - lineStart + 1,
    offset
  })
  const sentences = sentenceRanges(value, start, end)
  const children = paragraphContent(value, start, end, sentences, pointAt)

  return {
    type: 'ParagraphNode',
    children,
    position: {start: pointAt(start), end: pointAt(end)}
  }
}

/** The point after the last character of `value`. */
function endPoint(value: string): Point {
  let line = 1
  let lineStart = 0

  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (isLineBreak(code)) {
      if (code === 0x0d && value.charCodeAt(index + 1) === 0x0a) index++
      line++
      lineStart = index + 1
    }
  }

  return {line, column: value.length - lineStart + 1, offset: value.length}
}
