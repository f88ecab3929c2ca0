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

/** The characters that can make up a Chinese numeral (for scanners). */
export const chineseNumeralCharacters =
  '〇零○◯Ｏ一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟廿卅'

/** Whether `character` is an ASCII or full-width decimal digit. */
export function isDigit(character: string | undefined): boolean {
  if (character === undefined || character.length !== 1) return false
  const code = character.charCodeAt(0)
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)
}

/** Whether `character` can be part of a Chinese numeral. */
export function isChineseNumeralCharacter(
  character: string | undefined
): boolean {
  return (
    character !== undefined &&
    character.length === 1 &&
    chineseNumeralCharacters.includes(character)
  )
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
  if (text.length === 0) return null

  if ([...text].every((character) => isDigit(character))) {
    return Number.parseInt(toHalfWidthDigits(text), 10)
  }

  const characters = [...text]

  if (characters.every((character) => digitValues.has(character))) {
    if (characters.length === 1) return digitValues.get(text) ?? null
    // Digit by digit (`二〇二一`): `两` is never written in this form.
    if (characters.some((character) => character === '两' || character === '兩'))
      return null
    let value = 0
    for (const character of characters) {
      value = value * 10 + (digitValues.get(character) ?? 0)
    }

    return value
  }

  return parsePositional(characters)
}

/**
 * Positional numerals up to 9999: `十` (10), `十一`, `二十`, `二十三`,
 * `一百`, `一百零五`, `三千零二十`. A unit must come in descending order and
 * at most once; `零` marks a skipped place. Colloquial forms that drop a
 * trailing unit (`一百五` for 150) are ambiguous and rejected.
 */
function parsePositional(characters: Array<string>): number | null {
  let total = 0
  let pending: number | null = null
  let lastUnit = Number.POSITIVE_INFINITY
  let zeroSeen = false

  for (const [index, character] of characters.entries()) {
    const shorthand = tensShorthand.get(character)

    if (shorthand !== undefined) {
      if (pending !== null || lastUnit <= 10) return null
      total += shorthand
      lastUnit = 10
      continue
    }

    const digit = digitValues.get(character)

    if (digit !== undefined) {
      if (pending !== null) return null
      if (digit === 0) {
        // `零` only between places, once per gap, never leading or trailing.
        if (index === 0 || zeroSeen || index === characters.length - 1)
          return null
        zeroSeen = true
        continue
      }

      pending = digit
      continue
    }

    const unit = unitValues.get(character)
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
