/**
 * Turns a finished document (its tree and its vfile) into the small
 * `DocumentSummary` row that batch emitters consume, so that a run never
 * keeps whole trees: the row holds counts, metadata, heading titles and
 * message records, and no body text.
 */
import type {VFile} from 'vfile'
import type {Numbering, Root, Section, SourceKind} from './ast.js'
import {emptyRedactionCounts} from './file-data.js'
import type {RedactionCounts} from './file-data.js'
import {toMessageRecord} from './messages.js'
import type {DocumentSummary, HeadingRecord} from './summary.js'
import {headingTitle} from './to-text.js'

export interface SummarizeOptions {
  /** The input path relative to the run's input root (required). */
  file: string
}

/**
 * Summarise one document.
 *
 * - `sections`, `paragraphs`: every `section` and `paragraph` node, at any depth.
 * - `characters`: code points of the report's `text` nodes (title,
 *   salutation, headings, paragraphs, tables, closing, signature, notes),
 *   whitespace excluded; section markers (data, not text) and redaction
 *   placeholders are not counted.
 * - `headings`: one record per section in document order, its path made
 *   with `sectionPathSegment` and its title with `headingTitle`.
 * - `errors`, `warnings`, `messages`: from `file.messages`.
 * - `redactions`, `templateParts`: from `file.data`, zero counts and `{}`
 *   (nothing known) when no plugin set them.
 */
export function summarize(
  tree: Root,
  file: VFile,
  options: SummarizeOptions
): DocumentSummary {
  if (!options || typeof options.file !== 'string') {
    throw new TypeError(
      'summarize: unexpected `options.file`, expected the input path as a string'
    )
  }

  const counts = {sections: 0, paragraphs: 0, characters: 0}
  const headings: Array<HeadingRecord> = []
  walk(tree, [], counts, headings)

  const messages = file.messages.map((message) => toMessageRecord(message))
  let errors = 0
  let warnings = 0
  for (const message of messages) {
    if (message.severity === 'error') errors++
    else if (message.severity === 'warning') warnings++
  }

  const meta = tree.meta
  return {
    file: options.file,
    sourceKind: meta.source.kind,
    status: 'ok',
    reason: null,
    title: meta.title,
    issuer: meta.issuer,
    kind: meta.kind,
    year: meta.year,
    published: meta.published,
    signed: meta.signed,
    sections: counts.sections,
    paragraphs: counts.paragraphs,
    characters: counts.characters,
    errors,
    warnings,
    redactions: copyRedactionCounts(file.data.redactions),
    templateParts: {...file.data.templateParts},
    headings,
    messages
  }
}

/**
 * The row of a document that could not be processed (unreadable, corrupt,
 * a parser crash): status `failed` with its reason, every count zero.
 */
export function failedSummary(
  file: string,
  reason: string,
  sourceKind?: SourceKind | null
): DocumentSummary {
  return {
    file,
    sourceKind: sourceKind ?? null,
    status: 'failed',
    reason,
    title: null,
    issuer: null,
    kind: null,
    year: null,
    published: null,
    signed: null,
    sections: 0,
    paragraphs: 0,
    characters: 0,
    errors: 0,
    warnings: 0,
    redactions: emptyRedactionCounts(),
    templateParts: {},
    headings: [],
    messages: []
  }
}

/**
 * One segment of a heading path: the section's marker as written, folded to
 * half-width and without its trailing separator, so `一、` is `一`, `（三）`
 * is `(三)`, `１．` is `1`, while `(1)`, `1)`, `①` and `第一部分` stay as
 * they are. A section without a marker (an HTML `<h2>`) is `#n`, its
 * 1-based place among its sibling sections.
 */
export function sectionPathSegment(
  numbering: Numbering | null,
  siblingIndex: number
): string {
  if (!numbering) return '#' + String(siblingIndex)
  const folded = foldWidth(numbering.marker).replace(/\s+/g, '')
  const bare = folded.replace(/[、.,:;。]+$/, '')
  // A marker that is nothing but a separator would give an empty segment.
  return bare || folded || '#' + String(siblingIndex)
}

interface Counts {
  sections: number
  paragraphs: number
  characters: number
}

interface AnyNode {
  type: string
  value?: unknown
  children?: Array<AnyNode>
}

function walk(
  node: AnyNode,
  path: Array<string>,
  counts: Counts,
  headings: Array<HeadingRecord>
): void {
  if (node.type === 'text' && typeof node.value === 'string') {
    counts.characters += countCharacters(node.value)
    return
  }

  if (node.type === 'paragraph') counts.paragraphs++
  if (!Array.isArray(node.children)) return

  let sectionIndex = 0
  for (const child of node.children) {
    if (child.type === 'section') {
      sectionIndex++
      const section = child as unknown as Section
      const sectionPath = [
        ...path,
        sectionPathSegment(section.numbering, sectionIndex)
      ]
      counts.sections++
      headings.push({
        path: sectionPath.join('/'),
        depth: sectionPath.length,
        ordinal: section.numbering ? section.numbering.ordinal : null,
        title: headingTitle(section)
      })
      walk(child, sectionPath, counts, headings)
    } else {
      walk(child, path, counts, headings)
    }
  }
}

/** Code points that are not whitespace (`\s` covers U+3000 and U+00A0). */
function countCharacters(value: string): number {
  const compact = value.replace(/\s+/g, '')
  const astral = compact.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)
  return compact.length - (astral ? astral.length : 0)
}

/** Full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space to ASCII. */
function foldWidth(value: string): string {
  return value.replace(/[\uFF01-\uFF5E\u3000]/g, (character) =>
    character === '\u3000'
      ? ' '
      : String.fromCharCode(character.charCodeAt(0) - 0xfee0)
  )
}

/** A copy, so the row does not share (and keep alive) the plugin's object. */
function copyRedactionCounts(counts: RedactionCounts | undefined): RedactionCounts {
  const empty = emptyRedactionCounts()
  if (!counts) return empty
  return {total: counts.total, byType: {...empty.byType, ...counts.byType}}
}
