/**
 * Text measures for Chinese pages. Whitespace-separated words mean nothing
 * in Chinese, so content is measured in Han characters and in the
 * punctuation of running prose.
 */

/** Every kind of whitespace, NBSP, U+3000 and zero-width spaces included. */
const whitespace = /[\s\u200B-\u200D\u2060\uFEFF]+/g

/** `text` without any whitespace, to compare labels written with padding. */
export function compact(text: string): string {
  return text.replace(whitespace, '')
}

/** Trim every kind of whitespace from both ends. */
export function trimAll(text: string): string {
  return text.replace(/^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g, '')
}

/** Whether a UTF-16 code unit is a Han character of the BMP. */
export function isHanCode(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x3007
  )
}

/** Punctuation of running Chinese prose (both widths of the common ones). */
export function isProsePunctuation(code: number): boolean {
  return (
    code === 0x3002 || // 。
    code === 0xff0c || // ，
    code === 0x3001 || // 、
    code === 0xff1b || // ；
    code === 0xff1a || // ：
    code === 0x201c || // “
    code === 0x201d || // ”
    code === 0x300a || // 《
    code === 0x300b || // 》
    code === 0xff08 || // （
    code === 0xff09 || // ）
    code === 0x2c || // ,
    code === 0x3b // ;
  )
}

export interface TextMeasure {
  han: number
  punctuation: number
}

/** Count Han characters and prose punctuation in `text`. */
export function measure(text: string): TextMeasure {
  let han = 0
  let punctuation = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (isHanCode(code)) han++
    else if (isProsePunctuation(code)) punctuation++
  }

  return {han, punctuation}
}
