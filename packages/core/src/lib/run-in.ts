/**
 * Run-in headings: `(一)认真研究,科学部署。根据省、市关于…`, where the
 * heading is the first sentence of the numbered line and the rest of the
 * line is body text.
 */
import {isSpaceCode} from './numbering.js'
import {type CodeSet, codesOf, isDigitCode} from './numerals.js'

export interface RunInOptions {
  /**
   * Longest run-in heading, in characters, counting its closing `。`
   * (default: `40`). A longer first sentence is body text: the line is a
   * numbered paragraph, not a run-in heading.
   */
  maxHeadingLength?: number | undefined
}

export interface RunInSplit {
  /** The heading, keeping its closing punctuation (`认真研究,科学部署。`). */
  heading: string
  /** The body text after it, without leading whitespace. */
  body: string
  /** Index in the input where `body` starts. */
  bodyStart: number
}

/** Default longest run-in heading (characters, closing `。` included). */
export const defaultMaxRunInHeadingLength = 40

const openers = '“‘「『《(（〔【'
/** The closer of each opener, at the same index. */
const closers = '”’」』》)）〕】'
/** Opening quote or bracket → its closer, by UTF-16 code. */
const pairs: ReadonlyMap<number, number> = new Map(
  Array.from(openers, (opener, index) => [
    opener.charCodeAt(0),
    closers.charCodeAt(index)
  ])
)
const trailingClosers = codesOf(closers + '"\'')
const straightQuote = 0x22 // "

/** Marks to look for, and every character the scan must stop at for them. */
interface MarkSet {
  marks: CodeSet
  /** The marks, openers, closers and `"`: all other characters are skipped. */
  stops: CodeSet
  /** A mark between two digits is not one (`16:52`). */
  notBetweenDigits: boolean
}

const sentenceEnds = markSet('。！？!?', false)
const colons = markSet(':：', true)

/** Longest heading run in with a colon (`关于规范性文件:…`), colon included. */
const maxColonHeadingLength = 20

/**
 * Split a numbered line's text (after its marker) into a run-in heading and
 * its body at the first sentence end (`。`, `！`, `？`, `!`, `?`) that is
 * not inside quotes or brackets. A colon (`:` `：`) before that sentence
 * end splits instead when the heading it closes is at most 20 characters
 * (`规范执法:严格落实…`); a colon between digits (`16:52`) never does.
 *
 * A quote or bracket that is never closed (`“一窗式改革进一步深化。…`, an
 * extraction loss) does not hide the sentence end.
 *
 * @returns
 *   The split, or `null` when there is no body after the heading (the
 *   whole line is the heading) or the first sentence is longer than
 *   `maxHeadingLength` (the line is a numbered paragraph).
 */
export function splitRunIn(
  text: string,
  options?: RunInOptions
): RunInSplit | null {
  const maxLength = options?.maxHeadingLength ?? defaultMaxRunInHeadingLength
  // Marks past the longest heading cannot end one: stop looking there.
  let end = findFirstMark(text, sentenceEnds, maxLength)
  const colonEnd = findFirstMark(text, colons, maxColonHeadingLength)
  if (
    colonEnd !== -1 &&
    colonEnd <= maxColonHeadingLength &&
    (end === -1 || colonEnd < end)
  ) {
    end = colonEnd
  }

  if (end === -1 || end > maxLength) return null
  let bodyStart = end
  while (bodyStart < text.length && isSpaceCode(text.charCodeAt(bodyStart)))
    bodyStart++
  if (bodyStart === text.length) return null
  return {heading: text.slice(0, end), body: text.slice(bodyStart), bodyStart}
}

/**
 * Index just after the first sentence (after its end mark and any closing
 * quotes right after it), or `-1` when `text` has no sentence end outside
 * quotes and brackets.
 */
export function findFirstSentenceEnd(text: string): number {
  return findFirstMark(text, sentenceEnds)
}

/**
 * Index after the first of `marks` outside quotes and brackets, or `-1`;
 * marks at `limit` or later are not looked for.
 */
function findFirstMark(
  text: string,
  {marks, stops, notBetweenDigits}: MarkSet,
  limit = text.length
): number {
  // Openers waiting for their closer, innermost last, with their closers.
  const open: Array<number> = []
  const expected: Array<number> = []
  let straightQuoteOpen = false
  const stop = Math.min(limit, text.length)
  let ahead: LookAhead | undefined

  for (let index = 0; index < stop; index++) {
    const code = text.charCodeAt(index)
    if (!stops.has(code)) continue
    const closer = pairs.get(code)

    if (closer !== undefined) {
      open.push(code)
      expected.push(closer)
      continue
    }

    if (expected.length > 0 && code === expected[expected.length - 1]) {
      open.pop()
      expected.pop()
      continue
    }

    if (code === straightQuote) {
      straightQuoteOpen = !straightQuoteOpen
      continue
    }

    if (!marks.has(code)) continue
    if (
      notBetweenDigits &&
      isDigitCode(text.charCodeAt(index - 1)) &&
      isDigitCode(text.charCodeAt(index + 1))
    )
      continue

    // Drop openers that are never closed before they open again: they are
    // damage, and must not swallow the rest of the line.
    while (expected.length > 0) {
      ahead ??= new LookAhead(text)
      const last = expected.length - 1
      if (isClosedLater(ahead, index, open[last] ?? 0, expected[last] ?? 0))
        break
      open.pop()
      expected.pop()
    }

    if (straightQuoteOpen) {
      ahead ??= new LookAhead(text)
      if (ahead.next(straightQuote, index) === -1) straightQuoteOpen = false
    }

    if (expected.length > 0 || straightQuoteOpen) continue

    let end = index + 1
    while (end < text.length && trailingClosers.has(text.charCodeAt(end))) {
      end++
    }

    return end
  }

  return -1
}

/** Whether the next `opener` or `closer` at or after `index` is the closer. */
function isClosedLater(
  ahead: LookAhead,
  index: number,
  opener: number,
  closer: number
): boolean {
  const close = ahead.next(closer, index)
  if (close === -1) return false
  const reopen = ahead.next(opener, index)
  return reopen === -1 || close < reopen
}

/**
 * `indexOf` for single characters with memory: asked with growing `from`
 * (as a left-to-right scan does), it searches each stretch of the text once
 * per character instead of once per question.
 */
class LookAhead {
  readonly text: string
  private readonly found = new Map<number, number>()

  constructor(text: string) {
    this.text = text
  }

  /** Index of the first `code` at or after `from`, or `-1`. */
  next(code: number, from: number): number {
    const known = this.found.get(code)
    // The last answer still holds when it lies at or after `from` (nothing
    // between the earlier `from` and it), or when there was none at all.
    if (known !== undefined && (known === -1 || known >= from)) return known
    const index = this.text.indexOf(String.fromCharCode(code), from)
    this.found.set(code, index)
    return index
  }
}

function markSet(marks: string, notBetweenDigits: boolean): MarkSet {
  return {
    marks: codesOf(marks),
    stops: codesOf(marks + openers + closers + '"'),
    notBetweenDigits
  }
}
