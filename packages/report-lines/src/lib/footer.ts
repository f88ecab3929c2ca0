/**
 * The footer of a portal page: chrome, fields and page furniture (related
 * article titles, previous/next links) after the report.
 */
import {parseNumbering} from '@baogao/core'
import {isChrome} from './chrome.js'
import {isDateLine} from './dates.js'
import {readFieldLine} from './fields.js'
import {type Classified, collect, maxOtherLength} from './header.js'
import type {LayoutDraft} from './layout.js'
import type {Line} from './lines.js'
import {isClosing, isNote, isSignatory} from './tail.js'
import {hasComma, hasSentencePunctuation} from './text.js'
import {isTitlePart} from './title.js'

/**
 * Read footer lines bottom-up, file them into the draft and return how
 * many lines the footer has. Furniture above the topmost chrome or field
 * line goes back to the body.
 */
export function classifyFooter(all: Array<Line>, bodyStart: number, draft: LayoutDraft): number {
  const reversed: Array<Classified> = []
  let furnitureRun = 0

  for (let index = all.length - 1; index >= bodyStart; index--) {
    const line = all[index] as Line
    const text = line.text
    const fieldLine = readFieldLine(text)

    if (fieldLine) reversed.push({line, kind: 'field', fieldLine})
    else if (isChrome(text)) reversed.push({line, kind: 'chrome'})
    else if (isFurniture(text) && furnitureRun < maxFurnitureRun)
      reversed.push({line, kind: 'other'})
    else break

    furnitureRun = reversed.at(-1)?.kind === 'other' ? furnitureRun + 1 : 0
  }

  const footer = reversed.reverse()
  while (footer[0]?.kind === 'other') footer.shift()

  // An empty label in the footer takes the furniture line under it as value.
  for (let index = 0; index < footer.length - 1; index++) {
    const entry = footer[index] as Classified
    const next = footer[index + 1] as Classified
    const last = entry.fieldLine?.fields.at(-1)
    if (last && last.value === '' && next.kind === 'other') {
      last.value = next.line.text
      next.kind = 'value'
    }
  }

  for (const entry of footer) collect(entry, draft)
  return footer.length
}

/** Most furniture lines in a row (a list of related articles). */
const maxFurnitureRun = 30

/** A short line that is not report text: no sentence, no signature, no date. */
function isFurniture(text: string): boolean {
  if (text.length > 60 || hasSentencePunctuation(text) || hasComma(text)) return false
  if (isDateLine(text) || isClosing(text) || isSignatory(text) || isNote(text)) return false
  if (parseNumbering(text) !== null) return false
  return isTitlePart(text) || text.length <= maxOtherLength
}
