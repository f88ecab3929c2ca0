/**
 * The report tree from the layout the text rules read, as
 * `@baogao/parse-plain-text` assembles it (keep the two alike), plus what a
 * page adds: tables and markup headings in the body, the page's tags,
 * fields, dates and assets in the metadata.
 */
import {
  closing,
  emptyMeta,
  headingTitle,
  note,
  salutation,
  sectionize,
  signatory,
  signature,
  signatureDate,
  text,
  title,
  toText,
  type Asset,
  type Block,
  type Paragraph,
  type ReportMeta,
  type RootContent,
  type Section,
  type Signature,
  type Table,
  type Text
} from '@baogao/core'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {warn} from './messages.js'
import {readDateLine} from './rules/dates.js'
import type {Field} from './rules/fields.js'
import type {Layout, SignatureLines} from './rules/layout.js'
import type {Line} from './rules/lines.js'
import {
  fieldValues,
  firstDate,
  publishedCandidates,
  readIssuer,
  readKind,
  readYear,
  signedCandidates
} from './rules/meta.js'
import {isSignatory} from './rules/tail.js'
import {compact} from './rules/text.js'
import {toTableNode} from './tables.js'
import {type Locator, tablePlaceholder, type VirtualText} from './virtual.js'

/** What the page says about the report besides its article. */
export interface PageInfo {
  /** Fields around the article, before those the rules find in it. */
  fields: Array<Field>
  /** Bare dates next to the title or the fields. */
  dates: Array<string>
  site: Partial<Record<string, string>>
  assets: Array<Asset>
  /** Chrome set aside before the rules ran (editor lines). */
  chrome: Array<string>
}

/** Labels that name the publication date itself, before `PubDate`. */
const visiblePublishedLabels = ['发布日期', '发布时间', '发布于', '公开日期', '公开时间']

export interface Assembled {
  children: Array<RootContent>
  meta: ReportMeta
}

export function assemble(
  layout: Layout,
  virtual: VirtualText,
  locator: Locator,
  pagePoint: (offset: number) => Point,
  file: VFile,
  page: PageInfo
): Assembled {
  const children: Array<RootContent> = []

  if (layout.titleLines.length > 0) {
    children.push(
      title(
        layout.titleLines.map((line) => textNode(line, locator)),
        span(layout.titleLines, locator)
      )
    )
  }

  const headSigned = readSignatureDate(layout.headSignature, file, locator)
  if (layout.headSignature) children.push(buildSignature(layout.headSignature, headSigned, locator))

  if (layout.salutation) {
    children.push(
      salutation([textNode(layout.salutation, locator)], span([layout.salutation], locator))
    )
  }

  const blocks: Array<Block> = layout.body.map((line) => {
    const table = virtual.tables.get(line.index)
    if (table !== undefined && line.text === tablePlaceholder) {
      return {kind: 'table', table: toTableNode(table, pagePoint)}
    }

    return {
      kind: 'text',
      value: line.text,
      position: locator.position(line.start, line.end),
      pointAt: (index: number) => locator.point(line.start + index),
      // Only a whole line carries its markup's heading.
      heading: virtual.headings.has(line.index) && line.start === virtual.lineStarts[line.index]
    }
  })
  const body = sectionize(blocks, file)
  children.push(...body)

  // Closing, signature and notes (attachments may stand between them), in
  // source order.
  const ending: Array<RootContent> = []
  if (layout.closing) {
    ending.push(closing([textNode(layout.closing, locator)], span([layout.closing], locator)))
  }

  const tailSigned = readSignatureDate(layout.signature, file, locator)
  if (layout.signature) ending.push(buildSignature(layout.signature, tailSigned, locator))

  for (const line of layout.notes) {
    ending.push(note([textNode(line, locator)], span([line], locator)))
  }

  children.push(
    ...ending.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0))
  )

  const meta = readMeta(layout, body, tailSigned ?? headSigned, file, page)
  return {children, meta}
}

function readMeta(
  layout: Layout,
  body: Array<Paragraph | Section | Table>,
  signed: string | null,
  file: VFile,
  page: PageInfo
): ReportMeta {
  const meta = emptyMeta('portal-html', file.path ?? null)
  const fields = [...page.fields, ...layout.fields]
  const headings = body
    .filter((node): node is Section => node.type === 'section')
    .map((section) => headingTitle(section))
  const preamble = body
    .filter((node): node is Paragraph => node.type === 'paragraph')
    .map((node) => toText(node))

  meta.title = layout.title
  // A visible publication date first, then the guideline's `PubDate` tag,
  // then the weaker dates the text rules accept (编辑日期, 日期…).
  const pubDate = page.site['PubDate']
  meta.published = firstDate([
    ...fieldValues(fields, visiblePublishedLabels),
    ...(pubDate === undefined ? [] : [pubDate]),
    ...publishedCandidates(fields, [...page.dates, ...layout.headerDates])
  ])
  meta.signed = signed ?? firstDate(signedCandidates(fields))
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
  const contentSource = page.site['ContentSource']
  if (meta.issuer === null && contentSource !== undefined && isSignatory(contentSource)) {
    meta.issuer = compact(contentSource)
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

  for (const [name, value] of Object.entries(page.site)) {
    if (value !== undefined) meta.source.site[name] = value
  }

  meta.source.chrome = [...layout.chrome, ...page.chrome]
  meta.source.assets = page.assets
  return meta
}

/** The signature date as `YYYY-MM-DD`, with a message when it was damaged. */
function readSignatureDate(
  lines: SignatureLines | null,
  file: VFile,
  locator: Locator
): string | null {
  const line = lines?.date
  if (!line) return null
  const date = readDateLine(line.text)

  if (date?.damaged) {
    warn(
      file,
      'damaged-date',
      'Unexpected damaged date `' +
        line.text +
        '`, expected a date such as `2021年1月8日`' +
        (date.value ? '; read as `' + date.value + '`' : ''),
      span([line], locator)
    )
  }

  return date?.value ?? null
}

function buildSignature(lines: SignatureLines, signed: string | null, locator: Locator): Signature {
  const children: Signature['children'] = lines.signatories.map((line) =>
    signatory([textNode(line, locator)], span([line], locator))
  )
  if (lines.date) {
    children.push(
      signatureDate({date: signed}, [textNode(lines.date, locator)], span([lines.date], locator))
    )
  }

  return signature(
    children,
    span([...lines.signatories, ...(lines.date ? [lines.date] : [])], locator)
  )
}

function textNode(line: Line, locator: Locator): Text {
  return text(line.text, locator.position(line.start, line.end))
}

/** From the start of the first line to the end of the last. */
function span(lines: Array<Line>, locator: Locator): Position {
  const first = lines[0] as Line
  const last = lines.at(-1) as Line
  return locator.position(first.start, last.end)
}
