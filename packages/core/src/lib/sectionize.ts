/**
 * The shared sectionizer: flat blocks from a parser → leading paragraphs
 * and nested sections.
 */
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {
  Heading,
  Numbering,
  Paragraph,
  ParagraphContent,
  Section,
  SectionContent,
  Table,
  Text
} from './ast.js'
import type {Block, TextBlock} from './blocks.js'
import {
  type EnumerationMarker,
  type EnumerationStyle,
  findEnumeration,
  parseEnumerationMarker
} from './enumeration.js'
import {isSpaceCode, numberingRank, parseNumbering} from './numbering.js'
import {
  defaultMaxRunInHeadingLength,
  findFirstSentenceEnd,
  splitRunIn
} from './run-in.js'

export interface SectionizeOptions {
  /**
   * Longest run-in heading (first sentence of a numbered line followed by
   * body text), in characters, `。` included (default: `40`).
   */
  maxRunInHeadingLength?: number | undefined
  /**
   * Longest heading that fills a numbered line on its own, in characters
   * (default: `60`). A longer line is a numbered paragraph.
   */
  maxHeadingLength?: number | undefined
}

/** Default longest heading filling a whole numbered line. */
export const defaultMaxHeadingLength = 60

type Output = Paragraph | Section | Table

interface Frame {
  /** `null` for the document level. */
  section: Section | null
  children: Array<Output> | Array<SectionContent>
  depth: number
  /** Numbering style, or `'unnumbered'` for markup headings. */
  styleKey: string | null
  rank: number | null
  /** The enumeration run started by a paragraph here, to continue it. */
  lead: {style: EnumerationStyle; ordinal: number} | null
}

/**
 * Turn flat blocks into paragraphs and nested sections.
 *
 * Nesting works like Markdown list nesting, keyed by numbering style: a
 * style already open closes back to it (its section becomes a sibling); a
 * style not open nests under the current section, after closing open
 * sections of a strictly lower standard rank (so `1.` then `(一)` makes the
 * `(一)` a sibling of the `1.`, not its child). Skipped levels (`一、`
 * straight to `1.`) therefore just nest, and `1.` numbering that continues
 * across `(一)`/`(二)` stays at the level under them. Headings from markup
 * without a marker share one style key, `unnumbered`.
 *
 * Blocks before the first section are returned as leading paragraphs.
 * Numbering discipline (gaps, repeats, mixed styles) is not judged here:
 * that is a validator's job, so `file` receives no messages from it.
 */
export function sectionize(
  blocks: Array<Block>,
  file: VFile,
  options?: SectionizeOptions
): Array<Paragraph | Section | Table> {
  const limits = {
    runIn: options?.maxRunInHeadingLength ?? defaultMaxRunInHeadingLength,
    heading: options?.maxHeadingLength ?? defaultMaxHeadingLength
  }
  const result: Array<Output> = []
  const stack: Array<Frame> = [
    {
      section: null,
      children: result,
      depth: 0,
      styleKey: null,
      rank: null,
      lead: null
    }
  ]
  const opened: Array<Section> = []

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]
    if (block === undefined) continue

    if (block.kind === 'table') {
      top(stack).children.push(block.table)
      continue
    }

    const match = parseNumbering(block.value)

    if (match === null && block.heading !== true) {
      addParagraph(stack, block)
      continue
    }

    const numbering = match?.numbering ?? null
    const styleKey = numbering?.style ?? 'unnumbered'
    closeFor(stack, styleKey, match?.rank ?? null)
    const parent = top(stack)

    // A marker alone on its line (`一、`) takes its title from the next line.
    let titleBlock: TextBlock | null = null
    const next = blocks[index + 1]
    if (
      match !== null &&
      match.end === block.value.length &&
      block.heading !== true &&
      next?.kind === 'text' &&
      next.value.length <= limits.heading &&
      parseNumbering(next.value) === null
    ) {
      titleBlock = next
      index++
    }

    const head = buildHead(block, match?.end ?? 0, titleBlock, limits)
    const section: Section = {
      type: 'section',
      depth: parent.depth + 1,
      numbering,
      children: head.children
    }
    ;(parent.children as Array<SectionContent>).push(section)
    opened.push(section)
    stack.push({
      section,
      children: section.children,
      depth: section.depth,
      styleKey,
      rank: match?.rank ?? null,
      lead: leadOf(head.bodyRun)
    })
  }

  // Children come before parents in reverse order of opening.
  for (const section of opened.reverse()) setSectionPosition(section)

  return result
}

function top(stack: Array<Frame>): Frame {
  const frame = stack.at(-1)
  /* c8 ignore next -- the document frame is never popped. */
  if (frame === undefined) throw new Error('Unexpected empty stack')
  return frame
}

/** Close open sections so that a section of `styleKey` can be added. */
function closeFor(
  stack: Array<Frame>,
  styleKey: string,
  rank: number | null
): void {
  let open = 0
  while (open < stack.length && stack[open]?.styleKey !== styleKey) open++

  if (open > 0 && open < stack.length) {
    closeTo(stack, open)
    return
  }

  if (rank === null) return

  while (stack.length > 1) {
    const frame = top(stack)
    if (frame.rank === null || frame.rank <= rank) break
    stack.pop()
  }
}

/**
 * Pop frames until `size` are left (popping is cheaper than setting
 * `length`, which goes through the runtime).
 */
function closeTo(stack: Array<Frame>, size: number): void {
  while (stack.length > size) stack.pop()
}

/** The heading, and the body paragraph of a run-in or numbered paragraph. */
function buildHead(
  block: TextBlock,
  textStart: number,
  titleBlock: TextBlock | null,
  limits: {runIn: number; heading: number}
): {children: Array<SectionContent>; bodyRun: Array<EnumerationMarker> | null} {
  const value = block.value

  if (titleBlock) {
    const heading: Heading = {
      type: 'heading',
      runIn: false,
      children: [textNode(titleBlock, 0, titleBlock.value.length)],
      position: {
        start: block.pointAt(0),
        end: titleBlock.pointAt(titleBlock.value.length)
      }
    }
    return {children: [heading], bodyRun: null}
  }

  const rest = value.slice(textStart)
  let headingEnd = value.length
  let bodyStart: number | null = null

  if (block.heading !== true) {
    const split = splitRunIn(rest, {maxHeadingLength: limits.runIn})
    // Whether text follows the first sentence; only asked of short lines
    // (a long one is a numbered paragraph anyway), so long ones are not
    // scanned to their end.
    const hasBody = (): boolean => {
      const sentenceEnd = findFirstSentenceEnd(rest)
      return sentenceEnd !== -1 && rest.slice(sentenceEnd).trim().length > 0
    }

    if (split) {
      headingEnd = textStart + split.heading.length
      bodyStart = textStart + split.bodyStart
    } else if (rest.length > limits.heading || hasBody()) {
      // A numbered paragraph: the marker numbers body text, no title.
      headingEnd = textStart
      bodyStart = textStart
    }
  }

  // The heading span ends at its text, or at the marker when it is empty.
  let markerEnd = headingEnd
  while (markerEnd > 0 && isSpaceCode(value.charCodeAt(markerEnd - 1)))
    markerEnd--
  const heading: Heading = {
    type: 'heading',
    runIn: bodyStart !== null && headingEnd > textStart,
    children:
      headingEnd > textStart ? [textNode(block, textStart, headingEnd)] : [],
    position: span(block, 0, markerEnd)
  }

  if (bodyStart === null) return {children: [heading], bodyRun: null}
  const body = paragraphNode(block, bodyStart, null)
  return {children: [heading, body.paragraph], bodyRun: body.run}
}

function addParagraph(stack: Array<Frame>, block: TextBlock): void {
  const marker = parseEnumerationMarker(block.value, 0)
  let continues: Frame['lead'] = null

  // `二是…` opening a paragraph continues a run begun in an earlier
  // paragraph, possibly of a parent section: close back to it.
  if (marker && marker.numbering.ordinal > 1) {
    const wanted = marker.numbering.ordinal - 1
    const depth = stack.findLastIndex(
      (frame) =>
        frame.lead?.style === marker.numbering.style &&
        frame.lead.ordinal === wanted
    )
    if (depth !== -1) {
      closeTo(stack, depth + 1)
      continues = top(stack).lead
    }
  }

  const frame = top(stack)
  const {paragraph, run} = paragraphNode(block, 0, continues)
  ;(frame.children as Array<SectionContent>).push(paragraph)
  frame.lead = leadOf(run) ?? frame.lead
}

/** The run to continue in later paragraphs, when it opens its paragraph. */
function leadOf(run: Array<EnumerationMarker> | null): Frame['lead'] {
  const first = run?.[0]
  const last = run?.at(-1)
  if (!first || !last || first.index !== 0) return null
  return {style: first.numbering.style, ordinal: last.numbering.ordinal}
}

/** A paragraph over `block.value[start…]`, with its enumeration run if any. */
function paragraphNode(
  block: TextBlock,
  start: number,
  continues: {style: EnumerationStyle; ordinal: number} | null
): {paragraph: Paragraph; run: Array<EnumerationMarker> | null} {
  const value = block.value
  const text = value.slice(start)
  const run = findEnumeration(text, {continues: continues ?? undefined})
  const children: Array<ParagraphContent> = []
  const first = run?.[0]
  // A text spanning what its parent spans gets a copy of the parent's
  // position instead of asking the parser's `pointAt` again.
  const position = span(block, start, value.length)

  if (run && first) {
    if (first.index > 0)
      children.push(textNode(block, start, start + first.index))
    children.push({
      type: 'enumeration',
      style: first.numbering.style,
      children: run.map((marker, index) => {
        const from = start + marker.index
        const to = start + (run[index + 1]?.index ?? text.length)
        const itemPosition = span(block, from, to)
        return {
          type: 'enumerationItem',
          numbering: marker.numbering,
          children: [textNode(block, from, to, itemPosition)],
          position: itemPosition
        }
      }),
      position: span(block, start + first.index, value.length)
    })
  } else {
    children.push(textNode(block, start, value.length, position))
  }

  return {
    paragraph: {
      type: 'paragraph',
      children,
      position
    },
    run
  }
}

/** A text node; `spanned` is the position of `start…end` when known. */
function textNode(
  block: TextBlock,
  start: number,
  end: number,
  spanned?: Position
): Text {
  return {
    type: 'text',
    value: block.value.slice(start, end),
    position: spanned
      ? {start: {...spanned.start}, end: {...spanned.end}}
      : span(block, start, end)
  }
}

function span(block: TextBlock, start: number, end: number): Position {
  return {start: block.pointAt(start), end: block.pointAt(end)}
}

/** A section spans its heading's start to its last positioned child's end. */
function setSectionPosition(section: Section): void {
  const start = section.children[0]?.position?.start
  let end: Point | undefined
  for (const child of section.children) {
    if (child.position) end = child.position.end
  }

  if (start && end) section.position = {start, end}
}
