/**
 * The report's metadata from its layout and body, as both parsers read it;
 * a page adds what it knows besides its lines (info block, tags, dates).
 */
import {
  emptyMeta,
  headingTitle,
  toText,
  type Paragraph,
  type ReportMeta,
  type Section,
  type SourceKind,
  type Table
} from '@baogao/core'
import {canonicalFields} from './field-keys.js'
import type {Field} from './fields.js'
import type {Layout} from './layout.js'
import {
  firstDate,
  publishedCandidates,
  readIssuer,
  readKind,
  readYear,
  signedCandidates
} from './meta.js'
import {isSignatory} from './tail.js'
import {compact} from './text.js'

/** Paragraphs before the sections that `readKind` reads. */
const preambleRead = 2

export interface ReportMetaOptions {
  kind: SourceKind
  /** The input's path, or `null`. */
  path: string | null
  /** The signature date `openingNodes`/`endingNodes` read, or `null`. */
  signed: string | null
  /** Fields found outside the lines (a page's info block), put before the layout's. */
  fields?: Array<Field> | undefined
  /** Publication dates to try before those of the fields (a page's visible date, its `PubDate`). */
  published?: Array<string> | undefined
  /** Bare dates next to the title or fields, tried before the layout's header dates. */
  dates?: Array<string> | undefined
  /** Names to take as the issuer when nothing else names one (a page's `ContentSource`). */
  issuers?: Array<string> | undefined
  /** Chrome set aside before the layout was read, listed after the layout's. */
  chrome?: Array<string> | undefined
}

/**
 * Title, dates, issuer, kind, year, salutation, and `source` (fields by
 * label, first non-empty value first; the same by canonical key; chrome)
 * from the layout and the sectionized body.
 */
export function readReportMeta(
  layout: Layout,
  body: Array<Paragraph | Section | Table>,
  options: ReportMetaOptions
): ReportMeta {
  const meta = emptyMeta(options.kind, options.path)
  const fields = options.fields ? [...options.fields, ...layout.fields] : layout.fields
  const headings = body
    .filter((node): node is Section => node.type === 'section')
    .map((section) => headingTitle(section))
  // The kind reads only the first two paragraphs before the sections.
  const preamble: Array<string> = []
  for (const node of body) {
    if (preamble.length === preambleRead) break
    if (node.type === 'paragraph') preamble.push(toText(node))
  }

  meta.title = layout.title
  meta.published = firstDate([
    ...(options.published ?? []),
    ...publishedCandidates(fields, [...(options.dates ?? []), ...layout.headerDates])
  ])
  meta.signed = options.signed ?? firstDate(signedCandidates(fields))
  const signatories = [
    ...(layout.signature?.signatories ?? []),
    ...(layout.headSignature?.signatories ?? [])
  ]
  meta.issuer = readIssuer(
    layout.title,
    fields,
    signatories.map((line) => line.text),
    layout.body[0]?.text
  )
  if (meta.issuer === null) {
    const named = options.issuers?.find((name) => isSignatory(name))
    if (named !== undefined) meta.issuer = compact(named)
  }

  meta.kind = readKind(layout.title, headings, preamble)
  meta.year = readYear(
    layout.title,
    [layout.body[0]?.text ?? '', ...headings],
    meta.published,
    meta.signed
  )
  meta.salutation = layout.salutation?.text ?? null

  // The first value of a label wins; a later empty repeat does not erase it.
  for (const field of fields) {
    if (!meta.source.fields[field.label]) meta.source.fields[field.label] = field.value
  }

  meta.source.canonical = canonicalFields(fields)

  meta.source.chrome = options.chrome ? [...layout.chrome, ...options.chrome] : layout.chrome
  return meta
}
