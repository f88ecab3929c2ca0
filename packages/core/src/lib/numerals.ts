/**
 * Chinese and Arabic numerals as they appear in report numbering and dates.
 */

/** Digit values, including the financial (大写) and look-alike zero forms. */
const digitValues: ReadonlyMap<string, number> = new Map([
  ['〇', 0],
  ['零', 0],
  // `○` (U+25CB), `◯` (U+25EF) and `Ｏ` are typed for `〇` in many years.
  ['○', 0],
  ['◯', 0],
  ['Ｏ', 0],
  ['一', 1],
  ['壹', 1],
  ['二', 2],
  ['贰', 2],
  ['貳', 2],
  ['两', 2],
  ['兩', 2],
  ['三', 3],
  ['叁', 3],
  ['參', 3],
  ['四', 4],
  ['肆', 4],
  ['五', 5],
  ['伍', 5],
  ['六', 6],
  ['陆', 6],
  ['陸', 6],
  ['七', 7],
  ['柒', 7],
  ['八', 8],
  ['捌', 8],
  ['九', 9],
  ['玖', 9]
])

const unitValues: ReadonlyMap<string, number> = new Map([
  ['十', 10],
  ['拾', 10],
  ['百', 100],
  ['佰', 100],
  ['千', 1000],
  ['仟', 1000]
])

/** `廿` and `卅` are single characters for 20 and 30. */
const tensShorthand: ReadonlyMap<string, number> = new Map([
  ['廿', 20],
  ['卅', 30]
])

/**
 * A set of UTF-16 codes, for scanners testing `charCodeAt` values: a bit
 * per code, so a test is two array reads (a `Set` hashes every time, and
 * this runs on every character of a report).
 */
export class CodeSet {
  private readonly bits = new Uint32Array(0x10000 >>> 5)

  constructor(characters: string) {
    for (let index = 0; index < characters.length; index++) {
      const code = characters.charCodeAt(index)
      this.bits[code >>> 5] = (this.bits[code >>> 5] ?? 0) | (1 << (code & 31))
    }
  }

  /** Whether `code` is in the set; `NaN` (past the end of a text) is not. */
  has(code: number): boolean {
    if (!(code >= 0 && code <= 0xffff)) return false
    return (((this.bits[code >>> 5] ?? 0) >>> (code & 31)) & 1) === 1
  }
}

/** The UTF-16 codes of `characters` (BMP characters only). */
export function codesOf(characters: string): CodeSet {
  return new CodeSet(characters)
}

/** The characters that can make up a Chinese numeral (for scanners). */
export const chineseNumeralCharacters =
  '〇零○◯Ｏ一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟廿卅'

// Lookups by UTF-16 code, so that scanners test `charCodeAt` values: a
// `charAt` of a Han character allocates a new string every time.
const numeralCodes = codesOf(chineseNumeralCharacters)
const digitValueByCode: ReadonlyMap<number, number> = byCode(digitValues)
const unitValueByCode: ReadonlyMap<number, number> = byCode(unitValues)
const shorthandByCode: ReadonlyMap<number, number> = byCode(tensShorthand)
const liang = 0x4e24 // 两
const liangTraditional = 0x5169 // 兩

/** Whether `character` is an ASCII or full-width decimal digit. */
export function isDigit(character: string | undefined): boolean {
  return (
    character !== undefined &&
    character.length === 1 &&
    isDigitCode(character.charCodeAt(0))
  )
}

/** Whether a UTF-16 code is an ASCII or full-width decimal digit. */
export function isDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)
}

/** Whether `character` can be part of a Chinese numeral. */
export function isChineseNumeralCharacter(
  character: string | undefined
): boolean {
  return (
    character !== undefined &&
    character.length === 1 &&
    numeralCodes.has(character.charCodeAt(0))
  )
}

/** Whether a UTF-16 code can be part of a Chinese numeral. */
export function isChineseNumeralCode(code: number): boolean {
  return numeralCodes.has(code)
}

/**
 * Index just after the run of Chinese numeral characters starting at
 * `start` (`start` itself when there is none), looking at most at `max`
 * characters.
 */
export function chineseNumeralRunEnd(
  text: string,
  start: number,
  max = Number.POSITIVE_INFINITY
): number {
  const stop = Math.min(text.length, start + max)
  let end = start
  while (end < stop && numeralCodes.has(text.charCodeAt(end))) end++
  return end
}

/**
 * Index just after the run of ASCII or full-width digits starting at
 * `start` (`start` itself when there is none).
 */
export function digitRunEnd(text: string, start: number): number {
  let end = start
  while (end < text.length && isDigitCode(text.charCodeAt(end))) end++
  return end
}

/** Full-width digits (`０`–`９`) to ASCII; other characters unchanged. */
export function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) =>
    String.fromCharCode(digit.charCodeAt(0) - 0xfee0)
  )
}

/**
 * Parse a whole string as a numeral: Arabic (`23`), full-width (`２３`),
 * positional Chinese (`二十三`, `十`, `一百零五`, `廿三`), digit-by-digit
 * Chinese as in years (`二〇二一`), or a single digit (`〇`, `两`).
 *
 * @returns
 *   The value, or `null` when `text` is not exactly one numeral.
 */
export function parseChineseNumeral(text: string): number | null {
  const length = text.length
  if (length === 0) return null

  if (digitRunEnd(text, 0) === length) {
    // Exact in doubles up to 15 digits; longer runs round as `parseInt` does.
    if (length > 15) return Number.parseInt(toHalfWidthDigits(text), 10)
    let value = 0
    for (let index = 0; index < length; index++) {
      const code = text.charCodeAt(index)
      value = value * 10 + (code - (code >= 0xff10 ? 0xff10 : 0x30))
    }

    return value
  }

  let digitByDigit = true
  let hasLiang = false
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index)
    if (!digitValueByCode.has(code)) {
      digitByDigit = false
      break
    }

    if (code === liang || code === liangTraditional) hasLiang = true
  }

  if (digitByDigit) {
    if (length === 1) return digitValueByCode.get(text.charCodeAt(0)) ?? null
    // Digit by digit (`二〇二一`): `两` is never written in this form.
    if (hasLiang) return null
    let value = 0
    for (let index = 0; index < length; index++) {
      value = value * 10 + (digitValueByCode.get(text.charCodeAt(index)) ?? 0)
    }

    return value
  }

  return parsePositional(text)
}

/**
 * Positional numerals up to 9999: `十` (10), `十一`, `二十`, `二十三`,
 * `一百`, `一百零五`, `三千零二十`. A unit must come in descending order and
 * at most once; `零` marks a skipped place. Colloquial forms that drop a
 * trailing unit (`一百五` for 150) are ambiguous and rejected.
 */
function parsePositional(text: string): number | null {
  const last = text.length - 1
  let total = 0
  let pending: number | null = null
  let lastUnit = Number.POSITIVE_INFINITY
  let zeroSeen = false

  for (let index = 0; index <= last; index++) {
    const code = text.charCodeAt(index)
    const shorthand = shorthandByCode.get(code)

    if (shorthand !== undefined) {
      if (pending !== null || lastUnit <= 10) return null
      total += shorthand
      lastUnit = 10
      continue
    }

    const digit = digitValueByCode.get(code)

    if (digit !== undefined) {
      if (pending !== null) return null
      if (digit === 0) {
        // `零` only between places, once per gap, never leading or trailing.
        if (index === 0 || zeroSeen || index === last) return null
        zeroSeen = true
        continue
      }

      pending = digit
      continue
    }

    const unit = unitValueByCode.get(code)
    if (unit === undefined || unit >= lastUnit) return null
    // A bare `十` means ten only at the start (`十三`); elsewhere it needs a
    // digit (`一百一十`), though `一百十` is tolerated as common usage.
    if (pending === null && unit !== 10) return null
    if (pending === null && index !== 0 && unit === 10 && zeroSeen) return null
    total += (pending ?? 1) * unit
    pending = null
    lastUnit = unit
    zeroSeen = false
  }

  if (pending !== null) {
    // A trailing digit is ones only directly after `十`, after a `零`, or alone.
    if (lastUnit !== 10 && !zeroSeen && lastUnit !== Number.POSITIVE_INFINITY)
      return null
    total += pending
  }

  return total
}

function byCode(values: ReadonlyMap<string, number>): Map<number, number> {
  const codes = new Map<number, number>()
  for (const [character, value] of values)
    codes.set(character.charCodeAt(0), value)
  return codes
}
