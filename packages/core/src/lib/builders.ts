/**
 * Small builders for report nodes, so that parsers and plugins do not write
 * object literals by hand. A builder leaves `position` out when none is
 * given, so trees compare equal after a JSON round trip.
 */
import type {Position} from 'unist'
import type {
  Closing,
  ContactType,
  Enumeration,
  EnumerationItem,
  Heading,
  Note,
  Numbering,
  NumberingStyle,
  Paragraph,
  ParagraphContent,
  PhrasingContent,
  Redacted,
  ReportMeta,
  Root,
  RootContent,
  Salutation,
  Section,
  SectionContent,
  Signatory,
  Signature,
  SignatureContent,
  SignatureDate,
  SourceKind,
  Table,
  TableCell,
  TableRow,
  Text,
  Title
} from './ast.js'

type WithPosition<T> = T & {position?: Position}

/** `node` (a literal each builder makes afresh) with `position` set last. */
function at<T extends object>(node: T, position: Position | undefined): WithPosition<T> {
  if (position !== undefined) (node as WithPosition<T>).position = position
  return node
}

/** Metadata with nothing known yet: every field `null` or empty. */
export function emptyMeta(kind: SourceKind, path: string | null): ReportMeta {
  return {
    title: null,
    issuer: null,
    kind: 'unknown',
    year: null,
    published: null,
    signed: null,
    salutation: null,
    source: {kind, path, fields: {}, canonical: {}, site: {}, chrome: [], assets: []}
  }
}

export function root(
  meta: ReportMeta,
  children: Array<RootContent>,
  position?: Position
): Root {
  return at({type: 'root', meta, children}, position)
}

export function text(value: string, position?: Position): Text {
  return at({type: 'text', value}, position)
}

/** A redaction placeholder: generated, so it never has a position. */
export function redacted(contactType: ContactType, replacement: string): Redacted {
  return {type: 'redacted', contactType, replacement}
}

export function title(children: Array<PhrasingContent>, position?: Position): Title {
  return at({type: 'title', children}, position)
}

export function salutation(
  children: Array<PhrasingContent>,
  position?: Position
): Salutation {
  return at({type: 'salutation', children}, position)
}

export function paragraph(
  children: Array<ParagraphContent>,
  position?: Position
): Paragraph {
  return at({type: 'paragraph', children}, position)
}

export function section(
  fields: {depth: number; numbering: Numbering | null},
  children: Array<SectionContent>,
  position?: Position
): Section {
  return at(
    {type: 'section', depth: fields.depth, numbering: fields.numbering, children},
    position
  )
}

export function heading(
  fields: {runIn: boolean},
  children: Array<PhrasingContent>,
  position?: Position
): Heading {
  return at({type: 'heading', runIn: fields.runIn, children}, position)
}

export function numbering(
  marker: string,
  ordinal: number,
  style: NumberingStyle
): Numbering {
  return {marker, ordinal, style}
}

export function enumeration(
  fields: {style: NumberingStyle},
  children: Array<EnumerationItem>,
  position?: Position
): Enumeration {
  return at({type: 'enumeration', style: fields.style, children}, position)
}

export function enumerationItem(
  fields: {numbering: Numbering},
  children: Array<PhrasingContent>,
  position?: Position
): EnumerationItem {
  return at(
    {type: 'enumerationItem', numbering: fields.numbering, children},
    position
  )
}

export function closing(
  children: Array<PhrasingContent>,
  position?: Position
): Closing {
  return at({type: 'closing', children}, position)
}

export function signature(
  children: Array<SignatureContent>,
  position?: Position
): Signature {
  return at({type: 'signature', children}, position)
}

export function signatory(
  children: Array<PhrasingContent>,
  position?: Position
): Signatory {
  return at({type: 'signatory', children}, position)
}

export function signatureDate(
  fields: {date: string | null},
  children: Array<PhrasingContent>,
  position?: Position
): SignatureDate {
  return at({type: 'signatureDate', date: fields.date, children}, position)
}

export function note(children: Array<PhrasingContent>, position?: Position): Note {
  return at({type: 'note', children}, position)
}

export function table(children: Array<TableRow>, position?: Position): Table {
  return at({type: 'table', children}, position)
}

export function tableRow(children: Array<TableCell>, position?: Position): TableRow {
  return at({type: 'tableRow', children}, position)
}

/** A table cell; `header` defaults to `false`, spans to `1`. */
export function tableCell(
  fields: {header?: boolean; colSpan?: number; rowSpan?: number},
  children: Array<PhrasingContent>,
  position?: Position
): TableCell {
  return at(
    {
      type: 'tableCell',
      header: fields.header ?? false,
      colSpan: fields.colSpan ?? 1,
      rowSpan: fields.rowSpan ?? 1,
      children
    },
    position
  )
}
