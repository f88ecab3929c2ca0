/**
 * Text measures for Chinese pages. Whitespace-separated words mean nothing
 * in Chinese, so content is measured in Han characters and in the
 * punctuation of running prose.
 */

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
