/**
 * Dates as reports and portal pages write them, including the forms that
 * text extraction damages.
 */
import {
  chineseNumeralCharacters,
  chineseNumeralRunEnd,
  digitRunEnd,
  isChineseNumeralCode,
  isDigitCode,
  parseChineseNumeral
} from './numerals.js'

export interface DateMatch {
  /** `YYYY-MM-DD` when year, month and day are all known, else `null`. */
  value: string | null
  year: number | null
  month: number | null
  day: number | null
  /** The date was read from a damaged form (lost `年`/`月`/`日`). */
  damaged: boolean
}

export interface FoundDate extends DateMatch {
  /** Index of the date's first character in the text. */
  index: number
  /** Index just after the date (and its time, if any). */
  end: number
}

const digit = '[0-9０-９]'
const cn = `[${chineseNumeralCharacters}]`
const space = '[ \\u00a0\\u3000]*'
const time = `(?:[ \\u00a0\\u3000T]+${digit}{1,2}[:：]${digit}{2}(?:[:：]${digit}{2})?)?`

/** `2021年1月8日`, `二〇二一年一月八日`, `2021年元月8号`, `2019年12月份`. */
const written = new RegExp(
  `(${digit}{4}|${cn}{4})${space}年${space}(?:(${digit}{1,2}|${cn}{1,3}|元)${space}月(?:份)?${space}(?:(${digit}{1,2}|${cn}{1,3})${space}[日号]${time})?)?`,
  'y'
)
/** `2020-04-20 16:52:29`, `2022/01/29`, `2022.01.29`. */
const numeric = new RegExp(
  `(${digit}{4})([-/.．－])(${digit}{1,2})\\2(${digit}{1,2})${time}`,
  'y'
)
/** `20198月`, `2019812日`: `年` (and maybe `月`) lost. */
const lostYearMark = new RegExp(
  `(${digit}{4})(${digit}{1,2})月(?:份)?(?:(${digit}{1,2})[日号])?`,
  'y'
)
/** `2019年812日`: `月` lost between month and day. */
const lostMonthMark = new RegExp(`(${digit}{4})年(${digit}{2,3})[日号]`, 'y')
/** `2020414`, `20200414`: only digits left. */
const digitsOnly = new RegExp(`^${digit}{6,8}$`)
/** `2021年1月8`: the day lost its `日`. */
const lostDayMark = new RegExp(
  `^(${digit}{4}|${cn}{4})年(${digit}{1,2})月(${digit}{1,2})$`
)
/** Every form starts with a year of four digits or four Chinese numerals. */
const yearLength = 4

/**
 * Parse a whole string as a date (whitespace around it is ignored). Forms:
 * `2021年1月8日`, `二〇二一年一月八日`, `2021年元月8日`, `2020-04-20 16:52:29`,
 * `2022/01/29 12:07:22`, `2022.01.29`, `2020年4月` (no day), `2019年12月份`,
 * `2020年`/`2019年度` (year only), and damaged forms: `20198月` (lost `年`),
 * `2019年812日` (lost `月`), `2021年1月8` (lost `日`), `2020414` (only
 * digits left), marked `damaged: true`.
 *
 * Digits-only forms are ambiguous: `2020114` is 2020-01-14 or 2020-11-04.
 * The reading with a one-digit month and a two-digit day wins, since it is
 * the more likely one over a year (9 of 12 months, 22 of 31 days), unless
 * it needs a part starting with `0` (`2020104` is 2020-10-04).
 *
 * @returns
 *   The date, or `null` when `text` is not one valid date.
 */
export function parseDate(text: string): DateMatch | null {
  // `trim` strips exactly what `\s` matches (NBSP and U+3000 included),
  // without a pattern tried at every index.
  const trimmed = text.trim()
  const found = matchDateAt(trimmed, 0)

  if (found && found.end === trimmed.length) return withoutSpan(found)

  // Year only, possibly `年度`.
  const year = /^(\d{4}|[０-９]{4}|\S{4})年度?$/.exec(trimmed)?.[1]
  if (year !== undefined) {
    const value = readYear(year)
    if (value !== null) return makeDate(value, null, null, false)
  }

  // `2021年1月8`: the day lost its `日`.
  const lostDay = lostDayMark.exec(trimmed)
  if (lostDay) {
    return fromParts(lostDay[1], lostDay[2], lostDay[3], true)
  }

  return digitsOnly.test(trimmed) ? readDigits(trimmed) : null
}

/**
 * Find the dates in running text, in order. Year-only mentions (`2020年`)
 * are not dates here, and neither are bare digit runs (`2020414`), which
 * cannot be told from counts and codes inside a sentence: use `parseDate`
 * on a line that holds only a date.
 */
export function findDates(text: string): Array<FoundDate> {
  const dates: Array<FoundDate> = []
  let index = 0

  while (index < text.length) {
    const code = text.charCodeAt(index)
    // A date starts a number: not in the middle of `120201月…`. Only a
    // digit or a Chinese numeral can start one: others are stepped over
    // without trying the patterns.
    const found =
      (isDigitCode(code) || isChineseNumeralCode(code)) &&
      !isDigitCode(text.charCodeAt(index - 1))
        ? matchDateAt(text, index)
        : null

    if (found && found.month !== null) {
      dates.push(found)
      index = found.end
    } else {
      index++
    }
  }

  return dates
}

function matchDateAt(text: string, index: number): FoundDate | null {
  // Every pattern starts with a four-character year: look no further
  // without one.
  const digitYear = digitRunEnd(text, index) - index >= yearLength
  if (
    !digitYear &&
    chineseNumeralRunEnd(text, index, yearLength) - index < yearLength
  )
    return null

  numeric.lastIndex = index
  const isoLike = numeric.exec(text)
  if (isoLike) {
    const date = fromParts(isoLike[1], isoLike[3], isoLike[4], false)
    if (date && !/[0-9０-９]/.test(text.charAt(numeric.lastIndex)))
      return spanned(date, index, numeric.lastIndex)
  }

  written.lastIndex = index
  const chinese = written.exec(text)
  const writtenDate = chinese
    ? fromParts(chinese[1], chinese[2], chinese[3], false)
    : null
  const writtenEnd = written.lastIndex
  if (writtenDate && writtenDate.month !== null)
    return spanned(writtenDate, index, writtenEnd)

  lostYearMark.lastIndex = index
  const lostYear = lostYearMark.exec(text)
  if (lostYear) {
    const date = fromParts(lostYear[1], lostYear[2], lostYear[3], true)
    if (date) return spanned(date, index, lostYearMark.lastIndex)
  }

  lostMonthMark.lastIndex = index
  const lostMonth = lostMonthMark.exec(text)
  if (lostMonth) {
    const date = splitMonthDay(lostMonth[1] ?? '', lostMonth[2] ?? '')
    if (date) return spanned(date, index, lostMonthMark.lastIndex)
  }

  // A year alone (`2020年`): `findDates` skips it, `parseDate` keeps it.
  return writtenDate ? spanned(writtenDate, index, writtenEnd) : null
}

/** `2020414`, `20200414`, `202048` → best reading (see `parseDate`). */
function readDigits(digits: string): DateMatch | null {
  const year = digits.slice(0, 4)
  const rest = digits.slice(4)
  if (rest.length === 4) {
    // `YYYYMMDD` is a standard compact form, not damage.
    return fromParts(year, rest.slice(0, 2), rest.slice(2), false)
  }

  return splitMonthDay(year, rest)
}

/** Month and day run together (`414`, `1114`, `48`): best reading. */
function splitMonthDay(year: string, rest: string): DateMatch | null {
  const readings =
    rest.length === 2
      ? [[rest.slice(0, 1), rest.slice(1)]]
      : rest.length === 3
      ? [
          [rest.slice(0, 1), rest.slice(1)],
          [rest.slice(0, 2), rest.slice(2)]
        ]
      : rest.length === 4
      ? [[rest.slice(0, 2), rest.slice(2)]]
      : []

  for (const [month = '', day = ''] of readings) {
    // `104` is `10月4日`: no one writes a day or month as `04` in Chinese.
    if ((rest.length === 3 && /^[0０]/.test(day)) || /^[0０]/.test(month))
      continue
    const date = fromParts(year, month, day, true)
    if (date) return date
  }

  return null
}

function fromParts(
  yearText: string | undefined,
  monthText: string | undefined,
  dayText: string | undefined,
  damaged: boolean
): DateMatch | null {
  if (yearText === undefined) return null
  const year = readYear(yearText)
  if (year === null) return null
  if (monthText === undefined) return makeDate(year, null, null, damaged)
  const month = monthText === '元' ? 1 : parseChineseNumeral(monthText)
  if (month === null || month < 1 || month > 12) return null
  if (dayText === undefined) return makeDate(year, month, null, damaged)
  const day = parseChineseNumeral(dayText)
  if (day === null || day < 1 || day > daysInMonth(year, month)) return null
  return makeDate(year, month, day, damaged)
}

/** Years from 1900 to 2099, in digits or digit-by-digit Chinese. */
function readYear(text: string): number | null {
  if (/[十百千廿卅两兩]/.test(text)) return null
  const year = parseChineseNumeral(text)
  return year !== null && year >= 1900 && year <= 2099 ? year : null
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function makeDate(
  year: number,
  month: number | null,
  day: number | null,
  damaged: boolean
): DateMatch {
  const value =
    month !== null && day !== null
      ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(
          2,
          '0'
        )}`
      : null
  return {value, year, month, day, damaged}
}

/**
 * A date with its span. Written out rather than spread (`{...date, index,
 * end}`): spreading into a new shape took V8's slow path, and this runs for
 * every date-like line, several times over.
 */
function spanned(date: DateMatch, index: number, end: number): FoundDate {
  return {
    value: date.value,
    year: date.year,
    month: date.month,
    day: date.day,
    damaged: date.damaged,
    index,
    end
  }
}

function withoutSpan(found: FoundDate): DateMatch {
  return {
    value: found.value,
    year: found.year,
    month: found.month,
    day: found.day,
    damaged: found.damaged
  }
}
