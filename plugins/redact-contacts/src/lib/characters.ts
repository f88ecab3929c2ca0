/**
 * Folding and character classes. Folding maps one UTF-16 code unit to one
 * code unit, so an offset into the folded text is the same offset into the
 * original: spans found on folded text need no mapping back.
 */

/**
 * Fold full-width forms (`０７１６－５２２７１９６`, `＠`, `：`), dashes and
 * exotic spaces to their ASCII forms, one code unit for one code unit.
 * Characters outside the BMP (surrogate pairs) are left as they are.
 */
export function fold(value: string): string {
  let result = ''
  let copiedUpTo = 0

  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    const folded = foldCode(code)
    if (folded !== code) {
      result += value.slice(copiedUpTo, index) + String.fromCharCode(folded)
      copiedUpTo = index + 1
    }
  }

  return copiedUpTo === 0 ? value : result + value.slice(copiedUpTo)
}

/** The folded form of one code unit (see `fold`). */
export function foldCode(code: number): number {
  // Most characters (ASCII, Han, CJK punctuation) fold to themselves: no
  // folded character is below U+00A0 or between U+3001 and U+FE57.
  if (code < 0xa0 || (code > 0x3000 && code < 0xfe58)) return code
  // Full-width ASCII block: `！` .. `～`.
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0
  switch (code) {
    case 0x3000: // Ideographic space.
    case 0x00a0: // No-break space.
    case 0x2002:
    case 0x2003:
    case 0x2009:
    case 0x200b: // Zero-width space, common in scraped pages.
    case 0x202f:
    case 0x205f:
    case 0xfeff:
      return 0x20
    case 0x2010: // Hyphens and dashes.
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xfe58:
    case 0xfe63:
      return 0x2d
    case 0xfe6b: // `﹫`, small commercial at.
      return 0x40
    case 0xfe59: // `﹙`
      return 0x28
    case 0xfe5a: // `﹚`
      return 0x29
    default:
      return code
  }
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

export function isAsciiAlphanumeric(code: number): boolean {
  return isDigit(code) || isAsciiLetter(code)
}

/** Spaces after folding (tabs included); never line breaks. */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09
}

/**
 * Whether the code unit at `index` starts or is part of a Han character:
 * the BMP blocks, plus surrogate halves of the supplementary ideographic
 * planes (U+20000..U+3FFFF, such as `𠮷`).
 */
export function isHanAt(value: string, index: number): boolean {
  const code = value.charCodeAt(index)
  if (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x3007 // 〇
  ) {
    return true
  }

  // High surrogate of planes 2 and 3.
  if (code >= 0xd840 && code <= 0xd8bf) {
    const next = value.charCodeAt(index + 1)
    return next >= 0xdc00 && next <= 0xdfff
  }

  // Low surrogate whose high half is of planes 2 and 3.
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = value.charCodeAt(index - 1)
    return previous >= 0xd840 && previous <= 0xd8bf
  }

  return false
}

/** Number of code points in `value`. */
export function codePointLength(value: string): number {
  let count = 0
  for (const _ of value) count++
  return count
}
