/**
 * The layout of a text: which lines are portal chrome and fields, which are
 * the title and salutation, where the report body starts and ends, and what
 * closes it (closing formula, signature, notes).
 *
 * The header is read top-down up to the first line that can only be body
 * text; the footer bottom-up over lines that are chrome or page furniture;
 * chrome patterns apply only there, never inside the body.
 */
import {parseNumbering} from '@baogao/core'
import {isChrome} from './chrome.js'
import {isDateLine} from './dates.js'
import {isPendingLabel, readFieldLine, type Field} from './fields.js'
import {isBlank, type Line, subLine} from './lines.js'
import {closingStart, isClosing, isNote, isSignatory, readTail} from './tail.js'
import {compact, endsWithColon, hasComma, hasSentencePunctuation} from './text.js'
import {isTitleLike, isTitlePart, joinTitle} from './title.js'

export interface LayoutOptions {
  /** Recognise portal chrome and fields (default `true`). */
  chrome: boolean
}

export interface Layout {
  /** The line(s) the title is written on, repeats included. */
  titleLines: Array<Line>
  /** The title, joined and without whitespace, or `null`. */
  title: string | null
  salutation: Line | null
  /** Body lines, in order, for the sectionizer. */
  body: Array<Line>
  closing: Line | null
  signatories: Array<Line>
  date: Line | null
  notes: Array<Line>
  fields: Array<Field>
  /** Chrome as written, in source order. */
  chrome: Array<string>
  /** Dates standing alone in the page header (a publication date without a label). */
  headerDates: Array<string>
}

type HeaderClass = 'chrome' | 'field' | 'value' | 'salutation' | 'title' | 'other'

interface Classified {
  line: Line
  kind: HeaderClass
  /** Fields read from a field line. */
  fields?: Array<Field>
  /** Chrome pieces of a field line. */
  chrome?: Array<string>
}

/** Longest line of the header that is neither chrome nor title yet not body. */
const maxOtherLength = 30

/** What an addressee ends with, before the colon. */
const addressee =
  /(政府|委员会|人大|常委会|政协|党委|党组|党工委|委|局|厅|办|办公室|部|院|领导|代表|同志们|主任|书记|各位)$/

/** `市人民政府:`, `市委、市政府:`, `尊敬的各位领导:`. */
export function isSalutation(text: string): boolean {
  const bare = compact(text)
  if (!endsWithColon(bare) || bare.length > 30 || bare.length < 2) return false
  const name = bare.slice(0, -1)
  if (hasSentencePunctuation(name) || /[:\uFF1A]/.test(name)) return false
  if (/(如下|现将|报告|情况|汇报)/.test(name)) return false
  return addressee.test(name) || /^(尊敬的|各位)/.test(name)
}

export function readLayout(lines: Array<Line>, options: LayoutOptions): Layout {
  const all = lines.filter((line) => !isBlank(line))
  const layout: Layout = {
    titleLines: [],
    title: null,
    salutation: null,
    body: [],
    closing: null,
    signatories: [],
    date: null,
    notes: [],
    fields: [],
    chrome: [],
    headerDates: []
  }

  const header = classifyHeader(all, options)
  const bodyStart = header.length
  const footer = options.chrome ? classifyFooter(all, bodyStart) : []
  const bodyEnd = all.length - footer.length

  resolveHeader(header, layout, options)

  const tail = readTail(all.slice(bodyStart, bodyEnd))
  const bodyLines = [...layout.body, ...all.slice(bodyStart, bodyStart + tail.start)]
  layout.closing = tail.closing
  layout.signatories = tail.signatories
  layout.date = tail.date
  layout.notes = tail.notes

  // `……工作。特此报告。`: the formula closing the last paragraph.
  const last = bodyLines.at(-1)
  if (layout.closing === null && last && tail.start === bodyEnd - bodyStart) {
    const start = closingStart(last.text)
    if (start > 0) {
      bodyLines[bodyLines.length - 1] = subLine(last, 0, start)
      layout.closing = subLine(last, start, last.text.length)
    }
  }

  layout.body = bodyLines

  for (const entry of footer) collect(entry, layout)
  return layout
}

/** Classify header lines until the first line that can only be body. */
function classifyHeader(all: Array<Line>, options: LayoutOptions): Array<Classified> {
  const header: Array<Classified> = []

  for (let index = 0; index < all.length; index++) {
    const line = all[index] as Line
    const text = line.text

    // Fields first: a field line may hold chrome pieces (`阅读次数:-  [ 关 闭 ]`).
    const fieldLine = options.chrome ? readFieldLine(text) : null
    if (fieldLine) {
      header.push({line, kind: 'field', fields: fieldLine.fields, chrome: fieldLine.chrome})
      const next = all[index + 1]
      if (isPendingLabel(fieldLine) && next && isFieldValue(next.text)) {
        const field = fieldLine.fields.at(-1) as Field
        field.value = next.text
        header.push({line: next, kind: 'value'})
        index++
      }

      continue
    }

    if (options.chrome && isChrome(text)) {
      header.push({line, kind: 'chrome'})
      continue
    }

    // A numbered line is a heading: the body has started.
    if (parseNumbering(text) !== null) break
    if (isSalutation(text)) header.push({line, kind: 'salutation'})
    else if (isTitlePart(text)) header.push({line, kind: 'title'})
    else if (isDateLine(text) || (text.length <= maxOtherLength && !/[。;;]/.test(text) && !hasComma(text)))
      header.push({line, kind: 'other'})
    else break
  }

  return header
}

/** Whether a line after an empty label is that label's value. */
function isFieldValue(text: string): boolean {
  if (isChrome(text) || readFieldLine(text) !== null) return false
  if (isTitleLike(compact(text)) && text.length > 10) return false
  return text.length <= 60 && !hasSentencePunctuation(text)
}

function resolveHeader(header: Array<Classified>, layout: Layout, options: LayoutOptions): void {
  const title = findTitle(header, options)
  let furnitureEnd: number

  if (title) {
    layout.titleLines = header.slice(title.start, title.end).map((entry) => entry.line)
    layout.title = title.text
    furnitureEnd = title.start
  } else {
    // Without a title, page furniture runs to the last chrome or field line.
    furnitureEnd = 0
    if (options.chrome) {
      header.forEach((entry, index) => {
        if (entry.kind === 'chrome' || entry.kind === 'field') furnitureEnd = index + 1
      })
    }
  }

  const afterTitle = title ? title.end : furnitureEnd
  let salutationOpen = true

  header.forEach((entry, index) => {
    if (entry.kind === 'chrome' || entry.kind === 'field' || entry.kind === 'value') {
      collect(entry, layout)
      return
    }

    if (index >= (title?.start ?? -1) && index < (title?.end ?? -1)) return

    if (index < furnitureEnd) {
      if (options.chrome) {
        layout.chrome.push(entry.line.text)
        if (isDateLine(entry.line.text)) layout.headerDates.push(entry.line.text)
      } else {
        layout.body.push(entry.line)
      }

      return
    }

    if (index >= afterTitle && salutationOpen && entry.kind === 'salutation' && layout.body.length === 0) {
      layout.salutation = entry.line
      salutationOpen = false
      return
    }

    salutationOpen = false
    layout.body.push(entry.line)
  })
}

/** The last run of title lines in the header that joins into a title. */
function findTitle(
  header: Array<Classified>,
  options: LayoutOptions
): {start: number; end: number; text: string} | null {
  let found: {start: number; end: number; text: string} | null = null
  let index = 0

  while (index < header.length) {
    if (header[index]?.kind !== 'title') {
      index++
      continue
    }

    let end = index
    while (end < header.length && header[end]?.kind === 'title') end++
    const run = header.slice(index, end).map((entry) => entry.line.text)

    for (let offset = 0; offset < run.length; offset++) {
      // Without chrome detection, only the first lines can be a title.
      if (!options.chrome && index + offset > 0) break
      const joined = joinTitle(run.slice(offset))
      if (joined) {
        found = {start: index + offset, end: index + offset + joined.used, text: joined.title}
        break
      }
    }

    index = end
  }

  return found
}

/**
 * Classify footer lines bottom-up: chrome, fields, and page furniture
 * (short lines such as related-article titles) between them. Furniture
 * above the topmost chrome or field line goes back to the body.
 */
function classifyFooter(all: Array<Line>, bodyStart: number): Array<Classified> {
  const footer: Array<Classified> = []

  for (let index = all.length - 1; index >= bodyStart; index--) {
    const line = all[index] as Line
    const text = line.text

    const fieldLine = readFieldLine(text)
    if (fieldLine) {
      footer.unshift({line, kind: 'field', fields: fieldLine.fields, chrome: fieldLine.chrome})
      continue
    }

    if (isChrome(text)) {
      footer.unshift({line, kind: 'chrome'})
      continue
    }

    if (isFurniture(text)) {
      footer.unshift({line, kind: 'other'})
      continue
    }

    break
  }

  while (footer.length > 0 && footer[0]?.kind === 'other') footer.shift()

  // An empty label in the footer takes the furniture line under it as value.
  for (let index = 0; index < footer.length - 1; index++) {
    const entry = footer[index] as Classified
    const next = footer[index + 1] as Classified
    if (entry.kind === 'field' && next.kind === 'other' && entry.fields?.at(-1)?.value === '') {
      ;(entry.fields.at(-1) as Field).value = next.line.text
      next.kind = 'value'
    }
  }

  return footer
}

/** A short line that is not report text: no sentence, no signature, no date. */
function isFurniture(text: string): boolean {
  if (text.length > 60 || hasSentencePunctuation(text) || hasComma(text)) return false
  if (isDateLine(text) || isClosing(text) || isSignatory(text) || isNote(text)) return false
  return isTitlePart(text) || text.length <= maxOtherLength
}

/** File a classified header or footer line into the layout. */
function collect(entry: Classified, layout: Layout): void {
  switch (entry.kind) {
    case 'field': {
      layout.fields.push(...(entry.fields ?? []))
      layout.chrome.push(...(entry.chrome ?? []))
      for (const piece of entry.chrome ?? []) if (isDateLine(piece)) layout.headerDates.push(piece)
      break
    }

    case 'value':
      break
    default:
      layout.chrome.push(entry.line.text)
  }
}
