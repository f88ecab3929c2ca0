/**
 * Text → report tree: cut the input into lines, read the layout, hand the
 * body lines to core's sectionizer, and derive the metadata.
 */
import {
  closing,
  emptyMeta,
  headingTitle,
  note,
  root,
  salutation,
  sectionize,
  signatory,
  signature,
  signatureDate,
  text,
  title,
  toText,
  type Paragraph,
  type ReportMeta,
  type Root,
  type RootContent,
  type Section,
  type Signature,
  type Table,
  type Text,
  type TextBlock
} from '@baogao/core'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {readDateLine} from './dates.js'
import {type Layout, readLayout, type SignatureLines} from './layout.js'
import {createLocator, type Line, type Locator, splitLines} from './lines.js'
import {report} from './messages.js'
import {
  firstDate,
  publishedCandidates,
  readIssuer,
  readKind,
  readYear,
  signedCandidates
} from './meta.js'

export interface ParseSettings {
  chrome: boolean
}

export function parse(value: string, file: VFile, settings: ParseSettings): Root {
  const locator = createLocator(file, value)
  const layout = readLayout(splitLines(value), {chrome: settings.chrome})
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

  const body = sectionize(
    layout.body.map((line) => textBlock(line, locator)),
    file
  )
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

  const signed = tailSigned ?? headSigned
  const meta = readMeta(layout, body, signed, file)

  if (value.trim().length === 0) {
    report(file, 'empty-document', 'Unexpected empty document, expected report text')
  } else {
    if (layout.body.length === 0) {
      report(
        file,
        'body-not-found',
        'Unexpected document without body text, expected paragraphs or sections'
      )
    }

    if (meta.title === null) {
      const first = layout.body[0]
      report(
        file,
        'title-not-found',
        'Unexpected report without title, expected a title line such as `…2020年法治政府建设工作报告`',
        first ? locator.point(first.start) : undefined
      )
    }
  }

  return root(meta, children, locator.position(0, value.length))
}

function readMeta(
  layout: Layout,
  body: Array<Paragraph | Section | Table>,
  signed: string | null,
  file: VFile
): ReportMeta {
  const meta = emptyMeta('plain-text', file.path ?? null)
  const headings = body
    .filter((node): node is Section => node.type === 'section')
    .map((section) => headingTitle(section))
  const preamble = body
    .filter((node): node is Paragraph => node.type === 'paragraph')
    .map((node) => toText(node))

  meta.title = layout.title
  meta.published = firstDate(publishedCandidates(layout.fields, layout.headerDates))
  meta.signed = signed ?? firstDate(signedCandidates(layout.fields))
  const signatories = [
    ...(layout.signature?.signatories ?? []),
    ...(layout.headSignature?.signatories ?? [])
  ]
  meta.issuer = readIssuer(
    layout.title,
    layout.fields,
    signatories.map((line) => line.text),
    layout.body[0]?.text
  )
  meta.kind = readKind(layout.title, headings, preamble)
  meta.year = readYear(
    layout.title,
    [layout.body[0]?.text ?? '', ...headings],
    meta.published,
    meta.signed
  )
  meta.salutation = layout.salutation?.text ?? null

  // The first value of a label wins; a later empty repeat does not erase it.
  for (const field of layout.fields) {
    if (!meta.source.fields[field.label]) meta.source.fields[field.label] = field.value
  }

  meta.source.chrome = layout.chrome
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
    report(
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

function textBlock(line: Line, locator: Locator): TextBlock {
  return {
    kind: 'text',
    value: line.text,
    position: locator.position(line.start, line.end),
    pointAt: (index) => locator.point(line.start + index)
  }
}
