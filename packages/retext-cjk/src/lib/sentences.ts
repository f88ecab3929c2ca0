/**
 * Sentence boundaries inside one paragraph (one line: no line breaks).
 */
import {
  isAsciiAlphanumeric,
  isAsciiDigit,
  isCloser,
  isDot,
  isStrongTerminator,
  isWhiteSpace
} from './characters.js'

/** A half-open range of UTF-16 offsets. */
export interface Range {
  start: number
  end: number
}

/**
 * Split `value[start, end)` into sentences. A sentence ends after a run of
 * terminators (`。！？；`, their half-width forms, and `.` where it ends a
 * sentence), plus any closing quotes or brackets. White space between
 * sentences belongs to no sentence.
 */
export function sentenceRanges(value: string, start: number, end: number): Array<Range> {
  const ranges: Array<Range> = []
  let index = skipWhiteSpace(value, start, end)
  let sentenceStart = index

  while (index < end) {
    if (isTerminatorAt(value, index, start, end)) {
      let after = index + 1
      while (after < end && isTerminatorAt(value, after, start, end)) after++
      while (after < end && isCloser(value.charCodeAt(after))) after++
      ranges.push({start: sentenceStart, end: after})
      index = skipWhiteSpace(value, after, end)
      sentenceStart = index
    } else {
      index++
    }
  }

  if (sentenceStart < end) {
    let last = end
    while (last > sentenceStart && isWhiteSpace(value.charCodeAt(last - 1))) last--
    ranges.push({start: sentenceStart, end: last})
  }

  return ranges
}

function skipWhiteSpace(value: string, index: number, end: number): number {
  while (index < end && isWhiteSpace(value.charCodeAt(index))) index++
  return index
}

/**
 * Whether the character at `index` ends a sentence. A dot is a decimal
 * point, part of a domain or a numbering marker (`2.5`, `gov.cn`, `1.科学`)
 * unless it is followed by white space or the end, or stands between
 * characters that are not ASCII letters or digits (`报告.现将`). A dot
 * followed by another dot is part of an ellipsis; the last dot decides.
 */
function isTerminatorAt(value: string, index: number, start: number, end: number): boolean {
  const code = value.charCodeAt(index)
  if (isStrongTerminator(code)) return true
  if (!isDot(code)) return false

  if (index + 1 >= end) return true
  const next = value.charCodeAt(index + 1)
  if (isWhiteSpace(next)) return true
  if (isDot(next)) return false

  const previous = index > start ? value.charCodeAt(index - 1) : -1
  if (isAsciiDigit(previous)) return false
  return !isAsciiAlphanumeric(previous) && !isAsciiAlphanumeric(next)
}
