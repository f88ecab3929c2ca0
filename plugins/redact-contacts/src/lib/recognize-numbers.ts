/**
 * Phone numbers (landlines with area code and extension, mobiles, 400/800
 * numbers, local numbers after a label), fax numbers, QQ numbers, numeric
 * WeChat ids and postcodes: everything made of digits.
 *
 * A hand-written scanner cuts digit groups joined by `-`, spaces or an area
 * code in brackets; libphonenumber says whether the digits are a valid
 * number; the context (the nearest label, the value before in a list, what
 * comes right before and after) decides whether and as what it is
 * redacted. Each digit group is read once as a possible start and a number
 * spans at most six groups and twelve digits, so the pass is linear.
 */
import type {ContactType} from '@baogao/core'
import {isAsciiLetter, isDigit, isSpace} from './characters.js'
import {fileExtensions, quantityPrefixes, unitCharacters} from './lexicon.js'
import {type Candidate, digitRunEnd, readExtension, readNumber, type Shape} from './read-number.js'
import type {Scan} from './scan.js'

/** Meaningful characters allowed between a label and its value. */
const labelReach = 12
/** Negative labels must be closer (`网站标识码:4210220025`). */
const negativeLabelReach = 6

export function recognizeNumbers(scan: Scan): void {
  let index = scan.start

  while (index < scan.end) {
    // Jump to the next digit: the first of the next run, unless `index`
    // (the end of a claim) stands on one.
    if (!isDigit(scan.code(index))) {
      index = scan.nextDigitRun(index)
      if (index === -1) return
    }

    const groupEnd = digitRunEnd(scan, index)
    const claimed = accept(scan, index, groupEnd)
    index = claimed ?? groupEnd
  }
}

/** Try the number starting with the digit group `[start, groupEnd)`; the end of what was claimed. */
function accept(scan: Scan, start: number, groupEnd: number): number | undefined {
  if (!scan.isFree(start, groupEnd)) return undefined
  const candidate = readNumber(scan, start, groupEnd)
  if (!candidate || !hasLeftBoundary(scan, candidate.start)) return undefined

  let end = candidate.end
  if (candidate.shape === 'landline' || candidate.shape === 'service' || candidate.shape === 'local') {
    end = readExtension(scan, end) ?? end
  }

  if (!hasRightBoundary(scan, end, candidate.shape)) return undefined
  if (!scan.isFree(candidate.start, end)) return undefined
  const type = decide(scan, candidate)
  if (!type) return undefined
  scan.claim({start: candidate.start, end, type, existing: false})
  return end
}

/** What may stand before a number: not a digit, decimal point, word or path. */
function hasLeftBoundary(scan: Scan, start: number): boolean {
  if (start <= scan.start) return true
  const code = scan.code(start - 1)
  const character = scan.char(start - 1)
  const previous = scan.code(start - 2)

  if (isDigit(code)) return false
  if (isAsciiLetter(code)) return scan.labelEndsAt(start)
  if (character === '.' && isDigit(previous)) return false
  if (isThousandsComma(scan, start - 1)) return false
  // `2022-03057`, `201140958/2022`: the rest of an identifier, unless the
  // part before is a contact (`0716-5227196/5227197`).
  if (character === '-' || character === '/') {
    const claim = scan.claimAt(start - 2)
    if (claim !== undefined) return claim.type !== 'url'
    if (isDigit(previous)) return false
    // A path segment: `upload/13912345678`, `a.b/139…`.
    const beforeSlash = scan.char(start - 2)
    return character === '-' || !(isAsciiLetter(previous) || (beforeSlash !== '' && '._~%-'.includes(beforeSlash)))
  }

  if ('_\\=&%@^'.includes(character)) return false
  return !quantityPrefixes.has(character)
}

/** What may follow a number: not a decimal part, file extension, unit or word. */
function hasRightBoundary(scan: Scan, end: number, shape: Shape): boolean {
  if (end >= scan.end) return true
  const code = scan.code(end)
  const character = scan.char(end)

  if (isDigit(code)) return false
  if (isAsciiLetter(code)) return scan.labelStartsAt(end)
  if (character === '.' && isDigit(scan.code(end + 1))) return false
  if (isThousandsComma(scan, end)) return false
  if (character === '.' && isFileExtensionAt(scan, end + 1)) return false
  if ('@_%'.includes(character)) return false
  // `2022-03057`: a weak shape continued by more digits is an identifier.
  if (character === '-' && isDigit(scan.code(end + 1))) {
    if (shape !== 'mobile' && shape !== 'landline' && shape !== 'service') return false
  }

  // A count or measure: `180534件`, `13500000000 元`.
  const unitAt = isSpace(code) ? end + 1 : end
  if (scan.has('分机', unitAt)) return true
  return !unitCharacters.has(scan.char(unitAt))
}

/**
 * Whether the comma at `index` groups thousands (`13,912,345`): an ASCII
 * comma between digits with exactly three digits after it. A Chinese comma
 * (`，`), or a comma before a longer run, separates two numbers
 * (`0716-5227196，13907161234`).
 */
function isThousandsComma(scan: Scan, index: number): boolean {
  if (scan.text.charAt(index) !== ',' || !isDigit(scan.code(index - 1))) return false
  let end = index + 1
  while (end < scan.end && isDigit(scan.code(end))) end++
  return end - index - 1 === 3
}

function isFileExtensionAt(scan: Scan, index: number): boolean {
  let end = index
  while (end < scan.end && end - index <= 5 && (isAsciiLetter(scan.code(end)) || isDigit(scan.code(end)))) end++
  return fileExtensions.has(scan.folded.slice(index, end).toLowerCase())
}

/** The type to redact `candidate` as, or `undefined` to keep it. */
function decide(scan: Scan, candidate: Candidate): ContactType | undefined {
  let label = scan.labelBefore(candidate.start, labelReach)
  if (label?.kind === 'negative' && !scan.labelBefore(candidate.start, negativeLabelReach)) {
    label = undefined
  }

  // A value in a list after a contact inherits its type, unless a label
  // stands between them.
  const previous = scan.claimBeforeList(candidate.start)
  const context =
    previous && (!label || previous.end > label.end) ? (previous.type as ContactType) : label?.kind

  if (context === 'negative') return undefined
  const callsForPhone = context === 'phone' || context === 'mobile' || context === 'fax' || context === 'name'
  const asPhone: ContactType = context === 'fax' ? 'fax' : 'phone'

  switch (candidate.shape) {
    case 'mobile': {
      if (context === 'qq' || context === 'wechat') return context
      if (!candidate.valid) return callsForPhone ? 'mobile' : undefined
      // A round figure with no label is an amount (`13800000000`), not a mobile.
      if (!context || context === 'neutral') {
        if (candidate.digits.endsWith('00000')) return undefined
      }

      return 'mobile'
    }

    case 'landline':
    case 'service':
      return candidate.valid || candidate.grouped || callsForPhone ? asPhone : undefined

    case 'local': {
      if (callsForPhone) return asPhone
      if (context === 'qq' || context === 'wechat') return context
      return undefined
    }

    case 'short':
      // `QQ：10001` is a QQ number, not the carrier's service line.
      if (context === 'qq' && candidate.digits.length >= 5) return 'qq'
      return !scan.options.keepShortCodes && callsForPhone ? asPhone : undefined

    case 'digits': {
      const length = candidate.digits.length
      const leadingZero = candidate.digits.charAt(0) === '0'
      if (context === 'qq' && length <= 11 && !leadingZero) return 'qq'
      if (context === 'wechat' && length <= 20) return 'wechat'
      if (length === 6 && (context === 'postcode' || isNextToAddress(scan, candidate))) return 'postcode'
      return undefined
    }
  }
}

/** Whether a six-digit number stands right after or before an address (`…122号(434300)`). */
function isNextToAddress(scan: Scan, candidate: Candidate): boolean {
  if (candidate.digits.charAt(0) === '9') return false
  const skippable = ' (),、:'

  let before = candidate.start - 1
  while (before >= scan.start && candidate.start - before <= 3 && skippable.includes(scan.char(before))) before--
  if (scan.claimAt(before)?.type === 'address') return true

  let after = candidate.end
  while (after < scan.end && after - candidate.end < 3 && skippable.includes(scan.char(after))) after++
  return scan.claimAt(after)?.type === 'address'
}
