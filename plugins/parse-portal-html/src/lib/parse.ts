/**
 * A portal page → report tree: decode, parse, find the article, cut it into
 * lines, read the report's layout with the same rules as plain text, hand
 * the body to core's sectionizer, and derive the metadata.
 */
import {
  headingTitle,
  parseDate,
  sectionize,
  toText,
  type Asset,
  type Block,
  type Closing,
  type Note,
  type Paragraph,
  type ReportMeta,
  type Root,
  type RootContent,
  type Salutation,
  type Section,
  type Signatory,
  type Signature,
  type SignatureDate,
  type Table,
  type Text,
  type Title
} from '@baogao/core'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {chooseContainer} from './container.js'
import {decodeHtml} from './decode.js'
import {type BodyItem, extractLines} from './extract.js'
import type {Line as PageLine} from './lines.js'
import {fail, warn} from './messages.js'
import {findTitleLine, syntheticLine, titleElementLine} from './page-title.js'
import {parseHtmlTree} from './parse-tree.js'
import {isChrome} from './rules/chrome.js'
import {isDateLine} from './rules/dates.js'
import {type Field, isPendingLabel, readFieldLine} from './rules/fields.js'
import {type Layout, readLayout} from './rules/layout.js'
import {type Line, splitLines} from './rules/lines.js'
import {publishedCandidates, readIssuer, readKind, readYear, signedCandidates} from './rules/meta.js'
import {compact, hasSentencePunctuation} from './rules/text.js'
import {isSignatory} from './rules/tail.js'
import {isTitleLike} from './rules/title.js'
import {scanPage} from './scan.js'
import {readSiteMeta} from './site-meta.js'
import {type TableRead, toTableNode} from './tables.js'

export interface ParseSettings {
  /** Charset to assume when the page declares none. */
  encoding: string | null
  /** Largest page, in bytes. */
  maxSize: number
  /** Deepest element nesting kept as is. */
  maxDepth: number
}

/** Stands in for a body table among the lines handed to the layout rules. */
const tablePlaceholder = '\uE000表\uE000'

/** How many lines after the container may still hold the article's fields. */
const fieldsAfterReach = 8

/** Longest table cell taken as a label without a colon (`索 引 号`). */
const maxCellLabel = 12

/** How many lines before the container may hold a bare publication date. */
const dateReach = 6

export function parsePortal(document: string, file: VFile, settings: ParseSettings): Root {
  const text = decodeInput(document, file, settings)
  const {tree, flattened} = parseHtmlTree(file, settings.maxDepth)

  if (flattened > 0) {
    warn(
      file,
      'deep-nesting',
      'Unexpected elements nested deeper than `' + settings.maxDepth + '`, expected at most `' +
        settings.maxDepth + '` levels; flattened `' + flattened + '` elements'
    )
  }

  if (/<html[\s>]/i.test(text.slice(0, 4096)) && !/<\/html\s*>/i.test(text.slice(-4096))) {
    warn(file, 'truncated-document', 'Unexpected end of page before `</html>`, expected a complete page; the article may be cut short')
  }

  const scan = scanPage(tree)
  const container = chooseContainer(tree, scan)
  if (container === null) {
    file.fail('Unexpected page without article text, expected paragraphs of Chinese text', {
      ruleId: 'article-not-found',
      source: '@baogao/parse-portal-html'
    })
  }

  const site = readSiteMeta(scan.metas)
  const isLabel = (value: string): boolean => {
    const line = readFieldLine(value)
    return line !== null && line.fields.length === 1 && isPendingLabel(line)
  }

  const page = extractLines(tree, text, container.nodes, isLabel)
  const tail = trimEditorLines(page.body, isLabel)
  const outside = readOutsideFields([
    ...page.before,
    ...page.info,
    ...tail,
    ...page.after.slice(0, fieldsAfterReach)
  ])
  const headerDates = page.before
    .slice(-dateReach)
    .filter((line) => isDateLine(line.value))
    .map((line) => line.value)

  const titleLine =
    findTitleLine(page.before, site.ArticleTitle) ??
    (site.ArticleTitle !== undefined && isTitleLike(compact(site.ArticleTitle))
      ? syntheticLine(site.ArticleTitle, metaOffset(scan.metas, 'articletitle'))
      : titleElementLine(scan.title, text))

  const virtual = buildVirtualText(titleLine, dedupeBody(page.body))
  const editorChrome = tail.map((line) => '(' + line.value + ')')
  const place = location(text)
  const locator = createLocator(place, virtual.map, text.length)
  const layout = readLayout(splitLines(virtual.value), {chrome: true})
  const children: Array<RootContent> = []

  if (layout.titleLines.length > 0) {
    children.push({
      type: 'title',
      children: layout.titleLines.map((line) => textNode(line, locator)),
      position: span(layout.titleLines, locator)
    } satisfies Title)
  }

  if (layout.salutation) {
    children.push({
      type: 'salutation',
      children: [textNode(layout.salutation, locator)],
      position: span([layout.salutation], locator)
    } satisfies Salutation)
  }

  const blocks: Array<Block> = layout.body.map((line) => {
    const table = virtual.tables.get(line.index)
    if (table !== undefined && line.text === tablePlaceholder) {
      return {kind: 'table', table: toTableNode(table, (offset) => pointOf(place, offset, text.length))}
    }

    return {
      kind: 'text',
      value: line.text,
      position: locator.position(line.start, line.end),
      pointAt: (index: number) => locator.point(line.start + index),
      heading: virtual.headings.has(line.index) && line.start === virtual.lineStarts[line.index]
    }
  })
  const body = sectionize(blocks, file)
  children.push(...body)

  if (layout.closing) {
    children.push({
      type: 'closing',
      children: [textNode(layout.closing, locator)],
      position: span([layout.closing], locator)
    } satisfies Closing)
  }

  const signed = readSignatureDate(layout, file, locator)
  const signature = signatureNode(layout, signed, locator)
  if (signature) children.push(signature)

  for (const note of layout.notes) {
    children.push({
      type: 'note',
      children: [textNode(note, locator)],
      position: span([note], locator)
    } satisfies Note)
  }

  const fields = [...outside.fields, ...layout.fields]
  layout.chrome.push(...editorChrome)
  const meta = readMeta(layout, body, signed, file, {
    fields,
    headerDates: [...outside.dates, ...headerDates, ...layout.headerDates],
    site,
    assets: [...page.images, ...page.attachments]
  })

  if (layout.body.length === 0) {
    warn(file, 'article-not-found', 'Unexpected article without body text, expected paragraphs or sections')
  }

  if (meta.title === null) {
    warn(
      file,
      'title-not-found',
      'Unexpected page without report title, expected a title such as `…2020年法治政府建设工作报告`',
      layout.body[0] ? locator.point(layout.body[0].start) : undefined
    )
  }

  return {
    type: 'root',
    meta,
    children,
    position: {start: pointOf(place, 0, text.length), end: pointOf(place, text.length, text.length)}
  }
}

/**
 * Bytes (or a string) → the decoded page, which replaces `file.value` so
 * that positions and message places refer to it. Fails the file when the
 * page is unusable.
 */
function decodeInput(document: string, file: VFile, settings: ParseSettings): string {
  const value = file.value
  const bytes = value instanceof Uint8Array ? value : null
  const size = bytes === null ? document.length : bytes.length

  if (size > settings.maxSize) {
    file.fail(
      'Unexpected page of `' + size + '` bytes, expected at most `' + settings.maxSize + '` (option `maxSize`)',
      {ruleId: 'document-too-large', source: '@baogao/parse-portal-html'}
    )
  }

  let text = document
  if (bytes !== null) {
    const decoded = decodeHtml(bytes, settings.encoding, document)
    if (decoded === null) {
      file.fail('Unexpected binary data, expected an HTML page', {
        ruleId: 'binary-document',
        source: '@baogao/parse-portal-html'
      })
    }

    if (decoded.mismatch && decoded.declared !== null) {
      warn(
        file,
        'charset-mismatch',
        'Unexpected bytes for declared charset `' + decoded.declared + '`, expected `' +
          decoded.encoding + '`; decoded as `' + decoded.encoding + '`'
      )
    }

    text = decoded.value
  } else if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1)
  }

  if (text.trim() === '') {
    file.fail('Unexpected empty page, expected HTML', {
      ruleId: 'empty-document',
      source: '@baogao/parse-portal-html'
    })
  }

  file.value = text
  return text
}

// ---------------------------------------------------------------------------
// The lines handed to the layout rules.

interface VirtualText {
  value: string
  /** Source offset of every UTF-16 unit of `value`, plus the end. */
  map: Int32Array
  /** Body tables by virtual line index. */
  tables: Map<number, TableRead>
  /** Virtual lines written as headings in the markup. */
  headings: Set<number>
  /** Offset in `value` where each virtual line starts. */
  lineStarts: Array<number>
}

/**
 * The page title line and the article's lines as one text, one line per
 * block, with a map back to the source: the text parser's rules then read
 * the title, salutation, body and tail exactly as they read a text file.
 */
function buildVirtualText(titleLine: PageLine | null, body: Array<BodyItem>): VirtualText {
  const lines: Array<PageLine | TableRead> = []
  if (titleLine !== null) lines.push(titleLine)
  for (const item of body) lines.push(item.kind === 'line' ? item.line : item.table)

  const values = lines.map((line) => ('value' in line ? line.value : tablePlaceholder))
  const value = values.join('\n')
  const map = new Int32Array(value.length + 1)
  const tables = new Map<number, TableRead>()
  const headings = new Set<number>()
  const lineStarts: Array<number> = []
  const boldMeansHeading = isBoldSparing(body)
  let base = 0
  let last = 0

  lines.forEach((line, index) => {
    lineStarts.push(base)
    const length = (values[index] ?? '').length
    if ('value' in line) {
      for (let offset = 0; offset <= length; offset++) map[base + offset] = line.offsets[offset] ?? last
      last = line.offsets[length] ?? last
      if (line !== titleLine && isMarkupHeading(line, boldMeansHeading)) headings.add(index)
    } else {
      const start = line.element.position?.start.offset ?? last
      const end = line.element.position?.end.offset ?? start
      for (let offset = 0; offset < length; offset++) map[base + offset] = start
      map[base + length] = end
      last = end
      tables.set(index, line)
    }

    base += length + 1
  })

  return {value, map, tables, headings, lineStarts}
}

/** Longest bold line taken as a heading (core's longest whole-line heading). */
const maxBoldHeading = 60

/**
 * Whether bold marks headings in this article: not when most lines are
 * bold (a whole article pasted in bold, a bold editor style).
 */
function isBoldSparing(body: Array<BodyItem>): boolean {
  let lines = 0
  let bold = 0
  for (const item of body) {
    if (item.kind !== 'line') continue
    lines++
    if (item.line.bold && item.line.level === 0) bold++
  }

  return bold * 2 <= lines
}

/**
 * A heading by markup: `h1`–`h6`, or a short bold line that does not end
 * a sentence (a bold sentence is emphasis, not a heading).
 */
function isMarkupHeading(line: PageLine, boldMeansHeading: boolean): boolean {
  if (line.level > 0) return true
  return (
    boldMeansHeading &&
    line.bold &&
    line.value.length <= maxBoldHeading &&
    !/[。；;！!？?，,]$/.test(line.value)
  )
}

/** `(责任编辑:张三)`, `【来源:县司法局】`: a field in brackets on its own line. */
const bracketedField = /^[（(【[]\s*([^（()）【】[\]:：]{1,8}[:：][^（()）【】[\]]{0,40})[）)】\]]$/

/**
 * Take the editor's bracketed fields off the end of the article (they are
 * not report text) and return them, unbracketed, as field lines.
 */
function trimEditorLines(body: Array<BodyItem>, isLabel: (text: string) => boolean): Array<PageLine> {
  const taken: Array<PageLine> = []
  while (body.length > 0) {
    const last = body.at(-1)
    if (last?.kind !== 'line') break
    const match = bracketedField.exec(last.line.value)
    const inner = match?.[1]
    if (inner === undefined || !isLabel(inner.slice(0, inner.search(/[:：]/) + 1))) break
    body.pop()
    taken.unshift({...last.line, value: inner})
  }

  return taken
}

/** A body printed twice in one container (a print copy): keep it once. */
function dedupeBody(items: Array<BodyItem>): Array<BodyItem> {
  if (items.length < 4 || items.length % 2 === 1) return items
  const half = items.length / 2
  for (let index = 0; index < half; index++) {
    const a = items[index]
    const b = items[index + half]
    if (a?.kind !== 'line' || b?.kind !== 'line' || a.line.value !== b.line.value) return items
  }

  return items.slice(0, half)
}

interface OutsideFields {
  fields: Array<Field>
  /** Dates written without a label around the title. */
  dates: Array<string>
}

/**
 * Fields of the info block and the source/date line around the article:
 * `label:value` lines, a label with its value on the next line (table
 * cells, list items), and labels without a colon in table cells.
 */
function readOutsideFields(lines: Array<PageLine>): OutsideFields {
  const fields: Array<Field> = []
  const dates: Array<string> = []

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as PageLine
    const next = lines[index + 1]
    // Every field has a colon, except a label alone in a table cell.
    const hasColon = line.value.includes(':') || line.value.includes('：')
    if (line.linked) continue
    if (!hasColon && !(line.cell && next?.cell && line.value.length <= maxCellLabel)) continue
    let fieldLine = hasColon ? readFieldLine(line.value) : null

    // `<th>索引号</th><td>…</td>`: a label cell without a colon.
    if (fieldLine === null && line.cell && next?.cell) {
      const labelled = readFieldLine(line.value + ':')
      if (labelled !== null && labelled.fields.length === 1 && isPendingLabel(labelled)) fieldLine = labelled
    }

    if (fieldLine === null) continue
    fields.push(...fieldLine.fields)
    for (const piece of fieldLine.chrome) if (isDateLine(piece)) dates.push(piece)

    // A value cell after a label cell is the value, even a title.
    const cellValue = line.cell && next?.cell === true && readFieldLine(next.value) === null
    if (isPendingLabel(fieldLine) && next !== undefined && (cellValue || isFieldValue(next.value))) {
      const field = fieldLine.fields.at(-1) as Field
      field.value = next.value
      index++
    }
  }

  return {fields, dates}
}

/** Whether a line after an empty label is that label's value. */
function isFieldValue(text: string): boolean {
  if (isChrome(text) || readFieldLine(text) !== null) return false
  if (isTitleLike(compact(text)) && text.length > 10) return false
  return text.length <= 60 && !hasSentencePunctuation(text)
}

/** Offset of the first `<meta name>` of that name, for synthetic lines. */
function metaOffset(metas: Array<import('hast').Element>, name: string): number {
  const meta = metas.find((element) => String(element.properties['name'] ?? '').toLowerCase() === name)
  return meta?.position?.start.offset ?? 0
}

// ---------------------------------------------------------------------------
// Positions.

interface Locator {
  point: (offset: number) => Point
  position: (start: number, end: number) => Position
}

function createLocator(
  place: ReturnType<typeof location>,
  map: Int32Array,
  length: number
): Locator {
  return {point, position}

  function point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, map.length - 1))
    return pointOf(place, map[clamped] ?? 0, length)
  }

  function position(start: number, end: number): Position {
    return {start: point(start), end: point(end)}
  }
}

function pointOf(place: ReturnType<typeof location>, offset: number, length: number): Point {
  const clamped = Math.max(0, Math.min(offset, length))
  const found = place.toPoint(clamped)
  return {line: found?.line ?? 1, column: found?.column ?? 1, offset: clamped}
}

function textNode(line: Line, locator: Locator): Text {
  return {type: 'text', value: line.text, position: locator.position(line.start, line.end)}
}

function span(lines: Array<Line>, locator: Locator): Position {
  const first = lines[0] as Line
  const last = lines.at(-1) as Line
  return locator.position(first.start, last.end)
}

// ---------------------------------------------------------------------------
// Metadata, as the plain-text parser derives it, plus what pages add.

interface PageInfo {
  fields: Array<Field>
  headerDates: Array<string>
  site: Partial<Record<string, string>>
  assets: Array<Asset>
}

function readMeta(
  layout: Layout,
  body: Array<Paragraph | Section | Table>,
  signed: string | null,
  file: VFile,
  page: PageInfo
): ReportMeta {
  const published = firstDate([
    ...(page.site['PubDate'] === undefined ? [] : [page.site['PubDate']]),
    ...publishedCandidates(page.fields, page.headerDates)
  ])
  const signedDate = signed ?? firstDate(signedCandidates(page.fields))
  const sections = body.filter((node): node is Section => node.type === 'section')
  const headings = sections.map((section) => headingTitle(section))
  const preamble = body
    .filter((node): node is Paragraph => node.type === 'paragraph')
    .map((node) => toText(node))
  const bodyStart = [layout.body[0]?.text ?? '', ...headings]
  const fields: Record<string, string> = {}
  for (const field of page.fields) {
    if (fields[field.label] === undefined || fields[field.label] === '') fields[field.label] = field.value
  }

  const site: Record<string, string> = {}
  for (const [name, value] of Object.entries(page.site)) if (value !== undefined) site[name] = value

  let issuer = readIssuer(
    layout.title,
    page.fields,
    layout.signatories.map((line) => line.text)
  )
  const contentSource = page.site['ContentSource']
  if (issuer === null && contentSource !== undefined && isSignatory(contentSource)) {
    issuer = compact(contentSource)
  }

  return {
    title: layout.title,
    issuer,
    kind: readKind(layout.title, headings, preamble),
    year: readYear(layout.title, bodyStart, published, signedDate),
    published,
    signed: signedDate,
    salutation: layout.salutation?.text ?? null,
    source: {
      kind: 'portal-html',
      path: file.path ?? null,
      fields,
      site,
      chrome: layout.chrome,
      assets: page.assets
    }
  }
}

/** The first of `candidates` that reads as a date, as `YYYY-MM-DD`. */
function firstDate(candidates: Array<string>): string | null {
  for (const candidate of candidates) {
    const date = parseDate(candidate)
    if (date?.value) return date.value
  }

  return null
}

function readSignatureDate(layout: Layout, file: VFile, locator: Locator): string | null {
  if (!layout.date) return null
  const date = parseDate(layout.date.text)
  if (date?.damaged) {
    warn(
      file,
      'damaged-date',
      'Unexpected damaged date `' + layout.date.text + '`, expected a date such as `2021年1月8日`' +
        (date.value ? '; read as `' + date.value + '`' : ''),
      span([layout.date], locator)
    )
  }

  return date?.value ?? null
}

function signatureNode(layout: Layout, signed: string | null, locator: Locator): Signature | null {
  if (layout.signatories.length === 0 && !layout.date) return null
  const signature: Signature = {type: 'signature', children: []}

  for (const line of layout.signatories) {
    signature.children.push({
      type: 'signatory',
      children: [textNode(line, locator)],
      position: span([line], locator)
    } satisfies Signatory)
  }

  if (layout.date) {
    signature.children.push({
      type: 'signatureDate',
      date: signed,
      children: [textNode(layout.date, locator)],
      position: span([layout.date], locator)
    } satisfies SignatureDate)
  }

  const lines = [...layout.signatories, ...(layout.date ? [layout.date] : [])]
  signature.position = span(lines, locator)
  return signature
}
