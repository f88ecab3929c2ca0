/**
 * The small per-document row a run keeps after a document is done, so that
 * batch emitters (the Excel summary) never hold whole trees.
 */
import type {ReportKind, SourceKind} from './ast.js'
import type {RedactionCounts, TemplatePart} from './file-data.js'
import type {MessageRecord} from './messages.js'

export interface HeadingRecord {
  /**
   * Markers from the top, half-width and without separators, joined by `/`:
   * `二/(三)/1`; `#n` for a section without a marker (see `sectionPathSegment`).
   */
  path: string
  /** Segments in `path`: `1` for a top-level section. */
  depth: number
  /** The parsed ordinal, `null` for a section without a marker. */
  ordinal: number | null
  /** `headingTitle`: the heading text without closing punctuation (`''` if none). */
  title: string
}

export interface DocumentSummary {
  /** The input path relative to the run's input root. */
  file: string
  sourceKind: SourceKind | null
  status: 'ok' | 'failed'
  /** Why the document failed, `null` when ok. */
  reason: string | null
  title: string | null
  issuer: string | null
  kind: ReportKind | null
  year: number | null
  published: string | null
  signed: string | null
  sections: number
  paragraphs: number
  /**
   * Non-whitespace code points of the report's text nodes (title, salutation,
   * body, closing, signature, notes); section markers and redaction
   * placeholders not counted.
   */
  characters: number
  errors: number
  warnings: number
  redactions: RedactionCounts
  templateParts: Partial<Record<TemplatePart, boolean>>
  headings: Array<HeadingRecord>
  messages: Array<MessageRecord>
}
