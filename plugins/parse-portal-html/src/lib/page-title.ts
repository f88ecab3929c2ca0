/**
 * The article title as the page gives it, before the article text: the
 * `ArticleTitle` meta tag, a heading or title-like line just before the
 * container, or `<title>` without its site-name suffix
 * (`公安县2019年法治政府建设工作报告_公安县人民政府`).
 */
import {compact, isTitleLike, isTitlePart} from '@baogao/report-lines'
import type {Element} from 'hast'
import {type Line, LineBuilder} from './lines.js'

/** How many lines before the container a title may stand. */
const titleReach = 12

/** Separators between a page title and the site or column name. */
const titleSeparator = /\s*(?:[_|｜]|——|—|－|--|\s-\s|(?<![0-9０-９])-(?![0-9０-９]))\s*/

/**
 * Choose the line that holds the article title, if the page shows one.
 *
 * @param before
 *   Visible lines before the article container.
 * @param articleTitle
 *   The `ArticleTitle` meta tag, if any.
 */
export function findTitleLine(before: Array<Line>, articleTitle: string | undefined): Line | null {
  const wanted = articleTitle === undefined ? '' : compact(articleTitle)
  const reach = before.slice(-titleReach).reverse()

  if (wanted !== '') {
    const same = before
      .slice()
      .reverse()
      .find((line) => compact(line.value) === wanted)
    if (same) return same
  }

  const heading = reach.find((line) => line.level > 0 && isTitleLine(line))
  if (heading) return heading
  return reach.find((line) => isTitleLine(line)) ?? null
}

/** A line that reads as a whole report title, not a link or a sentence. */
function isTitleLine(line: Line): boolean {
  return !line.linked && isTitlePart(line.value) && isTitleLike(compact(line.value))
}

/**
 * The title-like part of `<title>` as a line with source offsets, or
 * `null` when no part reads as a report title.
 */
export function titleElementLine(element: Element | null, source: string): Line | null {
  if (element === null) return null
  const builder = new LineBuilder(source)
  const context = {bold: false, level: 0, align: null, preserve: false, link: false, cell: false}
  for (const child of element.children) {
    if (child.type === 'text') {
      builder.addText(
        child.value,
        child.position?.start.offset ?? -1,
        child.position?.end.offset ?? -1,
        context
      )
    }
  }

  const line = builder.flush()
  if (line === null) return null

  let best: {start: number; end: number} | null = null
  const pattern = new RegExp(titleSeparator.source, 'g')
  let start = 0
  const parts: Array<{start: number; end: number}> = []
  let match: RegExpExecArray | null
  while ((match = pattern.exec(line.value)) !== null) {
    if (match[0].length === 0) {
      pattern.lastIndex++
      continue
    }

    parts.push({start, end: match.index})
    start = match.index + match[0].length
  }

  parts.push({start, end: line.value.length})

  for (const part of parts) {
    const text = line.value.slice(part.start, part.end)
    if (!isTitlePart(text) || !isTitleLike(compact(text))) continue
    if (best === null || part.end - part.start > best.end - best.start) best = part
  }

  return best === null ? null : sliceLine(line, best.start, best.end)
}

/** A piece of a line, with its offsets. */
export function sliceLine(line: Line, start: number, end: number): Line {
  return {
    ...line,
    value: line.value.slice(start, end),
    offsets: line.offsets.slice(start, end + 1)
  }
}

/** A line that stands for text with no place of its own (a meta tag's value). */
export function syntheticLine(value: string, offset: number): Line {
  return {
    value,
    offsets: new Int32Array(value.length + 1).fill(offset),
    heading: false,
    bold: false,
    level: 0,
    align: null,
    linked: false,
    cell: false
  }
}
