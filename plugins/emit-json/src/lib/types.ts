/**
 * The normalized JSON document, as TypeScript types. `schema.json` is the
 * same contract as JSON Schema; the two are checked against each other by
 * the tests (every sample's output validates, and the schema is strict).
 */
import type {
  Asset,
  FieldKey,
  MessageRecord,
  NumberingStyle,
  RedactionCounts,
  ReportKind,
  SourceKind
} from '@baogao/core'

/** A table as rows of cell texts. */
export type NormalizedTable = Array<Array<string>>

export interface NormalizedSource {
  kind: SourceKind
  /** The input path as given to the pipeline, or `null` (stdin). */
  path: string | null
  /** Portal info fields, keyed by the raw label as written (`索引号`). */
  fields: Record<string, string>
  /** The same fields by canonical key (`index`, `published`, …), values as written. */
  canonical: Partial<Record<FieldKey, string>>
  /** Portal `<meta>` tags (`SiteName`, …); only present when a page had any. */
  site?: Record<string, string>
  /** Images and attachments a page references; only present when it had any. */
  assets?: Array<NormalizedAsset>
}

/** An image in the article or a document the page links to. */
export interface NormalizedAsset {
  kind: Asset['kind']
  /** As written in the page, not resolved. */
  url: string
  title: string | null
}

export interface NormalizedMeta {
  title: string | null
  issuer: string | null
  kind: ReportKind
  /** The year the report covers. */
  year: number | null
  /** `YYYY-MM-DD`. */
  published: string | null
  /** `YYYY-MM-DD`. */
  signed: string | null
  salutation: string | null
  source: NormalizedSource
}

export interface NormalizedSection {
  /** The marker as written (`(一)`), `null` for an unnumbered heading. */
  marker: string | null
  ordinal: number | null
  style: NumberingStyle | null
  /** `1` for top-level sections. */
  depth: number
  /** Heading text without its trailing punctuation. */
  title: string
  /** The section's own paragraphs, in order (not those of sub-sections). */
  paragraphs: Array<string>
  /** The section's own tables; only present when it has any. */
  tables?: Array<NormalizedTable>
  sections: Array<NormalizedSection>
}

export interface NormalizedSignature {
  organizations: Array<string>
  /** `YYYY-MM-DD`, `null` when unreadable. */
  date: string | null
}

export interface NormalizedReport {
  schemaVersion: 1
  meta: NormalizedMeta
  /** Root-level paragraphs before the first section. */
  preamble: Array<string>
  sections: Array<NormalizedSection>
  /** Root-level paragraphs after the first section (unnumbered closing parts). */
  epilogue: Array<string>
  /** Root-level tables, in order; only present when there are any. */
  tables?: Array<NormalizedTable>
  closing: string | null
  signature: NormalizedSignature | null
  /** Notes such as `(此件公开发布)`. */
  notes: Array<string>
  messages: Array<MessageRecord>
  redactions: RedactionCounts
}
