/**
 * Numbering markers: their standard level, their written shape, and
 * writing a marker of the same shape for another ordinal (for messages).
 */
import type {NumberingStyle} from '@baogao/core'
import {parseChineseNumeral} from '@baogao/core'

/**
 * The standard level of each style, after GB/T 9704-2012 (`一、` → `(一)` →
 * `1.` → `(1)`), with the larger divisions above and circled numbers and
 * inline enumerations below. Styles of one level share a rank: `一、` and
 * `一.` are written variants of the same level. Unlike core's
 * `numberingRank`, `第一节` ranks above `一、`: a chapter's sections hold
 * `一、` items, and the two must not be counted as one sequence.
 */
const ranks: Readonly<Record<NumberingStyle, number>> = {
  第一部分: 0,
  第一章: 0,
  第一节: 1,
  '一、': 2,
  '一.': 2,
  '(一)': 3,
  '1.': 4,
  '1、': 4,
  '(1)': 5,
  '1)': 5,
  '①': 6,
  一是: 7,
  '第一,': 7
}

/** The standard rank of a style: `0` is the highest level. */
export function rankOf(style: NumberingStyle): number {
  return ranks[style]
}

const chineseNumeral = /[〇零○◯Ｏ一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟廿卅]+/g
const circledRanges: ReadonlyArray<{from: number; to: number}> = [
  {from: 0x2460, to: 0x2473}, // ①
  {from: 0x2474, to: 0x2487}, // ⑴
  {from: 0x2488, to: 0x249b}, // ⒈
  {from: 0x3220, to: 0x3229} // ㈠
]

/**
 * The shape of a marker as written: its numeral replaced by a placeholder
 * (`一` for Chinese, `1` for ASCII digits, `１` for full-width digits, the
 * first character of a circled range), whitespace dropped. `(一)` and
 * `（二）` differ in shape; `(一)` and `(二)` do not.
 */
export function shapeOf(marker: string): string {
  let shape = marker
    .replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '')
    .replace(chineseNumeral, '一')
    .replace(/[0-9]+/g, '1')
    .replace(/[０-９]+/g, '１')

  shape = Array.from(shape, (character) => {
    const code = character.codePointAt(0) ?? 0
    const range = circledRanges.find(
      (candidate) => code >= candidate.from && code <= candidate.to
    )
    return range ? String.fromCodePoint(range.from) : character
  }).join('')

  return shape
}

/** Write `ordinal` as a positional Chinese numeral (`23` → `二十三`). */
export function toChineseNumeral(ordinal: number): string {
  const digits = '〇一二三四五六七八九'
  if (ordinal < 10) return digits.charAt(ordinal)
  if (ordinal < 100) {
    const tens = Math.floor(ordinal / 10)
    const ones = ordinal % 10
    return (
      (tens === 1 ? '' : digits.charAt(tens)) +
      '十' +
      (ones === 0 ? '' : digits.charAt(ones))
    )
  }

  const hundreds = Math.floor(ordinal / 100)
  const rest = ordinal % 100
  if (rest === 0) return digits.charAt(hundreds) + '百'
  return (
    digits.charAt(hundreds) +
    '百' +
    (rest < 10 ? '〇' + digits.charAt(rest) : rest < 20 ? '一' + toChineseNumeral(rest) : toChineseNumeral(rest))
  )
}

/**
 * Write a marker of `shape` for `ordinal`, such as `(三)` for shape `(一)`
 * and ordinal 3; `undefined` when the shape cannot write it.
 */
export function formatMarker(shape: string, ordinal: number): string | undefined {
  if (ordinal < 1 || ordinal > 999) return undefined
  let done = false
  let result = ''

  for (const character of shape) {
    if (done) {
      result += character
      continue
    }

    const code = character.codePointAt(0) ?? 0
    const range = circledRanges.find((candidate) => candidate.from === code)

    if (character === '一') {
      result += toChineseNumeral(ordinal)
      done = true
    } else if (character === '1') {
      result += String(ordinal)
      done = true
    } else if (character === '１') {
      result += String(ordinal).replace(/[0-9]/g, (digit) =>
        String.fromCharCode(digit.charCodeAt(0) + 0xfee0)
      )
      done = true
    } else if (range) {
      if (ordinal > range.to - range.from + 1) return undefined
      result += String.fromCodePoint(range.from + ordinal - 1)
      done = true
    } else {
      result += character
    }
  }

  return done ? result : undefined
}

const widthVariants: Readonly<Record<string, string>> = {
  '(': '[(（]',
  '（': '[(（]',
  ')': '[)）]',
  '）': '[)）]',
  '.': '[.．]',
  '．': '[.．]',
  '〔': '[〔(（]',
  '〕': '[〕)）]'
}

/**
 * The ordinals of markers of `shape` written inline in `text`: at its start
 * or after sentence punctuation, as in `…素养。1.不断健全…`. A marker of
 * Arabic digits followed by another digit (`2.5亿元`) is not one.
 */
export function inlineOrdinals(text: string, shape: string): Array<number> {
  let pattern = ''
  let numeral = ''

  for (const character of shape) {
    if (character === '一') {
      numeral = 'chinese'
      pattern += '([一二三四五六七八九十百〇]+)'
    } else if (character === '1' || character === '１') {
      numeral = 'arabic'
      pattern += '([0-9０-９]{1,3})'
    } else {
      pattern += widthVariants[character] ?? escape(character)
    }
  }

  if (numeral === '') return []
  const expression = new RegExp(
    '(?:^|[。;；:：!?！？\\s])' + pattern + (numeral === 'arabic' ? '(?![0-9０-９])' : ''),
    'g'
  )
  const ordinals: Array<number> = []

  for (const match of text.matchAll(expression)) {
    const written = match[1] ?? ''
    const value =
      numeral === 'arabic'
        ? Number.parseInt(written.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)), 10)
        : (parseChineseNumeral(written) ?? undefined)
    if (value !== undefined && value > 0) ordinals.push(value)
  }

  return ordinals
}

function escape(character: string): string {
  return character.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
