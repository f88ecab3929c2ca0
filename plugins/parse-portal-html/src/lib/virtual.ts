/**
 * The lines handed to the text rules: the page's title line and the
 * article's lines as one text, one line per block, with a map from every
 * character back to the page. The rules then read the title, salutation,
 * body and tail exactly as they read a text file, and every node they
 * delimit gets its position in the page through the map.
 */
import type {Point, Position} from 'unist'
import type {location} from 'vfile-location'
import type {BodyItem} from './extract.js'
import type {Line as PageLine} from './lines.js'
import type {TableRead} from './tables.js'

/** Stands in for a body table among the lines handed to the layout rules. */
export const tablePlaceholder = '\uE000表\uE000'

/** Longest bold line taken as a heading (core's longest whole-line heading). */
const maxBoldHeading = 60

export interface VirtualText {
  value: string
  /** Page offset of every UTF-16 unit of `value`, plus the end. */
  map: Int32Array
  /** Body tables by virtual line index. */
  tables: Map<number, TableRead>
  /** Virtual lines written as headings in the markup. */
  headings: Set<number>
  /** Offset in `value` where each virtual line starts. */
  lineStarts: Array<number>
}

export function buildVirtualText(titleLine: PageLine | null, body: Array<BodyItem>): VirtualText {
  const lines: Array<PageLine | TableRead> = []
  if (titleLine !== null) lines.push(titleLine)
  for (const item of body) lines.push(item.kind === 'line' ? item.line : item.table)

  const values = lines.map((line) => ('value' in line ? line.value : tablePlaceholder))
  const value = values.join('\n')
  const map = new Int32Array(value.length + 1)
  const tables = new Map<number, TableRead>()
  const headings = new Set<number>()
  const lineStarts: Array<number> = []
  const boldMeansHeading = isBoldSparing(body)
  let base = 0
  let last = 0

  lines.forEach((line, index) => {
    lineStarts.push(base)
    const length = (values[index] ?? '').length
    if ('value' in line) {
      map.set(line.offsets.subarray(0, length + 1), base)
      last = line.offsets[length] ?? last
      if (line !== titleLine && isMarkupHeading(line, boldMeansHeading)) headings.add(index)
    } else {
      const start = line.element.position?.start.offset ?? last
      const end = line.element.position?.end.offset ?? start
      map.fill(start, base, base + length)
      map[base + length] = end
      last = end
      tables.set(index, line)
    }

    base += length + 1
  })

  return {value, map, tables, headings, lineStarts}
}

/**
 * Whether bold marks headings in this article: not when most lines are
 * bold (a whole article pasted in bold, a bold editor style).
 */
function isBoldSparing(body: Array<BodyItem>): boolean {
  let lines = 0
  let bold = 0
  for (const item of body) {
    if (item.kind !== 'line') continue
    lines++
    if (item.line.bold && item.line.level === 0) bold++
  }

  return bold * 2 <= lines
}

/**
 * A heading by markup: `h1`–`h6`, or a short bold line that does not end
 * a sentence (a bold sentence is emphasis, not a heading).
 */
function isMarkupHeading(line: PageLine, boldMeansHeading: boolean): boolean {
  if (line.level > 0) return true
  return (
    boldMeansHeading &&
    line.bold &&
    line.value.length <= maxBoldHeading &&
    !/[。；;！!？?，,]$/.test(line.value)
  )
}

/** A body printed twice in one container (a print copy): keep it once. */
export function dedupeBody(items: Array<BodyItem>): Array<BodyItem> {
  if (items.length < 4 || items.length % 2 === 1) return items
  const half = items.length / 2
  for (let index = 0; index < half; index++) {
    const a = items[index]
    const b = items[index + half]
    if (a?.kind !== 'line' || b?.kind !== 'line' || a.line.value !== b.line.value) return items
  }

  return items.slice(0, half)
}

/** Maps offsets in the virtual text to points in the page. */
export interface Locator {
  point: (offset: number) => Point
  position: (start: number, end: number) => Position
}

export function createLocator(
  place: ReturnType<typeof location>,
  map: Int32Array,
  length: number
): Locator {
  // A node often spans what the node before it spans (a paragraph and its
  // text): the last two points found are remembered, and given again as
  // new objects.
  let recentOffset = -1
  let recentLine = 1
  let recentColumn = 1
  let olderOffset = -1
  let olderLine = 1
  let olderColumn = 1
  return {point, position}

  function point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, map.length - 1))
    const pageOffset = Math.max(0, Math.min(map[clamped] ?? 0, length))
    if (pageOffset === recentOffset) {
      return {line: recentLine, column: recentColumn, offset: pageOffset}
    }

    if (pageOffset === olderOffset) {
      return {line: olderLine, column: olderColumn, offset: pageOffset}
    }

    const found = pointOf(place, pageOffset, length)
    olderOffset = recentOffset
    olderLine = recentLine
    olderColumn = recentColumn
    recentOffset = pageOffset
    recentLine = found.line
    recentColumn = found.column
    return found
  }

  function position(start: number, end: number): Position {
    return {start: point(start), end: point(end)}
  }
}

/** The point of a page offset. */
export function pointOf(place: ReturnType<typeof location>, offset: number, length: number): Point {
  const clamped = Math.max(0, Math.min(offset, length))
  // `toPoint` answers `{line, column, offset}` for every offset in the page.
  return place.toPoint(clamped) ?? {line: 1, column: 1, offset: clamped}
}
