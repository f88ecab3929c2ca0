/**
 * Titles: `四平市铁东区人民政府2020年度法治政府建设工作报告`, split over two
 * lines (`黔江区黎水镇人民政府` / `2020年法治政府建设情况报告`), repeated, or
 * followed by a bracketed year (`(2021年度)`).
 */
import {parseNumbering} from '@baogao/core'
import {isDateLine} from './dates.js'
import {isPartyCommittee, joinNames, squeeze} from './organisation.js'
import {
  compact,
  endsWithColon,
  firstYear,
  hanCount,
  hasComma,
  hasSentencePunctuation
} from './text.js'

/** Longest line taken as (part of) a title. */
const maxTitlePartLength = 100

/** Whether a line may be a title or a piece of a split title. */
export function isTitlePart(text: string): boolean {
  if (text.length > maxTitlePartLength || hanCount(text) < 2) return false
  if (hasSentencePunctuation(text) || endsWithColon(text)) return false
  // A comma belongs in sentences; a title has at most one, in a long name.
  if (hasComma(text) && !isTitleLike(compact(text))) return false
  if (parseNumbering(text) !== null || isDocumentNumber(text)) return false
  return !isDateLine(text)
}

/** A document number line (`潞政发〔2021〕5号`), printed under a red header. */
export function isDocumentNumber(text: string): boolean {
  return text.length <= 30 && documentNumber.test(text)
}

const documentNumber =
  /[〔[【(\uFF08]\s*[0-9\uFF10-\uFF19]{4}\s*[〕\]】)\uFF09]\s*第?\s*[0-9\uFF10-\uFF19]+\s*号$/

/** A bracketed addition such as `(2021年度)` or `(全文)`. */
const bracketedTail = /[(\uFF08〔[][^)\uFF09〕\]]{1,20}[)\uFF09〕\]]$/

/** What a title ends with: the genre word. */
const genreEnd = /(报告|总结|汇报|情况|述职|述法|报告书|工作要点|自查|报告稿)$/

/** Words that make a line a report title wherever they stand. */
const genreInside = /(法治政府建设|依法行政|法治建设|第一责任人|述法).*(报告|总结|汇报|情况)/

/** Whether `text` (whitespace removed) reads as a complete report title. */
export function isTitleLike(text: string): boolean {
  if (text.length < 6 || text.length > 2 * maxTitlePartLength) return false
  const bare = text.replace(bracketedTail, '')
  return genreEnd.test(bare) || genreInside.test(bare)
}

export interface JoinedTitle {
  /** The title, whitespace removed. */
  title: string
  /** How many of the given parts it used (repeats included). */
  used: number
}

/**
 * Join title lines into one title: pieces of a split title are concatenated,
 * repeats (the whole title again, at once or split) are absorbed, and a
 * complete title that names its own organisation starts a new title.
 */
export function joinTitle(parts: Array<string>): JoinedTitle | null {
  const pieces = parts.map((part) => withoutTrailingDate(squeeze(part)))
  let title = ''
  let used = 0

  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index] ?? ''

    if (title !== '' && isTitleLike(title)) {
      // The title again, whole or split over lines.
      const repeat = repeatLength(title, pieces.slice(index))
      if (repeat > 0) {
        index += repeat - 1
        used = index + 1
        continue
      }

      // `(2021年度)` under the title.
      if (bracketedTail.test(piece) && piece.length === piece.match(bracketedTail)?.[0].length) {
        title += piece
        used = index + 1
        continue
      }

      break
    }

    if (piece === title) {
      used = index + 1
      continue
    }

    // A piece that is a full title with its own organisation starts afresh:
    // what came before it was something else (a site name).
    // Joint issuers (`中共XX县委` / `XX县人民政府关于…`) are the exception.
    if (
      title !== '' &&
      isTitleLike(piece) &&
      titleOrganisation(piece) !== '' &&
      !isPartyCommittee(title)
    ) {
      return null
    }

    title = joinNames(title, piece)
    used = index + 1
  }

  return isTitleLike(title) ? {title, used} : null
}

/** A publication date written after the title on its line (`…报告 2022-03-30`). */
const trailingDate =
  /[(\uFF08]?[0-9\uFF10-\uFF19]{4}[-/.年][0-9\uFF10-\uFF19]{1,2}[-/.月][0-9\uFF10-\uFF19]{1,2}日?([0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?[)\uFF09]?$/

/** `title` without a date after it, when what is left still reads as a title. */
function withoutTrailingDate(title: string): string {
  const match = trailingDate.exec(title)
  if (!match) return title
  const rest = title.slice(0, match.index)
  return isTitleLike(rest) ? rest : title
}

/** How many of `pieces` spell `title` again (whitespace aside), or `0`. */
function repeatLength(title: string, pieces: Array<string>): number {
  const target = compact(title)
  let written = ''
  for (let count = 1; count <= pieces.length; count++) {
    written += compact(pieces[count - 1] ?? '')
    if (written === target) return count
    if (!target.startsWith(written)) return 0
  }

  return 0
}

/** Where the organisation part of a title ends: `关于`, the year or the genre words. */
const organisationEnd = /关于|[0-9\uFF10-\uFF19〇零○一二三四五六七八九]{4}\s*年/

const genreStart = /法治政府建设|依法行政|法治建设|党政主要负责|主要负责人|履行推进|推进法治/

/**
 * The organisation part of a title: what comes before `关于`, the year or
 * the genre words (`公安县` from `公安县2019年法治政府建设工作报告`).
 */
export function titleOrganisation(title: string): string {
  const bare = title.replace(bracketedTail, '')
  const ends = [organisationEnd.exec(bare)?.index, genreStart.exec(bare)?.index].filter(
    (index): index is number => index !== undefined
  )
  if (ends.length === 0) return ''
  return bare.slice(0, Math.min(...ends)).replace(/[的、,\uFF0C\s]+$/, '')
}

/** The year a title names (`2020年度` → 2020). */
export function titleYear(title: string): number | null {
  return firstYear(title)
}
