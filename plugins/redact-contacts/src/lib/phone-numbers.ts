/**
 * What a Chinese national number is, by libphonenumber's full (`max`)
 * metadata: area codes, mobile prefixes and number lengths are a solved
 * problem, so they are not kept here.
 *
 * The library is only asked about digit strings our scanner has already cut
 * out and shaped (at most 12 digits, with the trunk prefix `0` or `+86`
 * seen), never about running text: its own text search takes identifiers
 * such as 网站标识码 for numbers, and misses extensions and local numbers.
 */
import {PhoneNumber} from 'libphonenumber-js/core'
import metadata from 'libphonenumber-js/max/metadata'

export type NumberKind = 'landline' | 'mobile' | 'service'

/** Answers already given during one scan (the library is slow-ish: ~20 µs a call). */
export type NumberKindCache = Map<string, NumberKind | null>

/**
 * The kind of the Chinese national significant number `digits` (no trunk
 * `0`, no `86`), or `null` if it is not a valid number.
 */
export function nationalNumberKind(digits: string, cache: NumberKindCache): NumberKind | null {
  const known = cache.get(digits)
  if (known !== undefined) return known

  let kind: NumberKind | null = null
  const number = new PhoneNumber('+86' + digits, metadata)

  if (number.isValid()) {
    const type = number.getType()
    if (type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE') kind = 'mobile'
    else if (type === 'FIXED_LINE') kind = 'landline'
    else if (type !== undefined) kind = 'service'
  }

  cache.set(digits, kind)
  return kind
}
