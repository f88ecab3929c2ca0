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
  chineseNumeralCharacters,
  isChineseNumeralCharacter,
  isDigit,
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

/** Whitespace that may follow a marker: ASCII, NBSP, U+3000 and friends. */
export function isSpace(character: string | undefined): boolean {
  return character !== undefined && /^[\s\u00a0\u3000\u200b\ufeff]$/.test(character)
}

// Square brackets are left out: `[1]` at a line start is a reference.
// Sets, not strings: `'.．'.includes('')` is true at the end of a text.
const openBrackets: ReadonlySet<string> = new Set('(（〔【')
const closeBrackets: ReadonlySet<string> = new Set(')）〕】')
const dots: ReadonlySet<string> = new Set('.．')
const commaLike = '、'

/** Largest ordinal accepted for a marker: beyond it, it is a count or a year. */
const maxOrdinal = 99

const chineseRun = new RegExp(`^[${chineseNumeralCharacters}]+`)
const digitRun = /^[0-9０-９]+/

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
  const first = text.charAt(0)

  if (first === '第') return parseOrdinalWord(text)
  if (openBrackets.has(first)) return parseBracketed(text)
  if (isDigit(first)) return parseArabic(text)
  if (isChineseNumeralCharacter(first)) return parseChinese(text)
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
  while (end < text.length && isSpace(text.charAt(end))) end++
  return {
    numbering: {marker: text.slice(0, markerEnd), ordinal, style},
    rank: ranks[style],
    end
  }
}

/** `一、`, `一.`, `十二、`: a Chinese numeral needs its punctuation. */
function parseChinese(text: string): NumberingMatch | null {
  const run = chineseRun.exec(text)?.[0]
  if (run === undefined) return null
  const after = text.charAt(run.length)
  let style: NumberingStyle
  if (after === commaLike) style = '一、'
  else if (dots.has(after)) style = '一.'
  // `一）`: a `(一)` that lost its opening bracket in extraction.
  else if (closeBrackets.has(after)) style = '(一)'
  else return null
  const ordinal = parseOrdinal(run)
  if (ordinal === null) return null
  const next = text.slice(run.length + 1)
  // `一、二季度…`, `一.二…`: a series of numerals, not a heading.
  if (startsWithNextOrdinal(next, ordinal)) return null
  return finish(text, run.length + 1, ordinal, style)
}

/** `1.`, `1、`, `1)`, `１．`, never `2.5`, `1-10月`, `2020年`. */
function parseArabic(text: string): NumberingMatch | null {
  const run = digitRun.exec(text)?.[0]
  if (run === undefined || run.length > 2) return null
  const after = text.charAt(run.length)
  let style: NumberingStyle
  if (dots.has(after)) style = '1.'
  else if (after === commaLike) style = '1、'
  else if (after === ')' || after === '）') style = '1)'
  else return null
  const next = text.slice(run.length + 1)
  // `2.5亿元`, `3.15`, `12.3%`: decimals and dates.
  if (style === '1.' && isDigit(next.charAt(0))) return null
  const ordinal = parseOrdinal(run)
  // `1、2月`, `1、3、5号`: a series of numbers.
  if (ordinal !== null && style === '1、' && startsSeries(next, ordinal))
    return null
  return finish(text, run.length + 1, ordinal, style)
}

/** `(一)`, `（一）`, `(1)`, `（１）`, `〔一〕`, with spaces tolerated inside. */
function parseBracketed(text: string): NumberingMatch | null {
  let index = 1
  while (isSpace(text.charAt(index))) index++
  const rest = text.slice(index)
  const chinese = chineseRun.exec(rest)?.[0]
  const digits = digitRun.exec(rest)?.[0]
  const run = chinese ?? digits
  if (run === undefined) return null
  if (digits !== undefined && digits.length > 2) return null
  index += run.length
  while (isSpace(text.charAt(index))) index++
  if (!closeBrackets.has(text.charAt(index))) return null
  const style: NumberingStyle = chinese === undefined ? '(1)' : '(一)'
  return finish(text, withStrayMark(text, index + 1), parseOrdinal(run), style)
}

/** `第一部分`, `第二章`, `第三节`, optionally followed by `、` `:` or a space. */
function parseOrdinalWord(text: string): NumberingMatch | null {
  const match = /^第([〇零一二三四五六七八九十百两0-9０-９]+)(部分|章|节)/.exec(text)
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
  const after = text.charAt(end)
  return after === commaLike || dots.has(after) ? end + 1 : end
}

/**
 * An ordinal as written in a marker: Arabic, or a positional Chinese
 * numeral. Digit-by-digit Chinese (`二〇二一`) is a year, and `两` is a
 * count, never an ordinal.
 */
function parseOrdinal(run: string): number | null {
  if (/[两兩]/.test(run)) return null
  if (!isDigit(run.charAt(0)) && run.length > 1 && !/[十拾百佰廿卅]/.test(run))
    return null
  return parseChineseNumeral(run)
}

/**
 * Whether `text` starts with the numeral following `ordinal`, as in
 * `一、二季度`: such a line is a series of numbers, not a heading.
 * `一、三项制度…` and `一、二〇二〇年…` stay headings.
 */
function startsWithNextOrdinal(text: string, ordinal: number): boolean {
  const run = chineseRun.exec(text)?.[0]
  if (run === undefined) return false
  return parseChineseNumeral(run) === ordinal + 1
}

/**
 * Whether an Arabic `1、` marker is followed by a series of numbers such as
 * `1、2月` or `1、3、5号`: the next ordinal, or a number followed by another
 * `、` or a date or range unit. `1、2020年以来…` stays a heading.
 */
function startsSeries(text: string, ordinal: number): boolean {
  const run = digitRun.exec(text)?.[0]
  if (run === undefined) return false
  if (parseChineseNumeral(run) === ordinal + 1) return true
  return /^[、月日号至到~～\-—－]/.test(text.slice(run.length))
}
