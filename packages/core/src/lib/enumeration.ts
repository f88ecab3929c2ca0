/**
 * Inline enumerations inside a paragraph: `一是…二是…三是…` and
 * `第一,…第二,…`. They are runs of markers in sequence, not headings.
 */
import type {Numbering, NumberingStyle} from './ast.js'
import {isSpace} from './numbering.js'
import {chineseNumeralCharacters, parseChineseNumeral} from './numerals.js'

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
const boundaries: ReadonlySet<string> = new Set('。；;！？!?:：，,、')

const numeral = `[${chineseNumeralCharacters}]{1,3}`
const markerSource = `(${numeral})是|第(${numeral})[，,、:：]`
/** Scans a text for candidates. */
const markerPattern = new RegExp(markerSource, 'g')
/** Matches at one index only. */
const markerAt = new RegExp(markerSource, 'y')

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
  return hasBoundaryBefore(text, index) ? markerAtIndex(text, index) : null
}

function hasBoundaryBefore(text: string, index: number): boolean {
  if (index === 0) return true
  const before = text.charAt(index - 1)
  return boundaries.has(before) || isSpace(before)
}

/** The marker at `index`, whatever precedes it. */
function markerAtIndex(text: string, index: number): EnumerationMarker | null {
  markerAt.lastIndex = index
  const match = markerAt.exec(text)
  if (!match) return null
  const style: EnumerationStyle = match[1] === undefined ? '第一,' : '一是'
  const run = match[1] ?? match[2] ?? ''
  // `两`, `二〇`: counts and years, not ordinals.
  if (/[两兩〇○◯Ｏ零]/.test(run)) return null
  const ordinal = parseChineseNumeral(run)
  if (ordinal === null || ordinal < 1) return null
  return {
    numbering: {marker: match[0], ordinal, style},
    index,
    end: index + match[0].length
  }
}

/**
 * Find the inline enumeration run in a paragraph's text: markers of one
 * style with ordinals 1, 2, 3… in order. The first marker needs a clause
 * boundary before it (see `parseEnumerationMarker`); later ones do not,
 * as extraction often loses the punctuation (`…减少14二是…`). A run needs
 * at least two items (`一是…二是…`), except at the very start of the text, where one item is
 * enough when it is `一是` (the run may go on in the next paragraphs) or
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
  const candidates: Array<EnumerationMarker & {bounded: boolean}> = []
  markerPattern.lastIndex = 0
  let match: RegExpExecArray | null

  while ((match = markerPattern.exec(text))) {
    const marker = markerAtIndex(text, match.index)
    if (marker) {
      candidates.push({...marker, bounded: hasBoundaryBefore(text, match.index)})
    }

    // Markers cannot overlap: step past this match.
    markerPattern.lastIndex = match.index + Math.max(1, match[0].length)
  }

  for (const [position, first] of candidates.entries()) {
    if (!first.bounded) continue
    const atStart = first.index === 0
    const continued =
      atStart &&
      options?.continues !== undefined &&
      options.continues.style === first.numbering.style &&
      options.continues.ordinal + 1 === first.numbering.ordinal
    if (first.numbering.ordinal !== 1 && !continued) continue

    const run: Array<EnumerationMarker> = [strip(first)]
    for (const next of candidates.slice(position + 1)) {
      const last = run.at(-1)
      if (
        last !== undefined &&
        next.numbering.style === last.numbering.style &&
        next.numbering.ordinal === last.numbering.ordinal + 1
      ) {
        run.push(strip(next))
      }
    }

    if (run.length >= 2 || atStart) return run
  }

  return null
}

function strip(
  marker: EnumerationMarker & {bounded: boolean}
): EnumerationMarker {
  return {numbering: marker.numbering, index: marker.index, end: marker.end}
}
