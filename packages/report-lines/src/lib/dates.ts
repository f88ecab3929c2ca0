/**
 * Date lines: a line that is only a date, as signatures and page headers
 * write them (`2021年1月8日`, `二〇二一年一月八日`, `(2021年1月8日)`,
 * `2022/01/29 12:07`, damaged `2020414`). Reading dates is core's
 * `parseDate`; this module decides what counts as a date line.
 */
import {type DateMatch, parseDate} from '@baogao/core'

/** Longest line taken as a date line (`2022年12月31日 12:00:00` and brackets). */
const maxDateLineLength = 26

/** Read a whole line (brackets around it allowed) as a date, or `null`. */
export function readDateLine(text: string): DateMatch | null {
  const bare = text.trim().replace(/^[(\uFF08]\s*|\s*[)\uFF09]$/g, '')
  if (bare.length > maxDateLineLength) return null
  const date = parseDate(bare)
  // A year alone (`2020年`) is a heading or a count, not a date line.
  return date !== null && date.year !== null && date.month !== null ? date : null
}

/** Whether a whole line is a date (and nothing else). */
export function isDateLine(text: string): boolean {
  return readDateLine(text) !== null
}
