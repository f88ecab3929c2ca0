/**
 * The layout of a text: which lines are portal chrome and fields, which are
 * the title and salutation, where the report body starts and ends, and what
 * closes it (closing formula, signature, notes).
 *
 * The header is read top-down up to the first line that can only be body
 * text; the footer bottom-up over lines that are chrome or page furniture;
 * chrome patterns apply only there, never inside the body (page numbers of
 * printed documents excepted).
 */
import {isPageNumber} from './chrome.js'
import type {Field} from './fields.js'
import {classifyFooter} from './footer.js'
import {classifyHeader, resolveHeader} from './header.js'
import {isBlank, type Line, subLine} from './lines.js'
import {closingStart, readTail} from './tail.js'

export interface LayoutOptions {
  /** Recognise portal chrome and fields (default `true`). */
  chrome: boolean
}

/** Signatories and a date, under the title or at the end. */
export interface SignatureLines {
  signatories: Array<Line>
  date: Line | null
}

export interface Layout {
  /** The line(s) the title is written on, repeats included. */
  titleLines: Array<Line>
  /** The title, joined, or `null`. */
  title: string | null
  /** A signature printed under the title (organisation and date). */
  headSignature: SignatureLines | null
  salutation: Line | null
  /** Body lines, in order, for the sectionizer. */
  body: Array<Line>
  closing: Line | null
  signature: SignatureLines | null
  /** Notes and attachment lines, in order. */
  notes: Array<Line>
  fields: Array<Field>
  /** Chrome as written, in source order. */
  chrome: Array<string>
  /** Dates standing alone in a page header (a publication date without a label). */
  headerDates: Array<string>
}

/** A line (or piece of one) read as chrome, with its place for ordering. */
export interface ChromePiece {
  at: number
  text: string
}

/** What the header and footer readers fill in. */
export interface LayoutDraft extends Omit<Layout, 'chrome'> {
  chrome: Array<ChromePiece>
}

export function readLayout(lines: Array<Line>, options: LayoutOptions): Layout {
  const draft: LayoutDraft = {
    titleLines: [],
    title: null,
    headSignature: null,
    salutation: null,
    body: [],
    closing: null,
    signature: null,
    notes: [],
    fields: [],
    chrome: [],
    headerDates: []
  }

  const all: Array<Line> = []
  for (const line of lines) {
    if (isBlank(line)) continue
    // Page numbers of a printed document (`— 3 —`) interrupt the body anywhere.
    if (options.chrome && isPageNumber(line.text))
      draft.chrome.push({at: line.start, text: line.text})
    else all.push(line)
  }

  const header = classifyHeader(all, options)
  const bodyStart = header.length
  resolveHeader(header, draft, options)
  const footer = options.chrome ? classifyFooter(all, bodyStart, draft) : 0
  const bodyEnd = all.length - footer

  const tail = readTail(all.slice(bodyStart, bodyEnd))
  const body = [...draft.body, ...all.slice(bodyStart, bodyStart + tail.start)]
  draft.closing = tail.closing
  draft.signature =
    tail.signatories.length > 0 || tail.date
      ? {signatories: tail.signatories, date: tail.date}
      : null
  draft.notes = tail.notes

  // `……工作。特此报告。`: the formula closing the last paragraph.
  const last = body.at(-1)
  if (draft.closing === null && last && tail.start === bodyEnd - bodyStart) {
    const start = closingStart(last.text)
    if (start > 0) {
      body[body.length - 1] = subLine(last, 0, start)
      draft.closing = subLine(last, start, last.text.length)
    }
  }

  draft.body = body
  return {
    ...draft,
    chrome: draft.chrome.sort((a, b) => a.at - b.at).map((piece) => piece.text)
  }
}
