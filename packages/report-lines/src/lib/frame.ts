/**
 * The nodes around a report's body, made from its layout alike by both
 * parsers: the opening (title, a signature under the title, salutation) and
 * the ending (closing formula, signature, notes). Where a line sits in the
 * source is the parser's business: it passes a locator.
 */
import {
  closing,
  note,
  salutation,
  signatory,
  signature,
  signatureDate,
  text,
  title,
  type RootContent,
  type Signature,
  type Text
} from '@baogao/core'
import type {Point, Position} from 'unist'
import {readDateLine} from './dates.js'
import type {Layout, SignatureLines} from './layout.js'
import type {Line} from './lines.js'

/** Maps offsets in the text the lines were cut from to unist points. */
export interface Locator {
  point: (offset: number) => Point
  position: (start: number, end: number) => Position
}

/**
 * Called for a signature date that lost characters in extraction
 * (`2020414`): the reason is worded, the place is the date line. The
 * parser adds it as a message of its own.
 */
export type DamagedDateReporter = (reason: string, place: Position) => void

export interface FrameNodes {
  /** Root children, in source order. */
  nodes: Array<RootContent>
  /** The date of the signature among them, as `YYYY-MM-DD`, or `null`. */
  signed: string | null
}

/** The title, a signature printed under it, and the salutation. */
export function openingNodes(
  layout: Layout,
  locator: Locator,
  onDamagedDate: DamagedDateReporter
): FrameNodes {
  const nodes: Array<RootContent> = []

  if (layout.titleLines.length > 0) {
    nodes.push(
      title(
        layout.titleLines.map((line) => textNode(line, locator)),
        span(layout.titleLines, locator)
      )
    )
  }

  const signed = readSignatureDate(layout.headSignature, locator, onDamagedDate)
  if (layout.headSignature) nodes.push(buildSignature(layout.headSignature, signed, locator))

  if (layout.salutation) {
    nodes.push(
      salutation([textNode(layout.salutation, locator)], span([layout.salutation], locator))
    )
  }

  return {nodes, signed}
}

/**
 * The closing formula, the signature and the notes, in source order (an
 * attachment list may stand between closing and signature).
 */
export function endingNodes(
  layout: Layout,
  locator: Locator,
  onDamagedDate: DamagedDateReporter
): FrameNodes {
  const nodes: Array<RootContent> = []
  if (layout.closing) {
    nodes.push(closing([textNode(layout.closing, locator)], span([layout.closing], locator)))
  }

  const signed = readSignatureDate(layout.signature, locator, onDamagedDate)
  if (layout.signature) nodes.push(buildSignature(layout.signature, signed, locator))

  for (const line of layout.notes) {
    nodes.push(note([textNode(line, locator)], span([line], locator)))
  }

  nodes.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0))
  return {nodes, signed}
}

/** The signature date as `YYYY-MM-DD`, reporting it when it was damaged. */
function readSignatureDate(
  lines: SignatureLines | null,
  locator: Locator,
  onDamagedDate: DamagedDateReporter
): string | null {
  const line = lines?.date
  if (!line) return null
  const date = readDateLine(line.text)

  if (date?.damaged) {
    onDamagedDate(
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
