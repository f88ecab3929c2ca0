/**
 * Words from `Intl.Segmenter`, laid into sentences.
 *
 * Two costs of `Intl.Segmenter` shape this module: each call has a fixed
 * overhead of tens of microseconds (so segmenting sentence by sentence is
 * slow on short sentences), and it slows down sharply on long strings (tens
 * of thousands of characters). So a paragraph is segmented in chunks of at
 * most `maximumChunk` code units, cut preferably at a sentence end, else at
 * white space or punctuation, never inside a surrogate pair; the segments
 * are then clipped to the sentences they fall in.
 */
import type {ParagraphContent, SentenceContent} from 'nlcst'
import type {Point} from 'unist'
import {isLowSurrogate, isPunctuation, isWhiteSpace} from './characters.js'
import type {Range} from './sentences.js'

const segmenter = new Intl.Segmenter('zh', {granularity: 'word'})

/** Longest string given to `Intl.Segmenter` at once. */
export const maximumChunk = 512

/** How far back from the chunk limit a cut at white space or punctuation is looked for. */
const cutWindow = 64

/** Turns an offset into a point; the caller knows the line. */
export type PointAt = (offset: number) => Point

interface Segment {
  start: number
  end: number
  isWord: boolean
}

/**
 * The children of a paragraph: its sentences (holding words, white space,
 * punctuation and symbols) and the white space around them.
 */
export function paragraphContent(
  value: string,
  start: number,
  end: number,
  sentences: Array<Range>,
  pointAt: PointAt
): Array<ParagraphContent> {
  const children: Array<ParagraphContent> = []
  const segments = segmentsOf(value, start, end, sentences)
  let segmentIndex = 0
  let previousEnd = start

  for (const sentence of sentences) {
    if (previousEnd < sentence.start) {
      children.push(whiteSpaceNode(value, previousEnd, sentence.start, pointAt))
    }

    const content: Array<SentenceContent> = []
    // Skip segments that end before the sentence (white space between sentences).
    while (segmentIndex < segments.length && segments[segmentIndex]!.end <= sentence.start) {
      segmentIndex++
    }

    while (segmentIndex < segments.length && segments[segmentIndex]!.start < sentence.end) {
      const segment = segments[segmentIndex]!
      const clippedStart = Math.max(segment.start, sentence.start)
      const clippedEnd = Math.min(segment.end, sentence.end)
      pushSegment(value, clippedStart, clippedEnd, segment.isWord, pointAt, content)
      if (segment.end > sentence.end) break
      segmentIndex++
    }

    children.push({
      type: 'SentenceNode',
      children: content,
      position: {start: pointAt(sentence.start), end: pointAt(sentence.end)}
    })
    previousEnd = sentence.end
  }

  if (previousEnd < end) children.push(whiteSpaceNode(value, previousEnd, end, pointAt))
  return children
}

/**
 * The words of `value[start, end)` (one line) as `{start, end}` UTF-16
 * offsets into `value`: the `WordNode`s `parseCjk` would make, without
 * building nodes. For callers that only need word boundaries.
 */
export function wordRanges(value: string, start = 0, end = value.length): Array<Range> {
  const words: Array<Range> = []
  for (const segment of segmentsOf(value, start, end, [])) {
    if (segment.isWord) words.push({start: segment.start, end: segment.end})
  }

  return words
}

/** Segments of `value[start, end)`, segmented in chunks. */
function segmentsOf(value: string, start: number, end: number, sentences: Array<Range>): Array<Segment> {
  const segments: Array<Segment> = []
  let chunkStart = start
  let sentenceIndex = 0

  while (chunkStart < end) {
    const limit = chunkStart + maximumChunk
    let chunkEnd: number

    if (limit >= end) {
      chunkEnd = end
    } else {
      // The last sentence end within the limit, if any.
      while (sentenceIndex < sentences.length && sentences[sentenceIndex]!.end <= chunkStart) {
        sentenceIndex++
      }
      let sentenceEnd = -1
      let probe = sentenceIndex
      while (probe < sentences.length && sentences[probe]!.end <= limit) {
        sentenceEnd = sentences[probe]!.end
        probe++
      }
      chunkEnd = sentenceEnd > chunkStart ? sentenceEnd : cutNear(value, chunkStart, limit)
    }

    const chunk = value.slice(chunkStart, chunkEnd)
    for (const segment of segmenter.segment(chunk)) {
      const segmentStart = chunkStart + segment.index
      segments.push({
        start: segmentStart,
        end: segmentStart + segment.segment.length,
        isWord: segment.isWordLike === true
      })
    }

    chunkStart = chunkEnd
  }

  return segments
}

/** A cut before `limit`: after white space or punctuation if one is near. */
function cutNear(value: string, start: number, limit: number): number {
  for (let index = limit; index > limit - cutWindow && index > start + 1; index--) {
    const code = value.charCodeAt(index - 1)
    if (isWhiteSpace(code) || isPunctuation(value.charAt(index - 1))) return index
  }

  return isLowSurrogate(value.charCodeAt(limit)) ? limit - 1 : limit
}

function pushSegment(
  value: string,
  start: number,
  end: number,
  isWord: boolean,
  pointAt: PointAt,
  nodes: Array<SentenceContent>
): void {
  if (isWord) {
    nodes.push({
      type: 'WordNode',
      children: [
        {
          type: 'TextNode',
          value: value.slice(start, end),
          position: {start: pointAt(start), end: pointAt(end)}
        }
      ],
      position: {start: pointAt(start), end: pointAt(end)}
    })
    return
  }

  // Not word-like: white space (one node per run), else punctuation or a
  // symbol (one node per character).
  let index = start
  while (index < end) {
    const code = value.charCodeAt(index)

    if (isWhiteSpace(code)) {
      let after = index + 1
      while (after < end && isWhiteSpace(value.charCodeAt(after))) after++
      nodes.push(whiteSpaceNode(value, index, after, pointAt))
      index = after
    } else {
      const size = code >= 0xd800 && code <= 0xdbff && index + 1 < end ? 2 : 1
      const character = value.slice(index, index + size)
      nodes.push({
        type: isPunctuation(character) ? 'PunctuationNode' : 'SymbolNode',
        value: character,
        position: {start: pointAt(index), end: pointAt(index + size)}
      })
      index += size
    }
  }
}

function whiteSpaceNode(value: string, start: number, end: number, pointAt: PointAt) {
  return {
    type: 'WhiteSpaceNode' as const,
    value: value.slice(start, end),
    position: {start: pointAt(start), end: pointAt(end)}
  }
}
