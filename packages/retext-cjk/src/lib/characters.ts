/**
 * Character classes the parser needs, on UTF-16 code units. Everything is a
 * plain comparison or a one-character Unicode property test, so no pattern
 * here can backtrack.
 */

const punctuationPattern = /^\p{P}$/u

/** Whether `code` is white space (ASCII, no-break, ideographic, ...). */
export function isWhiteSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** Whether `code` breaks a line (`\n`, `\r`, U+2028, U+2029). */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029
}

export function isAsciiAlphanumeric(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a)
  )
}

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** Whether the single character `character` is Unicode punctuation. */
export function isPunctuation(character: string): boolean {
  return punctuationPattern.test(character)
}

/** `。！？；` and their half-width forms (`｡` `!` `?` `;`). */
export function isStrongTerminator(code: number): boolean {
  return (
    code === 0x3002 || // 。
    code === 0xff01 || // ！
    code === 0xff1f || // ？
    code === 0xff1b || // ；
    code === 0xff61 || // ｡
    code === 0x21 || // !
    code === 0x3f || // ?
    code === 0x3b // ;
  )
}

/** `.` and `．`: sentence ends only in some contexts (see `sentences.ts`). */
export function isDot(code: number): boolean {
  return code === 0x2e || code === 0xff0e
}

/** Closing quotes and brackets that stay with the sentence they close. */
export function isCloser(code: number): boolean {
  return (
    code === 0x201d || // ”
    code === 0x2019 || // ’
    code === 0x300d || // 」
    code === 0x300f || // 』
    code === 0xff09 || // ）
    code === 0x29 || // )
    code === 0x3011 || // 】
    code === 0x300b || // 》
    code === 0x3009 || // 〉
    code === 0xff63 // ｣
  )
}

/** Whether `code` is the second half of a surrogate pair. */
export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
