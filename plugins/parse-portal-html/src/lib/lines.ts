/**
 * Lines of rendered text built from hast text nodes, with the source
 * offset of every character. Whitespace is collapsed as a browser does
 * (runs of ASCII whitespace become one space, none at line edges), except
 * that a line break inside Chinese text disappears instead of becoming a
 * space (CSS Text's segment-break rule for wide characters, which Word
 * exports rely on).
 */
import {alignText} from './source-map.js'

export type Alignment = 'center' | 'right' | null

export interface Line {
  /** The line's text, trimmed (NBSP, U+3000 and zero-width spaces too). */
  value: string
  /** Source offset of each UTF-16 unit of `value`, plus the end offset. */
  offsets: Int32Array
  /** Written in `h1`–`h6`, or bold throughout. */
  heading: boolean
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

/** Edge whitespace JS `trim` misses. */
const edgeSpace = /[\s\u200B-\u200D\u2060\uFEFF]/

export class LineBuilder {
  private pieces: Array<Piece> = []
  private level = 0
  private align: Alignment = null
  private cell = false
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
  addText(
    value: string,
    start: number,
    end: number,
    context: TextContext
  ): void {
    if (value.length === 0) return
    let offsets: Int32Array | null = null
    if (start < 0 || end < start) {
      offsets = new Int32Array(value.length + 1).fill(Math.max(0, this.lastEnd()))
    } else if (end - start !== value.length || this.source.slice(start, end) !== value) {
      offsets = alignText(this.source.slice(start, end), value, start)
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
    this.pieces.push({text: '  ', start: at, offsets: new Int32Array([at, at, at]), bold: false, link: false, preserve: true})
  }

  /** Finish the current line: `null` when it holds only whitespace. */
  flush(): Line | null {
    const pieces = this.pieces
    const level = this.level
    const align = this.align
    const cell = this.cell
    this.pieces = []
    this.level = 0
    this.align = null
    this.cell = false
    if (pieces.length === 0) return null

    const units: Array<string> = []
    const starts: Array<number> = []
    const ends: Array<number> = []
    const bolds: Array<boolean> = []
    const links: Array<boolean> = []
    let pending: {offset: number; newline: boolean} | null = null
    let previous = 0

    for (const piece of pieces) {
      const text = piece.text
      for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index)
        const offset = piece.offsets ? (piece.offsets[index] ?? 0) : piece.start + index
        const next = piece.offsets ? (piece.offsets[index + 1] ?? offset) : offset + 1

        if (!piece.preserve && isCollapsible(code)) {
          if (pending === null) pending = {offset, newline: code === 0x0a}
          else if (code === 0x0a) pending.newline = true
          continue
        }

        if (pending !== null) {
          if (units.length > 0 && !(pending.newline && isWide(previous) && isWide(code))) {
            units.push(' ')
            starts.push(pending.offset)
            ends.push(pending.offset + 1)
            bolds.push(false)
            links.push(false)
          }

          pending = null
        }

        units.push(text.charAt(index))
        starts.push(offset)
        ends.push(next)
        bolds.push(piece.bold)
        links.push(piece.link)
        previous = code
      }
    }

    let first = 0
    let last = units.length
    while (first < last && edgeSpace.test(units[first] ?? '')) first++
    while (last > first && edgeSpace.test(units[last - 1] ?? '')) last--
    if (first === last) return null

    const value = units.slice(first, last).join('')
    const offsets = new Int32Array(value.length + 1)
    let visible = 0
    let bold = 0
    let linked = 0
    for (let index = first; index < last; index++) {
      offsets[index - first] = starts[index] ?? 0
      if (!edgeSpace.test(units[index] ?? '')) {
        visible++
        if (bolds[index]) bold++
        if (links[index]) linked++
      }
    }

    offsets[value.length] = ends[last - 1] ?? 0
    return {
      value,
      offsets,
      heading: level > 0 || (visible > 0 && bold === visible),
      level,
      align,
      linked: visible > 0 && linked === visible,
      cell
    }
  }

  private lastEnd(): number {
    const last = this.pieces.at(-1)
    if (last === undefined) return 0
    return last.offsets ? (last.offsets[last.text.length] ?? 0) : last.start + last.text.length
  }
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
