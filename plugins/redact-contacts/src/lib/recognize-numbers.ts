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
import {extensionMarkers, fileExtensions, quantityPrefixes, unitCharacters} from './lexicon.js'
import {nationalNumberKind} from './phone-numbers.js'
import type {Scan} from './scan.js'

type Shape = 'mobile' | 'landline' | 'service' | 'local' | 'short' | 'digits'

interface Group {
  start: number
  end: number
}

interface Candidate {
  start: number
  end: number
  shape: Shape
  /** The digits that decide the shape (national digits for phones). */
  digits: string
  /**
   * For mobiles, landlines and 400/800 numbers: whether libphonenumber
   * knows the number. Made-up or new numbers (`0716-1234567`) have the
   * shape but not the metadata; they need a label or visible structure.
   */
  valid: boolean
  /** Written in groups (`0716-1234567`, `(0716)1234567`), not as one run of digits. */
  grouped: boolean
}

const maximumGroups = 6
const maximumDigits = 12
/** Meaningful characters allowed between a label and its value. */
const labelReach = 12
/** Negative labels must be closer (`网站标识码:4210220025`). */
const negativeLabelReach = 6

export function recognizeNumbers(scan: Scan): void {
  let index = scan.start

  while (index < scan.end) {
    if (!isDigit(scan.code(index))) {
      index++
      continue
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

function digitRunEnd(scan: Scan, index: number): number {
  while (index < scan.end && isDigit(scan.code(index))) index++
  return index
}

function digitsOf(scan: Scan, groups: Array<Group>, count: number): string {
  let digits = ''
  for (let index = 0; index < count; index++) {
    const group = groups[index]!
    digits += scan.folded.slice(group.start, group.end)
  }

  return digits
}

/**
 * Read the longest plausible number from the digit group at `start`: a
 * mobile, landline or 400/800 number over up to six groups, else a single
 * group (or `3-4` + `4` digits) as a local number, short code or plain
 * digits for the context to judge.
 */
function readNumber(scan: Scan, start: number, groupEnd: number): Candidate | undefined {
  const groups: Array<Group> = [{start, end: groupEnd}]
  const joiners: Array<string> = []
  let position = groupEnd

  while (groups.length < maximumGroups) {
    const joined = joinerAt(scan, position, groups)
    if (!joined) break
    const end = digitRunEnd(scan, joined.next)
    if (!scan.isFree(joined.next, end)) break
    groups.push({start: joined.next, end})
    joiners.push(joined.joiner)
    position = end
  }

  const first = groups[0]!
  const firstLength = first.end - first.start
  const firstDigits = firstLength <= maximumDigits + 4 ? scan.folded.slice(first.start, first.end) : ''
  const before = scan.char(start - 1)

  // `+86 139…`, `+8613912345678`, `(+86)139…`, `0086 139…`, `86-139…`.
  let countryLength = 0
  if (before === '+' && firstDigits.startsWith('86')) countryLength = 2
  else if (firstDigits.startsWith('0086')) countryLength = 4
  else if (firstDigits === '86' && joiners[0]?.includes('-')) countryLength = 2

  if (countryLength > 0) {
    const rest =
      firstLength > countryLength
        ? [{start: start + countryLength, end: groupEnd}, ...groups.slice(1)]
        : groups.slice(1)
    const national = strongNumber(scan, rest, true)
    if (national) {
      let numberStart = before === '+' ? start - 1 : start
      if (before === '+' && scan.char(start - 2) === '(' && scan.char(groupEnd) === ')') numberStart = start - 2
      return {...national, start: numberStart}
    }
  }

  const domestic = strongNumber(scan, groups, false)
  if (domestic) {
    const inBrackets = before === '(' && scan.char(groupEnd) === ')' && groups.length > 1
    return {...domestic, start: inBrackets ? start - 1 : start, grouped: domestic.grouped || inBrackets}
  }

  if (firstLength > maximumDigits) return undefined

  // A local number written `8765 4321` or `8765-4321`.
  const second = groups[1]
  if (second && (firstLength === 3 || firstLength === 4) && second.end - second.start === 4 && firstDigits.charAt(0) !== '0') {
    const digits = firstDigits + scan.folded.slice(second.start, second.end)
    return {start, end: second.end, shape: 'local', digits, valid: false, grouped: true}
  }

  let shape: Shape | undefined
  if (isShortCode(firstDigits)) shape = 'short'
  else if ((firstLength === 7 || firstLength === 8) && firstDigits.charAt(0) !== '0') shape = 'local'
  else if (firstLength >= 5) shape = 'digits'
  return shape ? {start, end: groupEnd, shape, digits: firstDigits, valid: false, grouped: false} : undefined
}

/**
 * A separator joining two digit groups of one number, and where the next
 * group starts: `-` and spaces, and brackets around an area or country
 * code (`(0662)3890040`, `+86 (716) 5227196`, `+86 (0)716…`).
 */
function joinerAt(
  scan: Scan,
  position: number,
  groups: Array<Group>
): {joiner: string; next: number} | undefined {
  let index = position
  let joiner = ''

  if (scan.char(index) === ')') {
    if (!isBracketed(scan, groups[groups.length - 1]!)) return undefined
    joiner += ')'
    index++
  }

  if (isSpace(scan.code(index))) {
    joiner += ' '
    index++
    if (isSpace(scan.code(index))) index++
  }

  if (scan.char(index) === '-') {
    joiner += '-'
    index++
    if (isSpace(scan.code(index))) index++
  }

  // An opening bracket before a short group closed right after it.
  if (scan.char(index) === '(' && groups.length <= 2) {
    const end = digitRunEnd(scan, index + 1)
    if (end > index + 1 && end - index - 1 <= 4 && scan.char(end) === ')') {
      joiner += '('
      index++
    }
  }

  return joiner.length > 0 && isDigit(scan.code(index)) ? {joiner, next: index} : undefined
}

/** Whether `group` is written in brackets: `(0716)`, `(+86)`. */
function isBracketed(scan: Scan, group: Group): boolean {
  const opening = group.start - (scan.char(group.start - 1) === '+' ? 2 : 1)
  return scan.char(opening) === '(' && scan.char(group.end) === ')'
}

/**
 * The longest run of the first groups that makes a mobile, landline or
 * 400/800 number; a number libphonenumber knows wins over a longer one it
 * does not. `international`: the groups follow `+86`, so the trunk `0` is
 * optional.
 */
function strongNumber(
  scan: Scan,
  groups: Array<Group>,
  international: boolean
): Omit<Candidate, 'start'> | undefined {
  let valid: Omit<Candidate, 'start'> | undefined
  let plausible: Omit<Candidate, 'start'> | undefined
  let length = 0

  for (let count = 1; count <= groups.length; count++) {
    const group = groups[count - 1]!
    length += group.end - group.start
    if (length > maximumDigits) break
    if (count === 2 && !international) {
      // The first of several groups is an area code, a mobile prefix
      // (`139 1234 5678`) or most of a mobile (`1391234 5678`).
      const firstLength = groups[0]!.end - groups[0]!.start
      if (firstLength < 3 || (firstLength > 4 && firstLength !== 7)) break
    }

    const digits = digitsOf(scan, groups, count)
    const shape = plausibleShape(digits, international)
    if (!shape) continue
    const candidate = {
      end: group.end,
      shape,
      digits,
      valid: isValid(scan, shape, digits, international),
      grouped: isPhoneLayout(scan, groups, count)
    }
    if (candidate.valid) valid = candidate
    else plausible = candidate
  }

  return valid ?? plausible
}

/**
 * Whether the first `count` groups are laid out as an area code and a local
 * number: `0716-1234567`, `(0716)1234567`, or `0716-12345` (a local hotline).
 * A number libphonenumber does not know is still redacted with this layout.
 */
function isPhoneLayout(scan: Scan, groups: Array<Group>, count: number): boolean {
  if (count !== 2) return false
  const [area, local] = groups as [Group, Group]
  const areaLength = area.end - area.start
  const localLength = local.end - local.start
  if (areaLength < 3 || areaLength > 4) return false
  if (localLength === 7 || localLength === 8) return true
  return isShortCode(scan.folded.slice(local.start, local.end))
}

/** The shape `digits` has, before asking whether such a number exists. */
function plausibleShape(digits: string, international: boolean): Shape | undefined {
  const first = digits.charAt(0)
  const second = digits.charAt(1)
  if (digits.length === 11 && first === '1') return 'mobile'
  if (first === '0' && second !== '0' && digits.length >= 8 && digits.length <= 12) return 'landline'
  // After `+86` the trunk `0` is dropped: `+86 716 5227196`, `+86 10 6309 9114`.
  const beijing = digits.startsWith('10') && digits.length === 10
  if (international && first !== '0' && (first !== '1' || beijing) && digits.length >= 9 && digits.length <= 11) {
    return 'landline'
  }
  if (!international && digits.length === 10 && (digits.startsWith('400') || digits.startsWith('800'))) return 'service'
  return undefined
}

function isValid(scan: Scan, shape: Shape, digits: string, international: boolean): boolean {
  const national = digits.charAt(0) === '0' ? digits.slice(1) : digits
  const kind = nationalNumberKind(shape === 'landline' ? national : digits, scan.numberKinds)
  return kind === (shape === 'mobile' ? 'mobile' : shape === 'service' ? 'service' : 'landline')
}

/**
 * Nationwide short service numbers: `110` `119` `120` `122`…, the `12xxx`
 * government hotlines (`12345`, `12348`, `12315`), `100xx` carriers,
 * `95xxx`/`95xxxx` and `96xxx` service lines.
 */
export function isShortCode(digits: string): boolean {
  if (digits.length === 3) return digits.startsWith('11') || digits.startsWith('12')
  if (digits.length === 5) {
    return digits.startsWith('12') || digits.startsWith('95') || digits.startsWith('96') || digits.startsWith('100')
  }

  return digits.length === 6 && digits.startsWith('95')
}

/** An extension after a number: `转8001`, `-8001`, `(分机8001)`, `ext. 8001`, `/7197`. */
function readExtension(scan: Scan, end: number): number | undefined {
  let index = end

  // `0716-5227196/7197`: another number sharing the first digits.
  if (scan.char(index) === '/') {
    const digitsEnd = digitRunEnd(scan, index + 1)
    const length = digitsEnd - index - 1
    return length >= 1 && length <= 4 ? digitsEnd : undefined
  }

  let dashOnly = false
  if (isSpace(scan.code(index))) index++
  const bracket = scan.char(index) === '('
  if (bracket) index++

  const marker = extensionMarkers.find((word) => scan.has(word, index))
  if (marker) {
    index += marker.length
  } else if (!bracket && index === end && scan.char(index) === '-') {
    dashOnly = true
    index++
  } else {
    return undefined
  }

  if (scan.char(index) === ':') index++
  if (isSpace(scan.code(index))) index++
  const digitsEnd = digitRunEnd(scan, index)
  const length = digitsEnd - index
  if (length < 1 || length > (dashOnly ? 5 : 6)) return undefined
  let after = digitsEnd

  if (bracket) {
    if (scan.char(after) !== ')') return undefined
    after++
  }

  // `转8001、8002`: more extensions of the same length.
  while (scan.char(after) === '、' || scan.char(after) === '/') {
    const moreEnd = digitRunEnd(scan, after + 1)
    if (moreEnd - after - 1 !== length) break
    after = moreEnd
  }

  return after
}

/** What may stand before a number: not a digit, decimal point, word or path. */
function hasLeftBoundary(scan: Scan, start: number): boolean {
  if (start <= scan.start) return true
  const code = scan.code(start - 1)
  const character = scan.char(start - 1)
  const previous = scan.code(start - 2)

  if (isDigit(code)) return false
  if (isAsciiLetter(code)) return scan.labels.some((label) => label.end === start)
  if ((character === '.' || character === ',') && isDigit(previous)) return false
  // `2022-03057`, `201140958/2022`: the rest of an identifier, unless the
  // part before is a contact (`0716-5227196/5227197`).
  if (character === '-' || character === '/') {
    if (!isDigit(previous)) return character === '-' || scan.claimAt(start - 2) !== undefined
    const claim = scan.claimAt(start - 2)
    return claim !== undefined && claim.type !== 'url'
  }

  if ('_\\=&%#@~^'.includes(character)) return false
  return !quantityPrefixes.has(character)
}

/** What may follow a number: not a decimal part, file extension, unit or word. */
function hasRightBoundary(scan: Scan, end: number, shape: Shape): boolean {
  if (end >= scan.end) return true
  const code = scan.code(end)
  const character = scan.char(end)

  if (isDigit(code)) return false
  if (isAsciiLetter(code)) return scan.labels.some((label) => label.start === end)
  if ((character === '.' || character === ',') && isDigit(scan.code(end + 1))) return false
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
