/**
 * The report tree and its file as the normalized JSON object.
 */
import {
  emptyRedactionCounts,
  headingTitle,
  toMessageRecord,
  toText,
  type MessageRecord,
  type Nodes,
  type RedactionCounts,
  type Root,
  type Section,
  type Signature,
  type Table
} from '@baogao/core'
import type {VFile} from 'vfile'
import type {
  NormalizedMeta,
  NormalizedReport,
  NormalizedSection,
  NormalizedSignature,
  NormalizedTable
} from './types.js'

/**
 * Turn a report tree (and the file it came from, for its messages and
 * redaction counts) into the normalized JSON object. Keys are created in
 * one fixed order, so `JSON.stringify` of the result is deterministic.
 */
export function toNormalizedReport(tree: Root, file: VFile): NormalizedReport {
  const preamble: Array<string> = []
  const epilogue: Array<string> = []
  const sections: Array<NormalizedSection> = []
  const tables: Array<NormalizedTable> = []
  const closings: Array<string> = []
  const signatures: Array<Signature> = []
  const notes: Array<string> = []

  for (const child of tree.children) {
    switch (child.type) {
      case 'paragraph': {
        ;(sections.length === 0 ? preamble : epilogue).push(toText(child))
        break
      }

      case 'section': {
        sections.push(normalizeSection(child))
        break
      }

      case 'table': {
        tables.push(normalizeTable(child))
        break
      }

      case 'closing': {
        closings.push(toText(child))
        break
      }

      case 'signature': {
        signatures.push(child)
        break
      }

      case 'note': {
        notes.push(toText(child))
        break
      }

      default: {
        // `title` and `salutation` are in `meta`, normalized by the parser;
        // other node types are not part of the format.
      }
    }
  }

  const report: NormalizedReport = {
    schemaVersion: 1,
    meta: normalizeMeta(tree, file),
    preamble,
    sections,
    epilogue,
    closing: closings.length === 0 ? null : closings.join('\n'),
    signature: normalizeSignature(signatures),
    notes,
    messages: normalizeMessages(file),
    redactions: normalizeRedactions(file.data.redactions)
  }

  return tables.length === 0 ? report : insertTables(report, tables)
}

/** Root tables go after `epilogue`, keeping the documented key order. */
function insertTables(
  report: NormalizedReport,
  tables: Array<NormalizedTable>
): NormalizedReport {
  const {closing, signature, notes, messages, redactions, ...head} = report
  return {...head, tables, closing, signature, notes, messages, redactions}
}

function normalizeMeta(tree: Root, file: VFile): NormalizedMeta {
  const meta = tree.meta
  const source = meta.source
  const site = source.site ?? {}
  // Trees made before these existed, or by other parsers, may lack them.
  const canonical = source.canonical ?? {}
  const assets = source.assets ?? []

  return {
    title: meta.title,
    issuer: meta.issuer,
    kind: meta.kind,
    year: meta.year,
    published: meta.published,
    signed: meta.signed,
    salutation: meta.salutation,
    source: {
      kind: source.kind,
      // The path as the pipeline was given it; the file's path when the
      // parser did not record one.
      path: source.path ?? file.path ?? null,
      fields: {...source.fields},
      canonical: {...canonical},
      ...(Object.keys(site).length > 0 ? {site: {...site}} : {}),
      ...(assets.length > 0
        ? {assets: assets.map((asset) => ({kind: asset.kind, url: asset.url, title: asset.title ?? null}))}
        : {})
    }
  }
}

function normalizeSection(section: Section): NormalizedSection {
  const paragraphs: Array<string> = []
  const tables: Array<NormalizedTable> = []
  const sections: Array<NormalizedSection> = []

  for (const child of section.children) {
    switch (child.type) {
      case 'paragraph': {
        paragraphs.push(toText(child))
        break
      }

      case 'table': {
        tables.push(normalizeTable(child))
        break
      }

      case 'section': {
        sections.push(normalizeSection(child))
        break
      }

      default:
    }
  }

  const numbering = section.numbering
  return {
    marker: numbering ? numbering.marker : null,
    ordinal: numbering ? numbering.ordinal : null,
    style: numbering ? numbering.style : null,
    depth: section.depth,
    title: headingTitle(section),
    paragraphs,
    ...(tables.length > 0 ? {tables} : {}),
    sections
  }
}

function normalizeTable(table: Table): NormalizedTable {
  return table.children.map((row) =>
    row.children.map((cell) => toText(cell).trim())
  )
}

function normalizeSignature(
  signatures: ReadonlyArray<Signature>
): NormalizedSignature | null {
  if (signatures.length === 0) return null
  const organizations: Array<string> = []
  let date: string | null = null
  let dated = false

  for (const signature of signatures) {
    for (const child of signature.children as ReadonlyArray<Nodes>) {
      if (child.type === 'signatory') {
        organizations.push(toText(child).trim())
      } else if (child.type === 'signatureDate' && !dated) {
        // The first date wins; a later one is usually a repeat.
        date = child.date
        dated = true
      }
    }
  }

  return {organizations, date}
}

/**
 * Messages by place (`line`, `column`; messages without a place first),
 * then rule id; messages that tie keep the order they were emitted in.
 */
function normalizeMessages(file: VFile): Array<MessageRecord> {
  return file.messages
    .map((message) => toMessageRecord(message))
    .sort(
      (a, b) =>
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        compareStrings(a.ruleId ?? '', b.ruleId ?? '')
    )
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Counts in the fixed order of `emptyRedactionCounts`, whatever order a redactor used. */
function normalizeRedactions(counts: RedactionCounts | undefined): RedactionCounts {
  const result = emptyRedactionCounts()
  if (!counts) return result
  result.total = counts.total
  for (const type of Object.keys(result.byType) as Array<keyof RedactionCounts['byType']>) {
    result.byType[type] = counts.byType[type] ?? 0
  }

  return result
}
