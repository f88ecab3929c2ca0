/**
 * Small text predicates shared by the line recognisers. They work on both
 * widths: extracted reports mix `,` and `,`, `:` and `:`, `()` and `()`.
 */

/** Every kind of whitespace, NBSP and U+3000 included. */
const whitespace = /[\s\u200B-\u200D\u2060]+/g

/**
 * Whether a UTF-16 code unit is whitespace as `\s` and `String#trim` see
 * it (NBSP and U+3000 included), for loops that look at a few characters
 * instead of running a pattern over a whole line.
 */
export function isWhitespaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0xfeff
  )
}

/**
 * Whether a UTF-16 code unit is trimmed at the edges of a line: whitespace
 * (`isWhitespaceCode`) and the zero-width spaces extracted text carries.
 * Both parsers cut lines with it.
 */
export function isEdgeSpaceCode(code: number): boolean {
  // Most characters are printable ASCII or CJK: answer those first.
  if ((code > 0x20 && code < 0xa0) || (code > 0x3000 && code !== 0xfeff)) return false
  return isWhitespaceCode(code) || (code >= 0x200b && code <= 0x200d) || code === 0x2060
}

/** `text` without any whitespace, to compare lines written with odd spacing. */
export function compact(text: string): string {
  return text.replace(whitespace, '')
}

/** List bullets that page dumps keep at line starts (`• 索引号:`). */
const leadingBullets = /^[•·●○◆◇■□▪▫►▶★☆\-*>]+\s*/

/** The line without a leading bullet. */
export function stripBullet(text: string): string {
  return text.replace(leadingBullets, '')
}

/** Punctuation that ends or splits a sentence: a title or label never has it. */
const sentencePunctuation = /[。;\uFF1B!\uFF01?\uFF1F]/

/** Commas of either width. */
const comma = /[,\uFF0C]/

export function hasSentencePunctuation(text: string): boolean {
  return sentencePunctuation.test(text)
}

export function hasComma(text: string): boolean {
  return comma.test(text)
}

/** Ends in a colon of either width. */
export function endsWithColon(text: string): boolean {
  return /[:\uFF1A]$/.test(text)
}

const hanCharacter = /\p{Script=Han}/gu

/** How many Han characters `text` has. */
export function hanCount(text: string): number {
  return text.match(hanCharacter)?.length ?? 0
}

/** Digits written as Chinese characters, for years such as `二〇二一`. */
const chineseDigits: Record<string, number> = {
  〇: 0,
  零: 0,
  '○': 0,
  O: 0,
  Ｏ: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9
}

/** A four-digit year written with Arabic (either width) or Chinese digits. */
export function yearValue(written: string): number | null {
  let value = 0
  const digits = [...written]
  if (digits.length !== 4) return null

  for (const digit of digits) {
    const code = digit.codePointAt(0) ?? 0
    let number: number | undefined
    if (code >= 0x30 && code <= 0x39) number = code - 0x30
    else if (code >= 0xff10 && code <= 0xff19) number = code - 0xff10
    else number = chineseDigits[digit]
    if (number === undefined) return null
    value = value * 10 + number
  }

  return value >= 1990 && value <= 2100 ? value : null
}

/** The first `YYYY年` in `text` (a plausible report year), or `null`. */
export function firstYear(text: string): number | null {
  const pattern = /([0-9\uFF10-\uFF19〇零○一二三四五六七八九]{4})\s*年/g
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text))) {
    const year = yearValue(match[1] ?? '')
    if (year !== null) return year
  }

  return null
}

/** `text` with short bracketed spans (`《…》`, `(…)`, `(…)`, `〔…〕`) removed. */
export function withoutBracketed(text: string): string {
  // Bounded spans: an unclosed bracket must not make this quadratic.
  return text
    .replace(/《[^《》]{0,80}》/g, '')
    .replace(/[(\uFF08][^()\uFF08\uFF09]{0,80}[)\uFF09]/g, '')
    .replace(/〔[^〔〕]{0,80}〕/g, '')
}
