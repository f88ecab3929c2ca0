/**
 * What a contact detail is replaced with: a typed token (`replace`), a
 * partly hidden form (`mask`), or a keyed hash token (`hash`). None of the
 * outputs is found again by `findContacts`, so every operator is
 * idempotent.
 */
import {createHmac} from 'node:crypto'
import type {ContactType} from '@baogao/core'
import {codePointLength, fold, isDigit} from './characters.js'
import {hashLength, type LabelLanguage, token} from './tokens.js'

export type Operator = 'replace' | 'mask' | 'hash'

/** Turns a detected value into its replacement. */
export type Replacer = (value: string, type: ContactType) => string

export function createReplacer(operator: Operator, language: LabelLanguage, secret: string | undefined): Replacer {
  if (operator === 'mask') return mask
  if (operator === 'hash') {
    if (secret === undefined) throw new Error('Unexpected missing secret for `hash`')
    return (value, type) => token(type, language, keyedHash(secret, type, value))
  }

  return (_value, type) => token(type, language)
}

/**
 * The first `hashLength` hex digits of HMAC-SHA256 over the type and the
 * normalised value, so `0716-5227196` and `０７１６ ５２２７１９６` give one token.
 */
export function keyedHash(secret: string, type: ContactType, value: string): string {
  return createHmac('sha256', secret)
    .update(type + ':' + normalise(value, type))
    .digest('hex')
    .slice(0, hashLength)
}

function normalise(value: string, type: ContactType): string {
  const folded = fold(value)
  if (type === 'phone' || type === 'fax' || type === 'mobile') {
    const digits = digitsOf(folded)
    if (type === 'mobile') return digits.slice(-11)
    if (digits.startsWith('0086')) return '0' + digits.slice(4)
    if (folded.trimStart().startsWith('+') || folded.trimStart().startsWith('(+')) {
      const national = digits.slice(2)
      return national.startsWith('0') ? national : '0' + national
    }

    return digits
  }

  if (type === 'email') return folded.toLowerCase()
  let compact = ''
  for (const character of folded) if (character.trim() !== '') compact += character
  return compact
}

function digitsOf(value: string): string {
  let digits = ''
  for (let index = 0; index < value.length; index++) {
    if (isDigit(value.charCodeAt(index))) digits += value.charAt(index)
  }

  return digits
}

/**
 * Mobiles keep their first three and last four digits (`139****5678`);
 * landlines, faxes and 400/800 numbers keep the country and area code (or
 * `400`) and their layout (`0716-*******转****`); e-mails keep the first
 * character and the domain (`g***@gongan.gov.cn`); everything else becomes
 * one `*` per character.
 */
export function mask(value: string, type: ContactType): string {
  const folded = fold(value)

  if (type === 'mobile') {
    const digits = digitsOf(folded).slice(-11)
    return digits.slice(0, 3) + '****' + digits.slice(-4)
  }

  if (type === 'phone' || type === 'fax') {
    const kept = keptDigits(folded)
    let seen = 0
    let result = ''
    for (let index = 0; index < value.length; index++) {
      if (isDigit(folded.charCodeAt(index))) {
        result += seen < kept ? folded.charAt(index) : '*'
        seen++
      } else {
        result += value.charAt(index)
      }
    }

    return result
  }

  if (type === 'email') {
    const at = folded.lastIndexOf('@')
    if (at > 0) return folded.charAt(0) + '***@' + folded.slice(at + 1)
  }

  return '*'.repeat(codePointLength(value))
}

/** How many leading digits of a phone number are the country and area code. */
function keptDigits(folded: string): number {
  const digits = digitsOf(folded)
  const trimmed = folded.trimStart()
  let country = 0
  if (trimmed.startsWith('+') || trimmed.startsWith('(+')) country = 2
  else if (digits.startsWith('0086')) country = 4

  const national = digits.slice(country)
  if (national.startsWith('400') || national.startsWith('800')) return country + 3
  const trunk = national.startsWith('0') ? 1 : 0
  const areaStart = national.charAt(trunk)
  // Only numbers long enough to hold an area code have one (`5227196` has none).
  if (national.length - trunk < 9) return country
  return country + trunk + (areaStart === '1' || areaStart === '2' ? 2 : 3)
}
