import type {Paragraph, ReportMeta, Root, RootContent, Text} from '@baogao/core'
import type {Point} from 'unist'

export function meta(overrides: Partial<ReportMeta> = {}): ReportMeta {
  return {
    title: null,
    issuer: null,
    kind: 'annual-report',
    year: 2021,
    published: null,
    signed: null,
    salutation: null,
    source: {kind: 'plain-text', path: 'report.txt', fields: {}, site: {}, chrome: [], assets: []},
    ...overrides
  }
}

/** The point of `offset` in `source` (1-based line and column, UTF-16). */
export function pointIn(source: string, offset: number): Point {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    if (source.charCodeAt(index) === 0x0a) {
      line++
      lineStart = index + 1
    }
  }

  return {line, column: offset - lineStart + 1, offset}
}

/** A text node over `source[start, end)` with its exact position. */
export function textAt(source: string, start: number, end: number): Text {
  return {
    type: 'text',
    value: source.slice(start, end),
    position: {start: pointIn(source, start), end: pointIn(source, end)}
  }
}

/** One paragraph per non-blank line of `source`, as a plain-text parser makes them. */
export function paragraphs(source: string): Root {
  const children: Array<RootContent> = []
  let offset = 0
  for (const line of source.split('\n')) {
    if (line.trim().length > 0) {
      const paragraph: Paragraph = {type: 'paragraph', children: [textAt(source, offset, offset + line.length)]}
      children.push(paragraph)
    }

    offset += line.length + 1
  }

  return {type: 'root', meta: meta(), children}
}
