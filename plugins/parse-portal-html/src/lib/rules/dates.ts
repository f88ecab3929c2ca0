/**
 * Date lines: a line that is only a date, as signatures and page headers
 * write them (`2021年1月8日`, `二〇二一年一月八日`, `(2021年1月8日)`,
 * `2022/01/29 12:07`, damaged `2020414`). Reading the value is core's
 * `parseDate`; this module only says whether a whole line is a date.
 */
import {compact} from './text.js'

/** Characters a written date is made of. */
const dateOnly =
  /^[(\uFF08]?[0-9\uFF10-\uFF19〇零○Ｏ一二三四五六七八九十]{2,4}[年.．/\-－]?[0-9\uFF10-\uFF19〇零○一二三四五六七八九十]{0,3}[月.．/\-－]?[0-9\uFF10-\uFF19〇零○一二三四五六七八九十]{0,3}[日号]?(\d{1,2}[:\uFF1A]\d{2}([:\uFF1A]\d{2})?)?[)\uFF09]?$/

/** Whether a whole line is a date (and nothing else). */
export function isDateLine(text: string): boolean {
  const bare = compact(text)
  if (bare.length < 6 || bare.length > 24) return false
  if (!dateOnly.test(bare)) return false
  // Needs a year: four digits, Arabic or Chinese.
  return /^[(\uFF08]?([0-9\uFF10-\uFF19]{4}|[〇零○Ｏ一二三四五六七八九]{4})/.test(bare)
}
