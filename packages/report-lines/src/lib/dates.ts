/**
 * Date lines: a line that is only a date, as signatures and page headers
 * write them (`2021年1月8日`, `二〇二一年一月八日`, `(2021年1月8日)`,
 * `2022/01/29 12:07`, damaged `2020414`). Reading dates is core's
 * `parseDate`; this module decides what counts as a date line.
 */
import {type DateMatch, parseDate} from '@baogao/core'
import {isWhitespaceCode} from './text.js'

/** Longest line taken as a date line (`2022年12月31日 12:00:00` and brackets). */
const maxDateLineLength = 26

/** Read a whole line (brackets around it allowed) as a date, or `null`. */
export function readDateLine(text: string): DateMatch | null {
  const bare = withoutBrackets(text)
  if (bare.length > maxDateLineLength) return null
  const date = parseDate(bare)
  // A year alone (`2020年`) is a heading or a count, not a date line.
  return date !== null && date.year !== null && date.month !== null ? date : null
}

/** Whether a whole line is a date (and nothing else). */
export function isDateLine(text: string): boolean {
  return readDateLine(text) !== null
}

/**
 * The line trimmed, without a bracket (and the whitespace inside it) at
 * its start and at its end: `(2021年1月8日)` → `2021年1月8日`. Looks at the
 * ends only, as every line of a text is asked.
 */
function withoutBrackets(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++
  while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--
  const open = text.charCodeAt(start)
  if (start < end && (open === 0x28 || open === 0xff08)) {
    start++
    while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++
  }

  const close = text.charCodeAt(end - 1)
  if (end > start && (close === 0x29 || close === 0xff09)) {
    end--
    while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--
  }

  return text.slice(start, end)
}
