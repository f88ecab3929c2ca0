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
  private starts = new Int32Array(256)
  private ends = new Int32Array(256)
  private flags = new Uint8Array(256)
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
    } else if (end - start !== value.length || !this.source.startsWith(value, start)) {
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
    const level = this.level
    const align = this.align
    const cell = this.cell
    this.pieces = []
    this.level = 0
    this.align = null
    this.cell = false
    if (pieces.length === 0) return null

    let capacity = 0
    for (const piece of pieces) capacity += piece.text.length
    // Per output unit: its source start and end, and flags (1 bold, 2 link,
    // 4 whitespace that does not count as visible). Scratch space is kept
    // between lines: most lines are short, allocation would dominate.
    if (this.starts.length <= capacity) {
      const size = Math.max(capacity + 1, this.starts.length * 2)
      this.starts = new Int32Array(size)
      this.ends = new Int32Array(size)
      this.flags = new Uint8Array(size)
    }

    const starts = this.starts
    const ends = this.ends
    const flags = this.flags
    const chunks: Array<string> = []
    let length = 0
    let pendingOffset = -1
    let pendingNewline = false
    let previous = 0

    for (const piece of pieces) {
      const text = piece.text
      const map = piece.offsets
      const flag = (piece.bold ? 1 : 0) | (piece.link ? 2 : 0)
      // Start of the run of characters copied as they are.
      let runStart = 0

      for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index)

        if (!piece.preserve && isCollapsible(code)) {
          if (runStart < index) chunks.push(text.slice(runStart, index))
          runStart = index + 1
          if (pendingOffset === -1) {
            pendingOffset = map ? map[index] ?? 0 : piece.start + index
            pendingNewline = code === 0x0a
          } else if (code === 0x0a) {
            pendingNewline = true
          }

          continue
        }

        if (pendingOffset !== -1) {
          if (length > 0 && !(pendingNewline && isWide(previous) && isWide(code))) {
            // The space goes before this character: close the run first.
            if (runStart < index) chunks.push(text.slice(runStart, index))
            runStart = index
            chunks.push(' ')
            starts[length] = pendingOffset
            ends[length] = pendingOffset + 1
            flags[length] = 4
            length++
          }

          pendingOffset = -1
        }

        const offset = map ? map[index] ?? 0 : piece.start + index
        starts[length] = offset
        ends[length] = map ? map[index + 1] ?? offset : offset + 1
        flags[length] = isEdgeSpace(code) ? flag | 4 : flag
        length++
        previous = code
      }

      if (runStart < text.length) chunks.push(text.slice(runStart))
    }

    const joined = chunks.join('')
    let first = 0
    let last = length
    while (first < last && isEdgeSpace(joined.charCodeAt(first))) first++
    while (last > first && isEdgeSpace(joined.charCodeAt(last - 1))) last--
    if (first === last) return null

    const value = first === 0 && last === length ? joined : joined.slice(first, last)
    const offsets = new Int32Array(value.length + 1)
    offsets.set(starts.subarray(first, last))
    offsets[value.length] = ends[last - 1] ?? 0
    let visible = 0
    let bold = 0
    let linked = 0
    for (let index = first; index < last; index++) {
      const flag = flags[index] ?? 0
      if (flag & 4) continue
      visible++
      if (flag & 1) bold++
      if (flag & 2) linked++
    }

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

/** Whitespace trimmed at line edges: JS `\s` plus zero-width spaces. */
function isEdgeSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0xfeff
  )
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
