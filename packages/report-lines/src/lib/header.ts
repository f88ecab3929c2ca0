/**
 * The header of a text: portal chrome and fields, the title, a signature
 * printed under the title, and the salutation, up to the first line that
 * can only be report body.
 */
import {parseNumbering} from '@baogao/core'
import {isChrome} from './chrome.js'
import {isDateLine} from './dates.js'
import {type FieldLine, isPendingLabel, readFieldLine} from './fields.js'
import type {LayoutDraft, LayoutOptions} from './layout.js'
import type {Line} from './lines.js'
import {isSignatory} from './tail.js'
import {compact, endsWithColon, hasComma, hasSentencePunctuation} from './text.js'
import {isDocumentNumber, isTitleLike, isTitlePart, joinTitle} from './title.js'
import {squeeze} from './organisation.js'

export type LineKind = 'chrome' | 'field' | 'value' | 'salutation' | 'title' | 'other'

export interface Classified {
  line: Line
  kind: LineKind
  /** The fields and chrome pieces of a field line. */
  fieldLine?: FieldLine
}

/** Longest header line that is neither chrome nor title yet not body. */
export const maxOtherLength = 30

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

/** Classify header lines until the first line that can only be body. */
export function classifyHeader(all: Array<Line>, options: LayoutOptions): Array<Classified> {
  const header: Array<Classified> = []

  for (let index = 0; index < all.length; index++) {
    const line = all[index] as Line
    const text = line.text

    // Fields first: a field line may hold chrome pieces (`阅读次数:-  [ 关 闭 ]`).
    const fieldLine = options.chrome ? readFieldLine(text) : null
    if (fieldLine) {
      header.push({line, kind: 'field', fieldLine})
      const next = all[index + 1]
      if (isPendingLabel(fieldLine) && next && isFieldValue(next.text)) {
        const field = fieldLine.fields.at(-1)
        if (field) field.value = next.text
        header.push({line: next, kind: 'value'})
        index++
      }

      continue
    }

    // Chrome, and document numbers (`潞政发〔2021〕5号`) printed around a title.
    if (options.chrome && (isChrome(text) || isDocumentNumber(text))) {
      header.push({line, kind: 'chrome'})
      continue
    }

    // A numbered line is a heading: the body has started.
    if (parseNumbering(text) !== null) break
    if (isSalutation(text)) header.push({line, kind: 'salutation'})
    else if (isTitlePart(text)) header.push({line, kind: 'title'})
    else if (isDateLine(text) || isShortOther(text)) header.push({line, kind: 'other'})
    // A banner sentence of a portal page, with more of the page header to come.
    else if (options.chrome && text.length <= maxBannerLength && headerAhead(all, index)) {
      header.push({line, kind: 'other'})
    } else break
  }

  return header
}

/** Longest banner sentence (a slogan, a notice) in a page header. */
const maxBannerLength = 60

/** Lines looked at past a banner sentence for more of the page header. */
const headerLookahead = 4

/** Whether chrome, fields or a title follow within a few lines, before any heading. */
function headerAhead(all: Array<Line>, index: number): boolean {
  for (const line of all.slice(index + 1, index + 1 + headerLookahead)) {
    const text = line.text
    if (parseNumbering(text) !== null) return false
    if (isChrome(text) || readFieldLine(text) !== null) return true
    if (isTitlePart(text) && isTitleLike(compact(text))) return true
  }

  return false
}

/** A short line without sentences: a document number, a subtitle, a date. */
function isShortOther(text: string): boolean {
  return text.length <= maxOtherLength && !/[。;\uFF1B]/.test(text) && !hasComma(text)
}

/** Whether a line after an empty label is that label's value. */
export function isFieldValue(text: string): boolean {
  if (isChrome(text) || readFieldLine(text) !== null) return false
  if (isTitleLike(compact(text)) && text.length > 10) return false
  return text.length <= 60 && !hasSentencePunctuation(text)
}

/**
 * File the header lines: chrome and fields; the title; before the title,
 * page furniture (chrome); after it, a signature printed under the title,
 * then the salutation, then body.
 */
export function resolveHeader(
  header: Array<Classified>,
  draft: LayoutDraft,
  options: LayoutOptions
): void {
  const title = findTitle(header, options)
  const isPage = header.some((entry) => entry.kind === 'chrome' || entry.kind === 'field')
  let furnitureEnd = 0

  if (title) {
    draft.titleLines = header.slice(title.start, title.end).map((entry) => entry.line)
    draft.title = title.text
    furnitureEnd = title.start
  } else if (options.chrome) {
    // Without a title, page furniture runs to the last chrome or field line.
    header.forEach((entry, index) => {
      if (entry.kind === 'chrome' || entry.kind === 'field') furnitureEnd = index + 1
    })
  }

  const rest: Array<Classified> = []

  header.forEach((entry, index) => {
    if (entry.kind === 'chrome' || entry.kind === 'field' || entry.kind === 'value') {
      collect(entry, draft)
    } else if (title && index >= title.start && index < title.end) {
      // Part of the title.
    } else if (index < furnitureEnd && options.chrome) {
      draft.chrome.push({at: entry.line.start, text: entry.line.text})
      if (isDateLine(entry.line.text)) draft.headerDates.push(entry.line.text)
    } else {
      rest.push(entry)
    }
  })

  if (!title) draft.title = titleFromPage(draft)

  let next = 0
  if (title) next = readHeadSignature(rest, draft, isPage)

  const first = rest[next]
  if (first && first.kind === 'salutation') {
    draft.salutation = first.line
    next++
  }

  for (const entry of rest.slice(next)) draft.body.push(entry.line)
}

/**
 * A signatory and date printed right under the title. On a portal page a
 * lone date there is the publication date, so it goes with the chrome.
 */
function readHeadSignature(rest: Array<Classified>, draft: LayoutDraft, isPage: boolean): number {
  let index = 0
  const signatories: Array<Line> = []
  while (index < rest.length && index < 2 && isSignatory(rest[index]?.line.text ?? '')) {
    signatories.push((rest[index] as Classified).line)
    index++
  }

  const date = rest[index]
  if (!date || !isDateLine(date.line.text)) return 0

  if (isPage && signatories.length === 0) {
    draft.chrome.push({at: date.line.start, text: date.line.text})
    draft.headerDates.push(date.line.text)
  } else {
    draft.headSignature = {signatories, date: date.line}
  }

  return index + 1
}

/** Field labels whose value is the page's title. */
const titleLabels = new Set(['标题', '名称', '文件名称', '信息名称'])

/**
 * Without a title line, the title a page gives elsewhere: a title field,
 * else the last title-like piece of a header chrome line (the breadcrumb's
 * last item, a window title `…报告_XX区人民政府`).
 */
function titleFromPage(draft: LayoutDraft): string | null {
  for (const field of draft.fields) {
    const value = squeeze(field.value)
    if (titleLabels.has(compact(field.label)) && isTitleLike(value)) return value
  }

  let found: string | null = null
  for (const piece of draft.chrome) {
    for (const part of piece.text.split(/\s*(?:>>|>|\uFF1E|»|›|→|_|\||\uFF5C|——|--)\s*/)) {
      const value = squeeze(part.replace(/^[^:\uFF1A]{0,8}[:\uFF1A]/, ''))
      if (isTitleLike(value) && isTitlePart(value)) found = value
    }
  }

  return found
}

/** Most lines a title (with its repeats) is written on. */
const maxTitleLines = 6

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

    // Prefer the title that ends the run (a column name such as
    // `法治政府建设年度报告` may stand above it), else the first one found.
    let first: {start: number; end: number; text: string} | null = null
    for (let offset = 0; offset < run.length; offset++) {
      // Without chrome detection, only the first lines can be a title.
      if (!options.chrome && index + offset > 0) break
      const joined = joinTitle(run.slice(offset, offset + maxTitleLines))
      if (!joined) continue
      const candidate = {
        start: index + offset,
        end: index + offset + joined.used,
        text: joined.title
      }
      first ??= candidate
      if (candidate.end === end) {
        first = candidate
        break
      }
    }

    if (first) found = first

    index = end
  }

  return found
}

/** File a chrome, field or value line into the draft. */
export function collect(entry: Classified, draft: LayoutDraft): void {
  if (entry.kind === 'value') return

  if (entry.kind === 'field' && entry.fieldLine) {
    draft.fields.push(...entry.fieldLine.fields)
    for (const piece of entry.fieldLine.chrome) {
      draft.chrome.push({
        at: entry.line.start + Math.max(0, entry.line.text.indexOf(piece)),
        text: piece
      })
      if (isDateLine(piece)) draft.headerDates.push(piece)
    }

    return
  }

  draft.chrome.push({at: entry.line.start, text: entry.line.text})
}
