/**
 * Lines of rendered text built from hast text nodes, with the source
 * offset of every character. Whitespace is collapsed as a browser does
 * (runs of ASCII whitespace become one space, none at line edges), except
 * that a line break inside Chinese text disappears instead of becoming a
 * space (CSS Text's segment-break rule for wide characters, which Word
 * exports rely on).
 */
import {isEdgeSpaceCode} from '@baogao/report-lines'
import {alignText} from './source-map.js'

export type Alignment = 'center' | 'right' | null

export interface Line {
  /** The line's text, trimmed (NBSP, U+3000 and zero-width spaces too). */
  value: string
  /** Source offset of each UTF-16 unit of `value`, plus the end offset. */
  offsets: Int32Array
  /** Written in `h1`–`h6`, or bold throughout. */
  heading: boolean
  /** Bold throughout (`strong`, `b`, `font-weight`). */
  bold: boolean
  /** The heading element level (`1` for `h1`), or `0`. */
  level: number
  align: Alignment
  /** Every visible character is link text (navigation, related links). */
  linked: boolean
  /** Written in a table cell (an info table's label or value). */
  cell: boolean
}

/** Where a text node sits, as far as lines care. */
export interface TextContext {
  bold: boolean
  level: number
  align: Alignment
  preserve: boolean
  link: boolean
  cell: boolean
}

interface Piece {
  text: string
  /** Offset of the first character when the mapping is linear. */
  start: number
  /** Per-character offsets (length + 1) when it is not. */
  offsets: Int32Array | null
  bold: boolean
  link: boolean
  /** Characters to keep as they are (`<pre>`), not collapsed. */
  preserve: boolean
}

export class LineBuilder {
  private pieces: Array<Piece> = []
  private level = 0
  private align: Alignment = null
  private cell = false
  /**
   * Offsets of the lines built are views into slabs: one allocation for
   * many lines (most lines are short, and allocation would dominate).
   */
  private slab = new Int32Array(0)
  private slabUsed = 0
  private readonly source: string

  constructor(source: string) {
    this.source = source
  }

  /** Whether anything has been added since the last flush. */
  get isEmpty(): boolean {
    return this.pieces.length === 0
  }

  /**
   * Add a text node's value; `start`/`end` are its source offsets
   * (`-1` when the node has no position).
   */
  addText(value: string, start: number, end: number, context: TextContext): void {
    if (value.length === 0) return
    let offsets: Int32Array | null = null
    if (start < 0 || end < start) {
      offsets = new Int32Array(value.length + 1).fill(Math.max(0, this.lastEnd()))
    } else {
      // Text as written in the source maps to it one to one. (Comparing
      // with a slice is several times faster than `startsWith` here:
      // string equality compares whole blocks, `startsWith` unit by unit.)
      const raw = this.source.slice(start, end)
      if (end - start !== value.length || raw !== value) offsets = alignText(raw, value, start)
    }

    this.pieces.push({
      text: value,
      start: Math.max(0, start),
      offsets,
      bold: context.bold,
      link: context.link,
      preserve: context.preserve
    })
    if (context.cell) this.cell = true
    if (context.level > 0 && this.level === 0) this.level = context.level
    if (context.align !== null && this.align === null) this.align = context.align
  }

  /** Add spacing that separates two fields without mapping to the source. */
  addSeparator(): void {
    if (this.pieces.length === 0) return
    const at = this.lastEnd()
    this.pieces.push({
      text: '  ',
      start: at,
      offsets: new Int32Array([at, at, at]),
      bold: false,
      link: false,
      preserve: true
    })
  }

  /** Finish the current line: `null` when it holds only whitespace. */
  flush(): Line | null {
    const pieces = this.pieces
    // `addText` sets level, alignment and cell only with a piece.
    if (pieces.length === 0) return null
    const level = this.level
    const align = this.align
    const cell = this.cell
    this.pieces = []
    this.level = 0
    this.align = null
    this.cell = false

    let capacity = 0
    for (const piece of pieces) capacity += piece.text.length
    // The source start of each output unit goes to the slab at `base`; the
    // line's offsets are then the view of its visible units, plus the end.
    if (this.slab.length - this.slabUsed <= capacity) {
      this.slab = new Int32Array(Math.max(capacity + 1, Math.min(this.slab.length * 2 || 256, 65536)))
      this.slabUsed = 0
    }

    const slab = this.slab
    const base = this.slabUsed
    let joined = ''
    let length = 0
    let pendingOffset = -1
    let pendingNewline = false
    let previous = 0
    // Visible units (not whitespace): the line is trimmed to them, and
    // counted for `bold`, `linked` and `heading`.
    let first = -1
    let last = 0
    let visible = 0
    let bold = 0
    let linked = 0
    // Where the last visible unit came from, for the line's end offset.
    let lastPiece: Piece | null = null
    let lastIndex = 0

    for (const piece of pieces) {
      const text = piece.text
      const size = text.length
      const map = piece.offsets
      const start = piece.start
      const collapse = !piece.preserve
      let seen = 0
      // Start of the run of characters copied as they are.
      let runStart = 0
      // Text is mostly runs of visible characters between rare spaces:
      // a run is copied whole, only the spaces are looked at one by one.
      let from = 0
      edgeSpace.lastIndex = 0

      while (from < size) {
        const space = edgeSpace.test(text) ? edgeSpace.lastIndex - 1 : size

        if (from < space) {
          if (pendingOffset !== -1) {
            if (length > 0 && !(pendingNewline && isWide(previous) && isWide(text.charCodeAt(from)))) {
              // The space goes before this run: close the copied run first.
              if (runStart < from) joined += text.slice(runStart, from)
              runStart = from
              joined += ' '
              slab[base + length++] = pendingOffset
            }

            pendingOffset = -1
          }

          if (first === -1) first = length
          if (map === null) {
            for (let index = from; index < space; index++) slab[base + length++] = start + index
          } else {
            for (let index = from; index < space; index++) slab[base + length++] = map[index] ?? 0
          }

          last = length
          lastIndex = space - 1
          seen += space - from
          previous = text.charCodeAt(space - 1)
        }

        if (space === size) break
        // The spaces from here, one by one; a run of them (indentation, the
        // line breaks between tags) is read on here, not searched for anew.
        let at = space
        do {
          const code = text.charCodeAt(at)

          if (collapse && isCollapsible(code)) {
            if (runStart < at) joined += text.slice(runStart, at)
            runStart = at + 1
            if (pendingOffset === -1) {
              pendingOffset = map === null ? start + at : map[at] ?? 0
              pendingNewline = code === 0x0a
            } else if (code === 0x0a) {
              pendingNewline = true
            }
          } else {
            // A space that is kept (NBSP, U+3000, any in `<pre>`): written,
            // but not visible, so the line is trimmed of it at its edges.
            if (pendingOffset !== -1) {
              if (length > 0 && !(pendingNewline && isWide(previous) && isWide(code))) {
                if (runStart < at) joined += text.slice(runStart, at)
                runStart = at
                joined += ' '
                slab[base + length++] = pendingOffset
              }

              pendingOffset = -1
            }

            slab[base + length++] = map === null ? start + at : map[at] ?? 0
            previous = code
          }

          at++
        } while (at < size && isEdgeSpaceCode(text.charCodeAt(at)))

        from = at
        edgeSpace.lastIndex = at
      }

      if (runStart < size) joined += runStart === 0 ? text : text.slice(runStart)
      if (seen > 0) {
        lastPiece = piece
        visible += seen
        if (piece.bold) bold += seen
        if (piece.link) linked += seen
      }
    }

    if (first === -1 || lastPiece === null) return null
    const value = first === 0 && last === length ? joined : joined.slice(first, last)
    const lastMap = lastPiece.offsets
    slab[base + last] = lastMap
      ? lastMap[lastIndex + 1] ?? lastMap[lastIndex] ?? 0
      : lastPiece.start + lastIndex + 1
    const offsets = slab.subarray(base + first, base + last + 1)
    this.slabUsed = base + last + 1

    return {
      value,
      offsets,
      heading: level > 0 || (visible > 0 && bold === visible),
      bold: visible > 0 && bold === visible,
      level,
      align,
      linked: visible > 0 && linked === visible,
      cell
    }
  }

  private lastEnd(): number {
    const last = this.pieces.at(-1)
    if (last === undefined) return 0
    return last.offsets ? last.offsets[last.text.length] ?? 0 : last.start + last.text.length
  }
}

/**
 * Every unit `isEdgeSpaceCode` accepts, as a pattern that finds the next
 * one natively (derived from it, so there is one definition of a space).
 */
const edgeSpace = edgeSpacePattern()

function edgeSpacePattern(): RegExp {
  let ranges = ''
  for (let code = 0; code <= 0xffff; code++) {
    if (!isEdgeSpaceCode(code)) continue
    let end = code
    while (end < 0xffff && isEdgeSpaceCode(end + 1)) end++
    ranges += unit(code) + (end > code ? '-' + unit(end) : '')
    code = end
  }

  return new RegExp('[' + ranges + ']', 'g')
}

function unit(code: number): string {
  return '\\u' + code.toString(16).padStart(4, '0')
}

/** ASCII whitespace, which HTML collapses. */
function isCollapsible(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c
}

/** East Asian wide characters: Han, CJK punctuation, full-width forms. */
function isWide(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0xd840 && code <= 0xd87f)
  )
}
