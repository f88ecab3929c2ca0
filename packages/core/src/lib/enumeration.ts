/**
 * Inline enumerations inside a paragraph: `一是…二是…三是…` and
 * `第一,…第二,…`. They are runs of markers in sequence, not headings.
 */
import type {Numbering, NumberingStyle} from './ast.js'
import {isSpaceCode} from './numbering.js'
import {
  chineseNumeralRunEnd,
  codesOf,
  isChineseNumeralCode,
  parseChineseNumeral
} from './numerals.js'

export type EnumerationStyle = Extract<NumberingStyle, '一是' | '第一,'>

export interface EnumerationMarker {
  numbering: Numbering & {style: EnumerationStyle}
  /** Index of the marker's first character. */
  index: number
  /** Index just after the marker. */
  end: number
}

export interface FindEnumerationOptions {
  /**
   * Ordinal of the last item of a run that ended in an earlier paragraph
   * of the same section, for runs spread over paragraphs (`一是…` in one
   * paragraph, `二是…` starting the next). Default: none.
   */
  continues?: {style: EnumerationStyle; ordinal: number} | undefined
}

/** What may stand right before a marker: a clause or sentence boundary. */
const boundaries = codesOf('。；;！？!?:：，,、')
/** What ends a `第N,` marker. */
const ordinalWordEnds = codesOf('，,、:：')
/** In a marker's numeral, a count (`两`) or a year digit (`二〇`), not an ordinal. */
const nonOrdinalNumerals = codesOf('两兩〇○◯Ｏ零')
const shi = 0x662f // 是
const di = 0x7b2c // 第
/** A marker's numeral has one to three characters (`一`, `十二`, `二十三`). */
const maxNumeralLength = 3

/**
 * The enumeration marker at exactly `index` in `text`, if any: `N是` or
 * `第N,` (with `，` `、` `:` `：`), preceded by the start of the text,
 * whitespace or a clause boundary (`。；，、:` …), so that `统一是…` or
 * `排名第一,` are not markers.
 */
export function parseEnumerationMarker(
  text: string,
  index: number
): EnumerationMarker | null {
  if (!hasBoundaryBefore(text, index)) return null
  const end = markerEndAt(text, index)
  return end === -1 ? null : toMarker(text, index, end)
}

function hasBoundaryBefore(text: string, index: number): boolean {
  if (index === 0) return true
  const before = text.charCodeAt(index - 1)
  return boundaries.has(before) || isSpaceCode(before)
}

/**
 * Where the marker text starting at `index` ends (`N是`, `第N,` with one to
 * three numeral characters), or `-1`; the numeral is not checked yet.
 */
function markerEndAt(text: string, index: number): number {
  const first = text.charCodeAt(index)
  if (first === di) {
    const numeralEnd = chineseNumeralRunEnd(
      text,
      index + 1,
      maxNumeralLength + 1
    )
    const length = numeralEnd - index - 1
    return length >= 1 &&
      length <= maxNumeralLength &&
      ordinalWordEnds.has(text.charCodeAt(numeralEnd))
      ? numeralEnd + 1
      : -1
  }

  const numeralEnd = chineseNumeralRunEnd(text, index, maxNumeralLength + 1)
  const length = numeralEnd - index
  return length >= 1 &&
    length <= maxNumeralLength &&
    text.charCodeAt(numeralEnd) === shi
    ? numeralEnd + 1
    : -1
}

/**
 * The marker over `text[index…end]` found by `markerEndAt`, or `null` when
 * its numeral is not an ordinal from 1 up.
 */
function toMarker(
  text: string,
  index: number,
  end: number
): EnumerationMarker | null {
  const ordinalWord = text.charCodeAt(index) === di
  const numeralStart = ordinalWord ? index + 1 : index
  const numeralEnd = end - 1
  for (let at = numeralStart; at < numeralEnd; at++) {
    // `两`, `二〇`: counts and years, not ordinals.
    if (nonOrdinalNumerals.has(text.charCodeAt(at))) return null
  }

  const ordinal = parseChineseNumeral(text.slice(numeralStart, numeralEnd))
  if (ordinal === null || ordinal < 1) return null
  const style: EnumerationStyle = ordinalWord ? '第一,' : '一是'
  return {
    numbering: {marker: text.slice(index, end), ordinal, style},
    index,
    end
  }
}

/**
 * The marker texts of `text` in order, as a left-to-right scan that steps
 * past each one finds them: the next `N是` (one to three numeral characters
 * right before a `是`) or `第N,`, whichever starts first. Linear: each
 * search for `是` or `第` goes on from the previous one, with `indexOf`.
 */
class MarkerScanner {
  readonly text: string
  /**
   * The last `N是` and `第N,` found, as `[start, end]`, `null` when there
   * are no more, `undefined` before the first search.
   */
  private shiMatch: [number, number] | null | undefined
  private diMatch: [number, number] | null | undefined

  constructor(text: string) {
    this.text = text
  }

  /** The first marker text starting at or after `from`, or `null`. */
  next(from: number): [number, number] | null {
    // A cached match starting at or after `from` is still the first one.
    if (
      this.shiMatch === undefined ||
      (this.shiMatch && this.shiMatch[0] < from)
    )
      this.shiMatch = this.findShi(from)
    if (this.diMatch === undefined || (this.diMatch && this.diMatch[0] < from))
      this.diMatch = this.findDi(from)
    const shiMatch = this.shiMatch
    const diMatch = this.diMatch
    if (shiMatch === null) return diMatch
    if (diMatch === null) return shiMatch
    // They never start at the same index: `第` is not a numeral.
    return shiMatch[0] < diMatch[0] ? shiMatch : diMatch
  }

  private findShi(from: number): [number, number] | null {
    const text = this.text
    let at = text.indexOf('是', from + 1)
    while (at !== -1) {
      // The leftmost start: up to three numerals right before `是`, none
      // before `from`.
      const floor = Math.max(from, at - maxNumeralLength)
      let start = at
      while (start > floor && isChineseNumeralCode(text.charCodeAt(start - 1)))
        start--
      if (start < at) return [start, at + 1]
      at = text.indexOf('是', at + 1)
    }

    return null
  }

  private findDi(from: number): [number, number] | null {
    const text = this.text
    let at = text.indexOf('第', from)
    while (at !== -1) {
      const end = markerEndAt(text, at)
      if (end !== -1) return [at, end]
      at = text.indexOf('第', at + 1)
    }

    return null
  }
}

/**
 * Find the inline enumeration run in a paragraph's text: markers of one
 * style with ordinals 1, 2, 3… in order. The first marker needs a clause
 * boundary before it (see `parseEnumerationMarker`); later ones do not,
 * as extraction often loses the punctuation (`…减少14二是…`). A run needs
 * at least two items (`一是…二是…`), except at the very start of the text,
 * where one item is enough when it is `一是` (the run may go on in the next paragraphs) or
 * continues `options.continues`. The earliest run wins; there is at most
 * one run per paragraph, and its last item runs to the end of the text.
 *
 * @returns
 *   The markers of the run, or `null` when the text has none.
 */
export function findEnumeration(
  text: string,
  options?: FindEnumerationOptions
): Array<EnumerationMarker> | null {
  const candidates: Array<EnumerationMarker> = []
  const bounded: Array<boolean> = []
  const scanner = new MarkerScanner(text)
  let found = scanner.next(0)

  while (found) {
    const [start, end] = found
    const marker = toMarker(text, start, end)
    if (marker) {
      candidates.push(marker)
      bounded.push(hasBoundaryBefore(text, start))
    }

    // Markers cannot overlap: step past this one.
    found = scanner.next(end)
  }

  if (candidates.length === 0) return null
  const continues = options?.continues
  const continuedLater = findContinuedLater(candidates)

  for (let position = 0; position < candidates.length; position++) {
    const first = candidates[position]
    if (first === undefined || bounded[position] !== true) continue
    const atStart = first.index === 0
    const continued =
      atStart &&
      continues !== undefined &&
      continues.style === first.numbering.style &&
      continues.ordinal + 1 === first.numbering.ordinal
    if (first.numbering.ordinal !== 1 && !continued) continue
    // A run of one item counts only at the start of the text.
    if (atStart || continuedLater[position] === true)
      return collectRun(candidates, position, first)
  }

  return null
}

/**
 * For each candidate, whether a later one continues it (same style, next
 * ordinal): one pass from the end, so that no start needs a scan of its own
 * (a page-long paragraph may hold thousands of candidates).
 */
function findContinuedLater(
  candidates: Array<EnumerationMarker>
): Array<boolean> {
  const continuedLater: Array<boolean> = []
  const seen = new Set<number>()
  for (let position = candidates.length - 1; position >= 0; position--) {
    const {numbering} = candidates[position] ?? {}
    if (numbering === undefined) continue
    continuedLater[position] = seen.has(
      runKey(numbering.style, numbering.ordinal + 1)
    )
    seen.add(runKey(numbering.style, numbering.ordinal))
  }

  return continuedLater
}

/** One number per style and ordinal. */
function runKey(style: EnumerationStyle, ordinal: number): number {
  return ordinal * 2 + (style === '一是' ? 0 : 1)
}

/**
 * The run starting at `first`, candidate `position`: each later candidate
 * of the same style whose ordinal follows the last one taken.
 */
function collectRun(
  candidates: Array<EnumerationMarker>,
  position: number,
  first: EnumerationMarker
): Array<EnumerationMarker> {
  // Candidates are fresh objects and go into one run only: no copies.
  const run: Array<EnumerationMarker> = [first]
  let last = first
  for (let later = position + 1; later < candidates.length; later++) {
    const next = candidates[later]
    if (
      next !== undefined &&
      next.numbering.style === last.numbering.style &&
      next.numbering.ordinal === last.numbering.ordinal + 1
    ) {
      run.push(next)
      last = next
    }
  }

  return run
}
