/**
 * The end of a report: the closing formula (`特此报告。`, `请予审议。`), the
 * signing organisations, the date, and notes such as `(此件公开发布)`.
 */
import {parseNumbering} from '@baogao/core'
import {isDateLine} from './dates.js'
import type {Line} from './lines.js'
import {subLine} from './lines.js'
import {isOrganisation} from './organisation.js'
import {compact, endsWithColon, hanCount, hasComma, hasSentencePunctuation} from './text.js'

/** A closing formula standing on its own line. */
const closingLine =
  /^(特此(报告|汇报|呈报|报送|说明)|专此(报告|汇报)|请予?(审议|审阅|审查|批示|审定|指正)|以上(报告|汇报|情况)|妥否|报告完毕|汇报完毕)[^。]{0,24}[。!\uFF01.]?$/

/** A closing formula at the end of the last paragraph, after its last `。`. */
const closingAtEnd =
  /(?<=[。!\uFF01])\s{0,4}((特此(报告|汇报|呈报)|专此(报告|汇报)|请予?(审议|审阅|批示)|以上(报告|汇报)[^。]{0,20})[。!\uFF01]?)$/

export function isClosing(text: string): boolean {
  return text.length <= 40 && closingLine.test(compact(text))
}

/**
 * Where a closing formula starts at the end of a longer line, or `-1`.
 * `……工作。特此报告。` gives the index of `特`.
 */
export function closingStart(text: string): number {
  const match = closingAtEnd.exec(text)
  if (!match || match[1] === undefined) return -1
  return text.length - match[1].length
}

/** Whether a line names a signing organisation (and nothing else). */
export function isSignatory(text: string): boolean {
  const bare = compact(text)
  if (bare.length < 2 || bare.length > 40 || hanCount(bare) < 2) return false
  if (hasSentencePunctuation(bare) || hasComma(bare) || endsWithColon(bare)) return false
  if (parseNumbering(bare) !== null) return false
  // Two organisations may share a line: `中共XX县委  XX县人民政府`.
  return text
    .split(/[\s\u00A0\u3000、]+/)
    .filter((part) => part.length > 0)
    .every((part) => isOrganisation(part))
}

/** Notes after the signature: `(此件公开发布)`, `(此页无正文)`, `(完)`. */
export function isNote(text: string): boolean {
  const bare = compact(text)
  return (
    /^[(\uFF08](此件|本件|此文|本文|此页|本页|本报告)[^)\uFF09]{1,20}[)\uFF09]$/.test(bare) ||
    /^[(\uFF08]完[)\uFF09]$/.test(bare) ||
    isAttachment(bare)
  )
}

/** The first line of an attachment list: `附件:1.…`, `附件2`. */
function isAttachment(text: string): boolean {
  return (
    /^附件[0-9\uFF10-\uFF19一二三四五六七八九十]*([:\uFF1A]|$)/.test(compact(text)) &&
    text.length <= 80
  )
}

/** Longest line continuing an attachment list (`2.XX清单`). */
const maxAttachmentLine = 80

/**
 * Where an attachment list ending at `end` starts: the topmost `附件` line
 * among the short lines just above `end`, or `-1`.
 */
function attachmentStart(lines: Array<Line>, end: number): number {
  let found = -1
  for (let index = end; index >= 0 && index > end - 10; index--) {
    const text = lines[index]?.text ?? ''
    if (isAttachment(text)) {
      found = index
      continue
    }

    // A list of attachment names, not a signature or a sentence.
    if (text.length > maxAttachmentLine || /[。;\uFF1B]/.test(text)) break
    if (isDateLine(text) || isSignatory(text) || isClosing(text)) break
  }

  return found
}

/**
 * A signatory and its date on one line: `XX县人民政府 2021年1月8日`.
 * Returns the two pieces with their offsets, or `null`.
 */
export function splitSignatoryDate(line: Line): {signatory: Line; date: Line} | null {
  if (line.text.length > 60) return null
  // Try the last few whitespace runs: the date may hold spaces itself.
  const runs = [...line.text.matchAll(/[\s\u00A0\u3000]+/g)].slice(-4).reverse()
  for (const run of runs) {
    const signatory = subLine(line, 0, run.index)
    const date = subLine(line, run.index, line.text.length)
    if (isDateLine(date.text) && isSignatory(signatory.text)) return {signatory, date}
  }

  return null
}

export interface Tail {
  /** Index (into the given lines) where the tail starts. */
  start: number
  closing: Line | null
  signatories: Array<Line>
  date: Line | null
  notes: Array<Line>
}

/** Most signatory lines taken above a date. */
const maxSignatories = 4

/**
 * Read the tail of the body, scanning up from its last line: notes, the
 * date (maybe on the signatory's line), signatories, the closing formula.
 * Signatories count only next to a date or under a closing formula, so a
 * short last line of the body is never mistaken for one.
 */
export function readTail(lines: Array<Line>): Tail {
  const tail: Tail = {start: lines.length, closing: null, signatories: [], date: null, notes: []}
  let index = lines.length - 1
  // Collected bottom-up, put in order at the end.
  const notes: Array<Line> = []

  // Notes and attachment lists, after the signature or between it and the closing.
  const takeNotes = () => {
    while (index >= 0) {
      if (isNote(lines[index]?.text ?? '') && !isAttachment(lines[index]?.text ?? '')) {
        notes.push(lines[index] as Line)
        index--
        continue
      }

      const start = attachmentStart(lines, index)
      if (start < 0) break
      for (let at = index; at >= start; at--) notes.push(lines[at] as Line)
      index = start - 1
    }
  }

  takeNotes()

  const last = lines[index]
  if (last && isDateLine(last.text)) {
    tail.date = last
    index--
    takeNotes()
  } else if (last) {
    const split = splitSignatoryDate(last)
    if (split) {
      tail.date = split.date
      tail.signatories.unshift(split.signatory)
      index--
    }
  }

  const signatories: Array<Line> = []
  let cursor = index
  while (cursor >= 0 && signatories.length < maxSignatories) {
    const line = lines[cursor] as Line
    if (!isSignatory(line.text) || isClosing(line.text)) break
    signatories.unshift(line)
    cursor--
  }

  const closingAbove = (at: number) => at >= 0 && isClosing(lines[at]?.text ?? '')
  if (
    signatories.length > 0 &&
    (tail.date !== null || closingAbove(cursor) || closingAbove(attachmentStart(lines, cursor) - 1))
  ) {
    tail.signatories.unshift(...signatories)
    index = cursor
  }

  if (tail.date !== null || tail.signatories.length > 0) takeNotes()

  if (closingAbove(index)) {
    tail.closing = lines[index] as Line
    index--
  }

  tail.notes = notes.reverse()
  tail.start = index + 1
  return tail
}
