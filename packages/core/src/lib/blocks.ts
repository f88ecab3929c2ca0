/**
 * The hand-over point between a parser and the shared sectionizer: a parser
 * cuts its input into flat blocks (text lines, HTML block elements, tables)
 * and `sectionize` turns them into paragraphs and nested sections.
 */
import type {Point, Position} from 'unist'
import type {Table} from './ast.js'

export interface TextBlock {
  kind: 'text'
  /** The block's text, whitespace at both ends already trimmed. */
  value: string
  /** Span of the block in the source. */
  position: Position
  /**
   * Maps a UTF-16 index in `value` (0 … value.length) to a point in the
   * source, so nodes split out of the block keep exact positions.
   */
  pointAt: (index: number) => Point
  /** The markup says this is a heading (`<h3>`, a bold-only line). */
  heading?: boolean | undefined
}

export interface TableBlock {
  kind: 'table'
  table: Table
}

export type Block = TextBlock | TableBlock
