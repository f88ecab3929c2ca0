/**
 * Reading a number out of digit groups: the groups joined by `-`, spaces or
 * brackets, the longest run of them that makes a mobile, landline or
 * 400/800 number (libphonenumber says whether it exists), else a single
 * group as a local number, short code or plain digits, and an extension
 * after it. Whether a number is redacted is decided by its context in
 * `recognize-numbers.ts`.
 */
import {isDigit, isSpace} from './characters.js'
import {extensionMarkers} from './lexicon.js'
import {nationalNumberKind} from './phone-numbers.js'
import type {Scan} from './scan.js'

export type Shape = 'mobile' | 'landline' | 'service' | 'local' | 'short' | 'digits'

export interface Group {
  start: number
  end: number
}

export interface Candidate {
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
  /** Laid out as an area code and a local number (`0716-1234567`, `(0716)1234567`). */
  grouped: boolean
}

const maximumGroups = 6
const maximumDigits = 12

export function digitRunEnd(scan: Scan, index: number): number {
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
export function readNumber(scan: Scan, start: number, groupEnd: number): Candidate | undefined {
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

  // `0716.5227196`: a dot only between an area code and a local number.
  if (scan.char(index) === '.' && groups.length === 1 && isAreaCode(scan, groups[0]!)) {
    const end = digitRunEnd(scan, index + 1)
    if (end - index - 1 === 7 || end - index - 1 === 8) return {joiner: '.', next: index + 1}
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

/** Whether `group` looks like an area code: `0` and two or three more digits. */
function isAreaCode(scan: Scan, group: Group): boolean {
  const length = group.end - group.start
  return (length === 3 || length === 4) && scan.char(group.start) === '0' && scan.char(group.start + 1) !== '0'
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
export function readExtension(scan: Scan, end: number): number | undefined {
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
