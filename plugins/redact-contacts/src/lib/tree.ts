/**
 * Redaction in the report tree: every run of `text` nodes (with any
 * `redacted` nodes among them) is read as one string, and each detected
 * span becomes a `redacted` node, splitting the text around it. The text
 * pieces keep exact positions; the `redacted` node has none.
 */
import type {ContactType, Node, Parent, Redacted, Text} from '@baogao/core'
import type {Point, Position} from 'unist'
import {findContactsResolved} from './find-contacts.js'
import type {Replacer} from './operators.js'
import type {Settings} from './options.js'

/** One redaction, for counting and the audit list. */
export interface Redaction {
  type: ContactType
  place: string
}

interface Segment {
  node: Text | Redacted
  start: number
  end: number
}

/** Redact every text run under `node`; report each redaction to `record`. */
export function redactNode(node: Node, settings: Settings, replace: Replacer, record: (redaction: Redaction) => void): void {
  if (!isParent(node)) return
  if (node.children.some((child) => child.type === 'text')) {
    node.children = redactChildren(node, settings, replace, record)
  }

  for (const child of node.children) redactNode(child, settings, replace, record)
}

function isParent(node: Node): node is Parent {
  return Array.isArray((node as Partial<Parent>).children)
}

function redactChildren(
  parent: Parent,
  settings: Settings,
  replace: Replacer,
  record: (redaction: Redaction) => void
): Array<Node> {
  const children: Array<Node> = []
  let run: Array<Text | Redacted> = []

  const flush = () => {
    if (run.length > 0) children.push(...redactRun(parent, run, settings, replace, record))
    run = []
  }

  for (const child of parent.children) {
    if (child.type === 'text' || child.type === 'redacted') {
      run.push(child as Text | Redacted)
    } else {
      flush()
      children.push(child)
    }
  }

  flush()
  return children
}

/**
 * A run of text and redacted nodes: earlier replacements are read as their
 * tokens, so their labels and lists still give context, and are never
 * split.
 */
function redactRun(
  parent: Parent,
  run: Array<Text | Redacted>,
  settings: Settings,
  replace: Replacer,
  record: (redaction: Redaction) => void
): Array<Node> {
  let value = ''
  for (const node of run) value += textOf(node)
  const found = findContactsResolved(value, settings)
  // Most runs hold no contact: they stay as they are.
  if (found.length === 0) return run

  const segments: Array<Segment> = []
  let offset = 0
  for (const node of run) {
    const length = textOf(node).length
    segments.push({node, start: offset, end: offset + length})
    offset += length
  }

  // Never split an earlier replacement: drop spans over one (both lists
  // are sorted, so one sweep).
  const replaced = segments.filter((segment) => segment.node.type === 'redacted')
  let replacedIndex = 0
  const spans = found.filter((span) => {
    while (replacedIndex < replaced.length && replaced[replacedIndex]!.end <= span.start) replacedIndex++
    const next = replaced[replacedIndex]
    return !next || next.start >= span.end
  })
  if (spans.length === 0) return run

  const output: Array<Node> = []
  let spanIndex = 0

  for (const segment of segments) {
    if (segment.node.type === 'redacted') {
      output.push(segment.node)
      continue
    }

    const node = segment.node
    const pointAt = pointer(node)
    let cursor = segment.start

    while (cursor < segment.end) {
      // Skip spans that ended before this text.
      while (spanIndex < spans.length && spans[spanIndex]!.end <= cursor) spanIndex++
      const span = spans[spanIndex]

      if (!span || span.start >= segment.end) {
        output.push(textPiece(node, cursor - segment.start, segment.end - segment.start, pointAt))
        break
      }

      if (span.start > cursor) {
        output.push(textPiece(node, cursor - segment.start, span.start - segment.start, pointAt))
      }

      // The redacted node goes where its span starts; a span running on
      // into the next text node only removes text there.
      if (span.start >= cursor) {
        const redacted: Redacted = {
          type: 'redacted',
          contactType: span.type,
          replacement: replace(value.slice(span.start, span.end), span.type)
        }
        output.push(redacted)
        record({type: span.type, place: placeOf(parent, node, span.start - segment.start, pointAt)})
      }

      cursor = Math.min(span.end, segment.end)
    }
  }

  return output
}

/** What a node of a run reads as: its text, or an earlier replacement. */
function textOf(node: Text | Redacted): string {
  return node.type === 'text' ? node.value : node.replacement
}

function textPiece(node: Text, start: number, end: number, pointAt: ((index: number) => Point) | undefined): Text {
  const piece: Text = {type: 'text', value: node.value.slice(start, end)}
  if (node.data !== undefined) piece.data = structuredClone(node.data)
  if (pointAt) piece.position = {start: pointAt(start), end: pointAt(end)} satisfies Position
  return piece
}

function placeOf(parent: Parent, node: Text, index: number, pointAt: ((index: number) => Point) | undefined): string {
  const point = pointAt ? pointAt(index) : node.position?.start ?? parent.position?.start
  return point ? point.line + ':' + point.column : parent.type
}

/**
 * Points inside `node`, if its value is exactly its source slice (its
 * position spans as many code units as its value holds); otherwise the
 * value was normalised by the parser and no exact point exists, so the
 * pieces get no position.
 */
function pointer(node: Text): ((index: number) => Point) | undefined {
  const start = node.position?.start
  const end = node.position?.end
  if (start?.offset === undefined || end?.offset === undefined) return undefined
  if (end.offset - start.offset !== node.value.length) return undefined

  const value = node.value
  // Cursor state: points are asked for in increasing order, so walking
  // forward from the last answer keeps the whole split linear.
  let index = 0
  let line = start.line
  let column = start.column

  return (target: number): Point => {
    if (target < index) {
      index = 0
      line = start.line
      column = start.column
    }

    while (index < target) {
      const code = value.charCodeAt(index)
      if (code === 0x0a || (code === 0x0d && value.charCodeAt(index + 1) !== 0x0a)) {
        line++
        column = 1
      } else {
        column++
      }

      index++
    }

    return {line, column, offset: start.offset! + target}
  }
}
