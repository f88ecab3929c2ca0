/**
 * One pass over a text before the recognizers: fold it, cut it into
 * paragraphs, note for each paragraph which characters it holds that some
 * recognizer needs before it can match anything (a digit, `@`, the first
 * character of a label…), and list where labels and runs of digits may
 * start. Most paragraphs of a report hold no contact: `findContacts` runs a
 * recognizer only on paragraphs that hold what it needs, and the label and
 * number scans read only the listed positions instead of every character.
 */
import {foldCode} from './characters.js'
import {labelStartCodes} from './labels.js'

/** What a paragraph holds, as bits of `Paragraph.holds`. */
export const holds = {
  /** `0`–`9`: every number, and every street address (`路` + house number). */
  digit: 1,
  /** `@`: every e-mail address written with `@`. */
  at: 2,
  /** `[` or `【`: every replacement token. */
  tokenOpen: 4,
  /** `h` `f` `w` (either case): every URL (`http://`, `https://`, `ftp://`, `www.`). */
  urlLetter: 8,
  /** The first character of a label: every label, so every value read after one. */
  labelStart: 16
} as const

/** Every bit of `holds`; the bits above are for this pass only. */
const anyHeld = Object.values(holds).reduce((all, bit) => all | bit, 0)
const whiteSpace = 32
const lineBreak = 64

/** A paragraph: `[start, end)` of one line holding something but white space. */
export interface Paragraph {
  start: number
  end: number
  /** Bits of `holds`, for the characters of the paragraph. */
  holds: number
  /** Index into `FoldedText.labelStarts` of the paragraph's first label start (if any). */
  firstLabelStart: number
  /** Index into `FoldedText.digitRuns` of the paragraph's first run of digits (if any). */
  firstDigitRun: number
}

/** Bits of `holds` (and white space, line breaks) for each UTF-16 code unit. */
const classes = buildClasses()

function buildClasses(): Uint8Array {
  const table = new Uint8Array(0x10000)
  const mark = (characters: string, bit: number) => {
    for (let index = 0; index < characters.length; index++) table[characters.charCodeAt(index)]! |= bit
  }

  mark('0123456789', holds.digit)
  mark('@', holds.at)
  mark('[【', holds.tokenOpen)
  mark('hHfFwW', holds.urlLetter)
  for (const code of labelStartCodes) table[code]! |= holds.labelStart
  // What `String#trim` removes: a line of only these is no paragraph.
  mark('\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff', whiteSpace)
  for (let code = 0x2000; code <= 0x200a; code++) table[code]! |= whiteSpace
  mark('\n\r\u2028\u2029', lineBreak)
  return table
}

/** A text folded (`fold`) and cut into paragraphs. */
export interface FoldedText {
  folded: string
  paragraphs: Array<Paragraph>
  /**
   * Every index whose character may start a label, in order: the label
   * scan reads only these (about one character in ten).
   */
  labelStarts: Array<number>
  /** Where each run of digits starts, in order: the number scans jump from one to the next. */
  digitRuns: Array<number>
}

/**
 * Fold `text` as `fold` does and cut the folded text into the lines that
 * hold something but white space (the paragraphs of `@baogao/retext-cjk`),
 * noting what each holds and where labels and digit runs may start: one
 * pass over the text for all of it.
 */
export function foldParagraphs(text: string): FoldedText {
  const paragraphs: Array<Paragraph> = []
  const labelStarts: Array<number> = []
  const digitRuns: Array<number> = []
  let result = ''
  let copiedUpTo = 0
  let start = 0
  let found = 0
  let blank = true
  let previousBits = 0
  let firstLabelStart = 0
  let firstDigitRun = 0

  for (let index = 0; index <= text.length; index++) {
    let bits = lineBreak
    if (index < text.length) {
      const code = text.charCodeAt(index)
      const folded = foldCode(code)
      if (folded !== code) {
        result += text.slice(copiedUpTo, index) + String.fromCharCode(folded)
        copiedUpTo = index + 1
      }

      bits = classes[folded]!
    }

    if (bits & holds.labelStart) labelStarts.push(index)
    if (bits & holds.digit && !(previousBits & holds.digit)) digitRuns.push(index)
    previousBits = bits

    if (bits & lineBreak) {
      if (!blank) paragraphs.push({start, end: index, holds: found & anyHeld, firstLabelStart, firstDigitRun})
      start = index + 1
      found = 0
      blank = true
      firstLabelStart = labelStarts.length
      firstDigitRun = digitRuns.length
    } else {
      found |= bits
      if (!(bits & whiteSpace)) blank = false
    }
  }

  const folded = copiedUpTo === 0 ? text : result + text.slice(copiedUpTo)
  return {folded, paragraphs, labelStarts, digitRuns}
}
