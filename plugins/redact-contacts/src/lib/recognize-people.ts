/**
 * Values that only a label makes a contact: the contact person's name
 * after `联系人` (and `联络人`, `经办人`…), and a WeChat id made of letters
 * after `微信` (numeric ids and QQ numbers are read by the number scanner).
 */
import {isAsciiAlphanumeric, isAsciiLetter, isHanAt, isSpace} from './characters.js'
import {compoundSurnames, nameTitles, singleSurnames} from './lexicon.js'
import type {Scan} from './scan.js'

/** Characters that never belong to a given name: they start the next words. */
const nameStops = new Set('的了是在和与及或等向对将把从为')
const nameSeparators = new Set('、,/和及')
const maximumNames = 5

export function recognizeNames(scan: Scan): void {
  for (const label of scan.labels) {
    if (label.kind !== 'name') continue
    let index = label.end
    let explicit = false
    while (index < scan.end && index - label.end < 3 && isSpace(scan.code(index))) index++
    if (scan.char(index) === ':') {
      explicit = true
      index++
      while (index < scan.end && isSpace(scan.code(index))) index++
    }

    const glued = index === label.end
    if (scan.has('为', index) || scan.has('是', index)) index++

    // `联系人民群众` holds no label: with nothing between, the label must end
    // where a word of the sentence ends (Intl.Segmenter: `联系|人民|群众`).
    // Segmenting is slow, so words are asked for only when a name follows;
    // the word window moves all the same, so later answers do not change.
    if (glued && !(nameFollows(scan, index, explicit) && scan.isWordBoundary(label.end))) {
      scan.passWordBoundary(label.end)
      continue
    }

    let trusted = explicit
    for (let count = 0; count < maximumNames; count++) {
      const end = nameEnd(scan, index, trusted)
      if (end === undefined || !scan.isFree(index, end)) break
      scan.claim({start: index, end, type: 'name', existing: false})

      // More names: `张三、李四`, `张三 李四`.
      let next = end
      while (isSpace(scan.code(next))) next++
      if (nameSeparators.has(scan.char(next))) next++
      else if (next === end) break
      // After a bare space, only a name with a common surname follows.
      else trusted = false
      while (isSpace(scan.code(next))) next++
      index = next
    }
  }
}

/** Whether the loop in `recognizeNames` claims a first name at `start`. */
function nameFollows(scan: Scan, start: number, explicit: boolean): boolean {
  const end = nameEnd(scan, start, explicit)
  return end !== undefined && scan.isFree(start, end)
}

/**
 * End of a name starting at `start`: a surname, one or two given-name
 * characters or a title (`王女士`), and a title after the name (`张三同志`).
 * With no `:` after the label the surname must be a common one; a name
 * with an uncommon surname, or with no `:`, must be followed by something
 * that is not Han (`联系人：办公室主任` is no name).
 */
function nameEnd(scan: Scan, start: number, explicit: boolean): number | undefined {
  if (!isHanAt(scan.folded, start) || scan.labelStartsAt(start)) return undefined

  let index = start
  const compound = compoundSurnames.find((surname) => scan.has(surname, start))
  const known = compound !== undefined || singleSurnames.has(scan.char(start))
  if (!known && !explicit) return undefined
  index += compound ? compound.length : characterSize(scan, start)

  let title = titleAt(scan, index)
  if (title) return index + title.length

  let given = 0
  while (
    given < 2 &&
    isHanAt(scan.folded, index) &&
    !scan.labelStartsAt(index) &&
    !nameStops.has(scan.char(index)) &&
    !titleAt(scan, index)
  ) {
    index += characterSize(scan, index)
    given++
  }

  if (given === 0) return undefined

  // Names joined with a middle dot: `买买提·艾力`.
  if (scan.char(index) === '·' && isHanAt(scan.folded, index + 1)) {
    let after = index + 1
    while (after < scan.end && after - index <= 8 && isHanAt(scan.folded, after) && !scan.labelStartsAt(after)) after++
    index = after
  }

  title = titleAt(scan, index)
  if (title) index += title.length

  const followedByHan =
    isHanAt(scan.folded, index) && !scan.labelStartsAt(index) && !nameSeparators.has(scan.char(index))
  if (followedByHan && !(explicit && known)) return undefined
  return index
}

function titleAt(scan: Scan, index: number): string | undefined {
  let best: string | undefined
  for (const title of nameTitles) {
    if (scan.has(title, index) && (!best || title.length > best.length)) best = title
  }

  return best
}

function characterSize(scan: Scan, index: number): number {
  const code = scan.code(index)
  return code >= 0xd800 && code <= 0xdbff ? 2 : 1
}

/** A WeChat id after a WeChat label: a letter, then 5–19 letters, digits, `_` or `-`. */
export function recognizeWechatIds(scan: Scan): void {
  for (const label of scan.labels) {
    if (label.kind !== 'wechat') continue
    let start = label.end
    while (start < scan.end && start - label.end < 3 && (isSpace(scan.code(start)) || scan.char(start) === ':')) {
      start++
    }

    if (!isAsciiLetter(scan.code(start))) continue
    let end = start
    while (end < scan.end && end - start <= 20 && isIdCharacter(scan.code(end))) end++
    const length = end - start
    if (length < 6 || length > 20 || isIdCharacter(scan.code(end))) continue
    if (scan.isFree(start, end)) scan.claim({start, end, type: 'wechat', existing: false})
  }
}

function isIdCharacter(code: number): boolean {
  return isAsciiAlphanumeric(code) || code === 0x5f || code === 0x2d
}
