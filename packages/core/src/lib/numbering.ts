/**
 * Recognising a section's numbering marker at the start of a line.
 *
 * Precision matters more than recall here: report lines very often start
 * with numbers (`2020年,…`, `1-10月…`, `2.5亿元…`), and a line wrongly taken
 * as a heading reshapes the whole tree. A marker is therefore recognised
 * only with its punctuation (`、` `.` brackets), never from a bare numeral.
 */
import type {Numbering, NumberingStyle} from './ast.js'
import {
  chineseNumeralRunEnd,
  codesOf,
  digitRunEnd,
  isChineseNumeralCode,
  isDigitCode,
  parseChineseNumeral
} from './numerals.js'

export interface NumberingMatch {
  numbering: Numbering
  /** The standard level of the style (see `numberingRank`). */
  rank: number
  /** Index in the text where the marker and any spaces after it end. */
  end: number
}

/**
 * The standard level of each style, after GB/T 9704-2012 (`一、` → `(一)` →
 * `1.` → `(1)`), with the larger divisions above and inline enumerations
 * below. Styles of the same level share a rank (`一、` and `一.` are both 1).
 */
const ranks: Readonly<Record<NumberingStyle, number>> = {
  第一部分: 0,
  第一章: 0,
  第一节: 1,
  '一、': 1,
  '一.': 1,
  '(一)': 2,
  '1.': 3,
  '1、': 3,
  '(1)': 4,
  '1)': 4,
  '①': 5,
  一是: 6,
  '第一,': 6
}

/** The standard rank of a numbering style (0 is the highest level). */
export function numberingRank(style: NumberingStyle): number {
  return ranks[style]
}

/**
 * Whitespace that may follow a marker: what `\s` matches (ASCII, NBSP,
 * U+3000 and friends) and the zero-width space.
 */
export function isSpace(character: string | undefined): boolean {
  return (
    character !== undefined &&
    character.length === 1 &&
    isSpaceCode(character.charCodeAt(0))
  )
}

/** `isSpace` for a UTF-16 code (`NaN`, past the end of a text, is not). */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

// Square brackets are left out: `[1]` at a line start is a reference.
// Codes, not strings: `'.．'.includes('')` is true at the end of a text.
const openBrackets = codesOf('(（〔【')
const closeBrackets = codesOf(')）〕】')
const dots = codesOf('.．')
const commaLike = 0x3001 // 、
/** What follows `1、` in a series of numbers (`1、2月`, `1、3、5号`, `1、3-5`). */
const seriesMarks = codesOf('、月日号至到~～-—－')

/** Largest ordinal accepted for a marker: beyond it, it is a count or a year. */
const maxOrdinal = 99

/**
 * Recognise a numbering marker at the start of `text`.
 *
 * @returns
 *   The numbering, its rank and where the marker (plus spaces) ends, or
 *   `null` when `text` does not start with a heading marker. Inline
 *   enumeration markers (`一是`, `第一,`) are not heading markers: see
 *   `parseEnumerationMarker`.
 */
export function parseNumbering(text: string): NumberingMatch | null {
  const first = text.charCodeAt(0)

  if (first === 0x7b2c /* 第 */) return parseOrdinalWord(text)
  if (openBrackets.has(first)) return parseBracketed(text)
  if (isDigitCode(first)) return parseArabic(text)
  if (isChineseNumeralCode(first)) return parseChinese(text)
  return parseCircled(text)
}

function finish(
  text: string,
  markerEnd: number,
  ordinal: number | null,
  style: NumberingStyle
): NumberingMatch | null {
  if (ordinal === null || ordinal < 1 || ordinal > maxOrdinal) return null
  let end = markerEnd
  while (end < text.length && isSpaceCode(text.charCodeAt(end))) end++
  return {
    numbering: {marker: text.slice(0, markerEnd), ordinal, style},
    rank: ranks[style],
    end
  }
}

/** `一、`, `一.`, `十二、`: a Chinese numeral needs its punctuation. */
function parseChinese(text: string): NumberingMatch | null {
  const runEnd = chineseNumeralRunEnd(text, 0)
  if (runEnd === 0) return null
  const after = text.charCodeAt(runEnd)
  let style: NumberingStyle
  if (after === commaLike) style = '一、'
  else if (dots.has(after)) style = '一.'
  // `一）`: a `(一)` that lost its opening bracket in extraction.
  else if (closeBrackets.has(after)) style = '(一)'
  else return null
  const ordinal = parseOrdinal(text.slice(0, runEnd))
  if (ordinal === null) return null
  // `一、二季度…`, `一.二…`: a series of numerals, not a heading.
  if (startsWithNextOrdinal(text, runEnd + 1, ordinal)) return null
  return finish(text, runEnd + 1, ordinal, style)
}

/** `1.`, `1、`, `1)`, `１．`, never `2.5`, `1-10月`, `2020年`. */
function parseArabic(text: string): NumberingMatch | null {
  const runEnd = digitRunEnd(text, 0)
  if (runEnd === 0 || runEnd > 2) return null
  const after = text.charCodeAt(runEnd)
  let style: NumberingStyle
  if (dots.has(after)) style = '1.'
  else if (after === commaLike) style = '1、'
  else if (after === 0x29 /* ) */ || after === 0xff09 /* ） */) style = '1)'
  else return null
  const next = runEnd + 1
  // `2.5亿元`, `3.15`, `12.3%`: decimals and dates.
  if (style === '1.' && isDigitCode(text.charCodeAt(next))) return null
  const ordinal = parseOrdinal(text.slice(0, runEnd))
  // `1、2月`, `1、3、5号`: a series of numbers.
  if (ordinal !== null && style === '1、' && startsSeries(text, next, ordinal))
    return null
  return finish(text, next, ordinal, style)
}

/** `(一)`, `（一）`, `(1)`, `（１）`, `〔一〕`, with spaces tolerated inside. */
function parseBracketed(text: string): NumberingMatch | null {
  let index = 1
  while (isSpaceCode(text.charCodeAt(index))) index++
  const runStart = index
  let runEnd = chineseNumeralRunEnd(text, runStart)
  const chinese = runEnd > runStart
  if (!chinese) {
    runEnd = digitRunEnd(text, runStart)
    if (runEnd === runStart || runEnd - runStart > 2) return null
  }

  index = runEnd
  while (isSpaceCode(text.charCodeAt(index))) index++
  if (!closeBrackets.has(text.charCodeAt(index))) return null
  const style: NumberingStyle = chinese ? '(一)' : '(1)'
  const run = text.slice(runStart, runEnd)
  return finish(text, withStrayMark(text, index + 1), parseOrdinal(run), style)
}

/** `第一部分`, `第二章`, `第三节`, optionally followed by `、` `:` or a space. */
function parseOrdinalWord(text: string): NumberingMatch | null {
  const match = /^第([〇零一二三四五六七八九十百两0-9０-９]+)(部分|章|节)/.exec(
    text
  )
  if (!match) return null
  const [whole, numeral = '', unit] = match
  let markerEnd = whole.length
  const after = text.charAt(markerEnd)
  // `第一部分是…`, `第二章的…`: the words used in a sentence.
  if (/^[是的为中里内和与及]$/.test(after)) return null
  if (/^[、:：.．,，]$/.test(after)) markerEnd++
  const style: NumberingStyle =
    unit === '部分' ? '第一部分' : unit === '章' ? '第一章' : '第一节'
  return finish(text, markerEnd, parseChineseNumeral(numeral), style)
}

/**
 * Single-character markers: circled `①`–`⑳` (style `①`), parenthesised
 * `⑴`–`⒇` (style `(1)`), `⒈`–`⒛` (style `1.`) and `㈠`–`㈩` (style `(一)`).
 */
function parseCircled(text: string): NumberingMatch | null {
  const code = text.charCodeAt(0)
  if (code >= 0x2460 && code <= 0x2473)
    return finish(text, withStrayMark(text, 1), code - 0x2460 + 1, '①')
  if (code >= 0x2474 && code <= 0x2487)
    return finish(text, withStrayMark(text, 1), code - 0x2474 + 1, '(1)')
  if (code >= 0x2488 && code <= 0x249b)
    return finish(text, 1, code - 0x2488 + 1, '1.')
  if (code >= 0x3220 && code <= 0x3229)
    return finish(text, withStrayMark(text, 1), code - 0x3220 + 1, '(一)')
  return null
}

/**
 * Where a bracketed or circled marker ends, taking in a redundant `、` or
 * `.` written after it (`（一）、`, `①.`).
 */
function withStrayMark(text: string, end: number): number {
  const after = text.charCodeAt(end)
  return after === commaLike || dots.has(after) ? end + 1 : end
}

/**
 * An ordinal as written in a marker: Arabic, or a positional Chinese
 * numeral. Digit-by-digit Chinese (`二〇二一`) is a year, and `两` is a
 * count, never an ordinal.
 */
function parseOrdinal(run: string): number | null {
  if (/[两兩]/.test(run)) return null
  if (
    !isDigitCode(run.charCodeAt(0)) &&
    run.length > 1 &&
    !/[十拾百佰廿卅]/.test(run)
  )
    return null
  return parseChineseNumeral(run)
}

/**
 * Whether `text` continues at `start` with the numeral following
 * `ordinal`, as in `一、二季度`: such a line is a series of numbers, not a
 * heading. `一、三项制度…` and `一、二〇二〇年…` stay headings.
 */
function startsWithNextOrdinal(
  text: string,
  start: number,
  ordinal: number
): boolean {
  const end = chineseNumeralRunEnd(text, start)
  if (end === start) return false
  return parseChineseNumeral(text.slice(start, end)) === ordinal + 1
}

/**
 * Whether an Arabic `1、` marker is followed, at `start`, by a series of
 * numbers such as `1、2月` or `1、3、5号`: the next ordinal, or a number
 * followed by another `、` or a date or range unit. `1、2020年以来…` stays
 * a heading.
 */
function startsSeries(text: string, start: number, ordinal: number): boolean {
  const end = digitRunEnd(text, start)
  if (end === start) return false
  if (parseChineseNumeral(text.slice(start, end)) === ordinal + 1) return true
  return seriesMarks.has(text.charCodeAt(end))
}
