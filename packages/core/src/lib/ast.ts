/**
 * The Baogao report AST, as specified in `AST.md`.
 *
 * Node unions are derived from open content maps (as `@types/mdast` v4
 * does), so a third party adds a node type by declaration merging:
 *
 * ```ts
 * declare module '@baogao/core' {
 *   interface SectionContentMap { indicator: Indicator }
 * }
 * ```
 */
import type {
  Data as UnistData,
  Literal as UnistLiteral,
  Node as UnistNode,
  Parent as UnistParent
} from 'unist'

// ---------------------------------------------------------------------------
// Content maps (open for declaration merging).

/** Nodes that may appear as children of `root`. */
export interface RootContentMap {
  title: Title
  salutation: Salutation
  paragraph: Paragraph
  section: Section
  table: Table
  closing: Closing
  signature: Signature
  note: Note
}

/** Nodes that may appear as children of `section`. */
export interface SectionContentMap {
  heading: Heading
  paragraph: Paragraph
  section: Section
  table: Table
}

/** Inline nodes that may appear in any phrasing parent. */
export interface PhrasingContentMap {
  text: Text
  redacted: Redacted
}

/** Nodes that may appear as children of `paragraph` (phrasing plus runs). */
export interface ParagraphContentMap {
  enumeration: Enumeration
}

/** Nodes that may appear as children of `signature`. */
export interface SignatureContentMap {
  signatory: Signatory
  signatureDate: SignatureDate
}

export type RootContent = RootContentMap[keyof RootContentMap]
export type SectionContent = SectionContentMap[keyof SectionContentMap]
export type PhrasingContent = PhrasingContentMap[keyof PhrasingContentMap]
export type ParagraphContent =
  | PhrasingContent
  | ParagraphContentMap[keyof ParagraphContentMap]
export type SignatureContent = SignatureContentMap[keyof SignatureContentMap]

// ---------------------------------------------------------------------------
// Abstract nodes.

/** Info on a node, for plugins to extend through `XData` interfaces. */
export interface Data extends UnistData {}

export interface Node extends UnistNode {
  data?: Data | undefined
}

export interface Parent extends Node {
  children: Array<Node>
}

export interface Literal extends Node {
  value: string
}

// ---------------------------------------------------------------------------
// Report metadata.

/** What a report is, by genre. */
export type ReportKind = 'annual-report' | 'duty-report' | 'unknown'

/** Where a report came from. */
export type SourceKind = 'plain-text' | 'portal-html'

/**
 * What a portal info field means, whatever the label a portal writes for
 * it (`索引号`, `索 引 号` and `信息索引号` are all `index`). The table of
 * labels is in `@baogao/report-lines`; AST.md says what each key holds.
 */
export type FieldKey =
  | 'index'
  | 'title'
  | 'issuer'
  | 'docNumber'
  | 'written'
  | 'published'
  | 'edited'
  | 'effective'
  | 'expires'
  | 'validity'
  | 'topic'
  | 'genre'
  | 'keywords'
  | 'source'

/** An image or attachment referenced by a portal page. */
export interface Asset {
  kind: 'image' | 'attachment'
  url: string
  title: string | null
}

export interface SourceInfo {
  kind: SourceKind
  /** Path of the input as given to the pipeline, or `null` (stdin). */
  path: string | null
  /** Portal info fields, keyed by the raw label as written (`索引号`). */
  fields: Record<string, string>
  /**
   * The same fields by canonical key (`index`, `published`): for each key,
   * the first non-empty value of a label that means it, as written.
   */
  canonical: Partial<Record<FieldKey, string>>
  /** 政府网站发展指引 `<meta>` tags of a portal page, keyed by name (`SiteName`). */
  site: Record<string, string>
  /** Lines recognised as portal chrome and kept out of the body, for audit. */
  chrome: Array<string>
  /** Images and attachments a page references. */
  assets: Array<Asset>
}

/** The report's metadata, on the root. Dates are `YYYY-MM-DD`. */
export interface ReportMeta {
  title: string | null
  issuer: string | null
  kind: ReportKind
  /** The year the report covers (not the year it was published). */
  year: number | null
  published: string | null
  signed: string | null
  salutation: string | null
  source: SourceInfo
}

// ---------------------------------------------------------------------------
// Numbering.

/**
 * The family of a numbering marker, written in its canonical half-width
 * form. The marker as written (full-width, spaced) is kept on `Numbering`.
 */
export type NumberingStyle =
  | '第一部分'
  | '第一章'
  | '第一节'
  | '一、'
  | '一.'
  | '(一)'
  | '1.'
  | '1、'
  | '(1)'
  | '1)'
  | '①'
  | '一是'
  | '第一,'

export interface Numbering {
  /** The marker exactly as written, such as `(二十三)` or `１.`. */
  marker: string
  /** The parsed ordinal: `(二十三)` is `23`. */
  ordinal: number
  style: NumberingStyle
}

// ---------------------------------------------------------------------------
// Concrete nodes.

export interface RootData extends Data {}

/** The whole report. */
export interface Root extends Parent {
  type: 'root'
  meta: ReportMeta
  children: Array<RootContent>
  data?: RootData | undefined
}

export interface TitleData extends Data {}

/** The title line(s) as written; `meta.title` holds the normalised title. */
export interface Title extends Parent {
  type: 'title'
  children: Array<PhrasingContent>
  data?: TitleData | undefined
}

export interface SalutationData extends Data {}

/** The addressee line (主送), such as `市人民政府:`. */
export interface Salutation extends Parent {
  type: 'salutation'
  children: Array<PhrasingContent>
  data?: SalutationData | undefined
}

export interface SectionData extends Data {}

/**
 * A numbered (or styled) part of the report and everything under it. Its
 * first child, and only that one, is its `heading`.
 */
export interface Section extends Parent {
  type: 'section'
  /** Nesting depth in the tree: `1` for top-level sections. */
  depth: number
  /** `null` for a heading recognised without a marker (an HTML `<h2>`). */
  numbering: Numbering | null
  children: Array<SectionContent>
  data?: SectionData | undefined
}

export interface HeadingData extends Data {}

/**
 * A section's heading text, without its marker. A run-in heading keeps its
 * closing `。` as written; `runIn` says body text followed on the same line.
 * Empty (no children) for a numbered paragraph: a marker numbering body
 * text, with no title. Its position starts at the marker.
 */
export interface Heading extends Parent {
  type: 'heading'
  runIn: boolean
  children: Array<PhrasingContent>
  data?: HeadingData | undefined
}

export interface ParagraphData extends Data {}

export interface Paragraph extends Parent {
  type: 'paragraph'
  children: Array<ParagraphContent>
  data?: ParagraphData | undefined
}

export interface EnumerationData extends Data {}

/** An inline run such as `一是…二是…` or `第一,…第二,…` inside a paragraph. */
export interface Enumeration extends Parent {
  type: 'enumeration'
  style: NumberingStyle
  children: Array<EnumerationItem>
  data?: EnumerationData | undefined
}

export interface EnumerationItemData extends Data {}

/**
 * One item of an enumeration; its text starts with its own marker (`一是…`,
 * unlike a heading) and runs to the next item's marker.
 */
export interface EnumerationItem extends Parent {
  type: 'enumerationItem'
  numbering: Numbering
  children: Array<PhrasingContent>
  data?: EnumerationItemData | undefined
}

export interface ClosingData extends Data {}

/** The closing formula: `特此报告。`, `请予审议。`. */
export interface Closing extends Parent {
  type: 'closing'
  children: Array<PhrasingContent>
  data?: ClosingData | undefined
}

export interface SignatureData extends Data {}

/** The signing organisations and the date, after the closing. */
export interface Signature extends Parent {
  type: 'signature'
  children: Array<SignatureContent>
  data?: SignatureData | undefined
}

export interface SignatoryData extends Data {}

/** One signing organisation, as written. */
export interface Signatory extends Parent {
  type: 'signatory'
  children: Array<PhrasingContent>
  data?: SignatoryData | undefined
}

export interface SignatureDateData extends Data {}

/** The signing date as written, with its parsed value (`null` if unreadable). */
export interface SignatureDate extends Parent {
  type: 'signatureDate'
  date: string | null
  children: Array<PhrasingContent>
  data?: SignatureDateData | undefined
}

export interface NoteData extends Data {}

/** A note such as `(此件公开发布)`. */
export interface Note extends Parent {
  type: 'note'
  children: Array<PhrasingContent>
  data?: NoteData | undefined
}

export interface TableData extends Data {}

export interface Table extends Parent {
  type: 'table'
  children: Array<TableRow>
  data?: TableData | undefined
}

export interface TableRowData extends Data {}

export interface TableRow extends Parent {
  type: 'tableRow'
  children: Array<TableCell>
  data?: TableRowData | undefined
}

export interface TableCellData extends Data {}

export interface TableCell extends Parent {
  type: 'tableCell'
  header: boolean
  colSpan: number
  rowSpan: number
  children: Array<PhrasingContent>
  data?: TableCellData | undefined
}

export interface TextData extends Data {}

export interface Text extends Literal {
  type: 'text'
  data?: TextData | undefined
}

/** What kind of contact detail a `redacted` node stands for. */
export type ContactType =
  | 'phone'
  | 'mobile'
  | 'fax'
  | 'email'
  | 'address'
  | 'postcode'
  | 'qq'
  | 'wechat'
  | 'name'

export interface RedactedData extends Data {}

/**
 * A contact detail removed by a redactor. It holds the replacement shown in
 * outputs, never the value; it is generated, so it has no position.
 */
export interface Redacted extends Node {
  type: 'redacted'
  contactType: ContactType
  replacement: string
  data?: RedactedData | undefined
}

/** Every node of the report AST. */
export type Nodes =
  | Root
  | RootContent
  | SectionContent
  | ParagraphContent
  | SignatureContent
  | EnumerationItem
  | TableRow
  | TableCell
