/**
 * Run-in headings: `(一)认真研究,科学部署。根据省、市关于…`, where the
 * heading is the first sentence of the numbered line and the rest of the
 * line is body text.
 */
import {isSpace} from './numbering.js'
import {isDigit} from './numerals.js'

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

const sentenceEnds: ReadonlySet<string> = new Set('。！？!?')
const colons: ReadonlySet<string> = new Set(':：')
const pairs: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['(', ')'],
  ['（', '）'],
  ['〔', '〕'],
  ['【', '】']
])
const trailingClosers: ReadonlySet<string> = new Set('”’」』》)）〕】"\'')

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
  const maxLength =
    options?.maxHeadingLength ?? defaultMaxRunInHeadingLength
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
  while (bodyStart < text.length && isSpace(text.charAt(bodyStart))) bodyStart++
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
  marks: ReadonlySet<string>,
  limit = text.length
): number {
  const expected: Array<{opener: string; closer: string}> = []
  let straightQuoteOpen = false
  const stop = Math.min(limit, text.length)

  for (let index = 0; index < stop; index++) {
    const character = text.charAt(index)
    const closer = pairs.get(character)

    if (closer !== undefined) {
      expected.push({opener: character, closer})
      continue
    }

    const top = expected.at(-1)

    if (top !== undefined && character === top.closer) {
      expected.pop()
      continue
    }

    if (character === '"') {
      straightQuoteOpen = !straightQuoteOpen
      continue
    }

    if (!marks.has(character)) continue
    if (marks === colons && isDigit(text.charAt(index - 1)) && isDigit(text.charAt(index + 1)))
      continue

    // Drop openers that are never closed before they open again: they are
    // damage, and must not swallow the rest of the line.
    while (expected.length > 0) {
      const innermost = expected.at(-1)
      if (innermost === undefined || isClosedLater(text, index, innermost))
        break
      expected.pop()
    }

    if (straightQuoteOpen && !text.includes('"', index)) {
      straightQuoteOpen = false
    }

    if (expected.length > 0 || straightQuoteOpen) continue

    let end = index + 1
    while (end < text.length && trailingClosers.has(text.charAt(end))) {
      end++
    }

    return end
  }

  return -1
}

/** Whether the next `opener` or `closer` after `index` is the closer. */
function isClosedLater(
  text: string,
  index: number,
  pair: {opener: string; closer: string}
): boolean {
  const close = text.indexOf(pair.closer, index)
  if (close === -1) return false
  const reopen = text.indexOf(pair.opener, index)
  return reopen === -1 || close < reopen
}
