/**
 * Text → report tree: cut the input into lines, read the layout, hand the
 * body lines to core's sectionizer, and derive the metadata.
 */
import {
  sectionize,
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
  type TextBlock,
  type Title
} from '@baogao/core'
import type {VFile} from 'vfile'
import {headingTitle, parseDate, toText} from './pending-core.js'
import {readLayout, type Layout} from './layout.js'
import {createLocator, type Line, type Locator, splitLines} from './lines.js'
import {
  publishedCandidates,
  readIssuer,
  readKind,
  readYear,
  signedCandidates
} from './meta.js'
import {report} from './messages.js'

export interface ParseSettings {
  chrome: boolean
}

export function parse(value: string, file: VFile, settings: ParseSettings): Root {
  const locator = createLocator(file, value)
  const lines = splitLines(value)
  const layout = readLayout(lines, {chrome: settings.chrome})
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

  const body = sectionize(
    layout.body.map((line) => textBlock(line, locator)),
    file
  )
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

  const meta = readMeta(layout, body, signed, file)

  if (value.trim().length === 0) {
    report(file, 'empty-document', 'Unexpected empty document, expected report text')
  } else if (layout.body.length === 0) {
    report(file, 'body-not-found', 'Unexpected document without body text, expected paragraphs or sections')
  }

  if (meta.title === null && value.trim().length > 0) {
    report(
      file,
      'title-not-found',
      'Unexpected report without title, expected a title line such as `…2020年法治政府建设工作报告`',
      layout.body[0] ? locator.point(layout.body[0].start) : undefined
    )
  }

  return {
    type: 'root',
    meta,
    children,
    position: {start: locator.point(0), end: locator.point(value.length)}
  }
}

function readMeta(
  layout: Layout,
  body: Array<Paragraph | Section | Table>,
  signed: string | null,
  file: VFile
): ReportMeta {
  const published = firstDate(publishedCandidates(layout.fields, layout.headerDates))
  const signedDate = signed ?? firstDate(signedCandidates(layout.fields))
  const sections = body.filter((node): node is Section => node.type === 'section')
  const headings = sections.map((section) => headingTitle(section))
  const preamble = body
    .filter((node): node is Paragraph => node.type === 'paragraph')
    .map((node) => toText(node))
  const bodyStart = [layout.body[0]?.text ?? '', ...headings]
  const fields: Record<string, string> = {}
  for (const field of layout.fields) {
    if (fields[field.label] === undefined || fields[field.label] === '') fields[field.label] = field.value
  }

  return {
    title: layout.title,
    issuer: readIssuer(
      layout.title,
      layout.fields,
      layout.signatories.map((line) => line.text)
    ),
    kind: readKind(layout.title, headings, preamble),
    year: readYear(layout.title, bodyStart, published, signedDate),
    published,
    signed: signedDate,
    salutation: layout.salutation?.text ?? null,
    source: {
      kind: 'plain-text',
      path: file.path ?? null,
      fields,
      site: {},
      chrome: layout.chrome,
      assets: []
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
    report(
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

function textNode(line: Line, locator: Locator): Text {
  return {type: 'text', value: line.text, position: locator.position(line.start, line.end)}
}

function span(lines: Array<Line>, locator: Locator) {
  const first = lines[0] as Line
  const last = lines.at(-1) as Line
  return locator.position(first.start, last.end)
}

function textBlock(line: Line, locator: Locator): TextBlock {
  return {
    kind: 'text',
    value: line.text,
    position: locator.position(line.start, line.end),
    pointAt: (index) => locator.point(line.start + index)
  }
}
