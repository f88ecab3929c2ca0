/**
 * The page as lines: the article container's lines (and data tables), and
 * the visible lines before and after it, where the title and the info
 * block live. One iterative walk over the page.
 */
import type {Asset} from '@baogao/core'
import type {Element, ElementContent, Nodes, Root, Text} from 'hast'
import {boundedText, isNavigation, isWidget} from './chrome.js'
import {
  attribute,
  blockElements,
  headingElements,
  isBoldElement,
  isHidden,
  nonTextElements
} from './hast.js'
import {type Alignment, type Line, LineBuilder, type TextContext} from './lines.js'
import {readTable, type TableRead} from './tables.js'

export type BodyItem = {kind: 'line'; line: Line} | {kind: 'table'; table: TableRead}

export interface PageLines {
  /** Visible lines before the container (header, title, info block). */
  before: Array<Line>
  /** The container's lines and data tables, in order. */
  body: Array<BodyItem>
  /** Visible lines after the container, the first `afterLimit` of them. */
  after: Array<Line>
  /** Images inside the container. */
  images: Array<Asset>
  /** Links to documents anywhere on the page. */
  attachments: Array<Asset>
  /** Cells of 政务公开 info tables found inside the container. */
  info: Array<Line>
}

/** Whether a bounded piece of text is a field label (`索引号:`), from the rules. */
export type LabelTest = (text: string) => boolean

/** Documents a page links to as attachments. */
const attachmentPath = /\.(pdf|docx?|xlsx?|pptx?|wps|et|dps|ofd|zip|rar|7z|txt|ceb|csv)(?=$|[?#])/i

/** The styles in force where the walk is (counters for nestable ones). */
interface Context {
  bold: number
  level: number
  align: Alignment
  preserve: number
  link: number
  cell: number
}

/**
 * @param afterLimit
 *   How many lines after the container are wanted (where its fields may
 *   stand): the text of the rest of the page (footers, sidebars) is not
 *   read, only its attachment links.
 */
export function extractLines(
  tree: Root,
  source: string,
  container: Array<ElementContent>,
  isLabel: LabelTest,
  afterLimit = Number.POSITIVE_INFINITY
): PageLines {
  const reader = new PageReader(source, container, isLabel, afterLimit)
  reader.read(tree)
  return reader.result
}

/**
 * The walk and its state. A class rather than closures over `let`s: the
 * walk visits every node of the page, and fields are the cheapest state
 * to read and write there.
 */
class PageReader {
  readonly result: PageLines = {
    before: [],
    body: [],
    after: [],
    images: [],
    attachments: [],
    info: []
  }

  private readonly source: string
  private readonly container: Array<ElementContent>
  private readonly inContainer: Set<Nodes>
  /** The container when it is one node (the usual case): compared, not looked up. */
  private readonly onlyContainer: ElementContent | null
  private readonly isLabel: LabelTest
  private readonly afterLimit: number
  private readonly builder: LineBuilder
  private readonly context: Context = {bold: 0, level: 0, align: null, preserve: 0, link: 0, cell: 0}
  /** `context` as the line builder reads it, kept in step with it (not made per text). */
  private readonly textContext: TextContext = {
    bold: false,
    level: 0,
    align: null,
    preserve: false,
    link: false,
    cell: false
  }

  /**
   * Elements open on the walk that changed `context`, innermost last, with
   * the context to restore when they close.
   */
  private readonly changes: Array<{element: Element; saved: Context}> = []
  private readonly seenUrls = new Set<string>()
  private mode: 'before' | 'body' | 'after' = 'before'
  private containerDepth = 0

  constructor(
    source: string,
    container: Array<ElementContent>,
    isLabel: LabelTest,
    afterLimit: number
  ) {
    this.source = source
    this.container = container
    this.inContainer = new Set<Nodes>(container)
    this.onlyContainer = container.length === 1 ? (container[0] as ElementContent) : null
    this.isLabel = isLabel
    this.afterLimit = afterLimit
    this.builder = new LineBuilder(source)
  }

  /**
   * Walk the page in document order without recursion (pages can be
   * deep), as `walk` in `hast.ts` does, with the visits inlined.
   */
  read(tree: Root): void {
    const parents: Array<Element | Root> = [tree]
    const indices: Array<number> = [0]

    while (parents.length > 0) {
      const top = parents.length - 1
      const parent = parents[top] as Element | Root
      const index = indices[top] as number
      const child: ElementContent | Root['children'][number] | undefined = parent.children[index]

      if (child === undefined) {
        parents.pop()
        indices.pop()
        if (parent.type === 'element') this.exit(parent)
        continue
      }

      indices[top] = index + 1
      const entering = this.isContainer(child)
      const descend = this.enter(child, entering)
      if (!descend && entering) this.leaveContainer()
      if (descend && child.type === 'element') {
        parents.push(child)
        indices.push(0)
      }
    }

    this.flush()
  }

  /** Visit a node; whether to walk into its children. */
  private enter(node: Nodes, entering: boolean): boolean {
    if (entering) {
      this.flush()
      this.mode = 'body'
      this.containerDepth++
    }

    if (node.type === 'text') {
      if (this.pastAfterLimit()) return true
      this.addText(node)
      return !entering
    }

    if (node.type !== 'element') return !entering

    const name = node.tagName
    if (name === 'a') this.collectAttachment(node)

    if (name === 'img') {
      if (this.mode === 'body' && !isHidden(node)) this.collectImage(node)
      return false
    }

    if (nonTextElements.has(name) || isHidden(node)) return false

    if (
      this.mode === 'body'
        ? !entering && isWidget(node)
        : isNavigation(node) && !this.holdsContainer(node)
    ) {
      return false
    }

    // Past the lines wanted after the article, elements matter only for
    // their links, unless a later part of the article is inside them.
    if (this.pastAfterLimit() && !this.holdsContainer(node)) return true

    if (name === 'br') {
      this.flush()
      return false
    }

    if (name === 'table' && this.mode === 'body') {
      const table = readTable(node, this.source)
      if (table !== null) {
        this.flush()
        if (isInfoTable(table, this.isLabel)) {
          for (const row of table.rows) for (const cell of row) this.result.info.push(...cell.lines)
        } else {
          this.result.body.push({kind: 'table', table})
        }

        return false
      }
    }

    const block = blockElements.has(name)
    const align = block ? alignmentOf(node) : null
    const bold = isBoldElement(node)
    const level = headingElements.has(name) ? Number(name.slice(1)) : 0
    const preserve = name === 'pre' || name === 'xmp' || name === 'listing'
    const cell = name === 'td' || name === 'th'

    if (block) this.flush()
    else if (this.mode !== 'body' && this.context.preserve === 0 && this.looksLikeLabel(node)) {
      // `<strong>发文单位:</strong>…`: keep the fields of one line apart.
      this.builder.addSeparator()
    }

    if (align !== null || bold || level > 0 || preserve || name === 'a' || cell) {
      const context = this.context
      this.changes.push({element: node, saved: {...context}})
      if (align !== null) context.align = align
      if (bold) context.bold++
      if (level > 0) context.level = level
      if (preserve) context.preserve++
      if (name === 'a') context.link++
      if (cell) context.cell++
      this.updateTextContext()
    }

    return true
  }

  /** After the children of an element walked into. */
  private exit(element: Element): void {
    if (blockElements.has(element.tagName)) this.flush()
    const change = this.changes[this.changes.length - 1]
    if (change !== undefined && change.element === element) {
      this.changes.pop()
      Object.assign(this.context, change.saved)
      this.updateTextContext()
    }

    if (this.isContainer(element)) this.leaveContainer()
  }

  private isContainer(node: Nodes): boolean {
    return this.onlyContainer === null ? this.inContainer.has(node) : node === this.onlyContainer
  }

  private updateTextContext(): void {
    const context = this.context
    const text = this.textContext
    text.bold = context.bold > 0
    text.level = context.level
    text.align = context.align
    text.preserve = context.preserve > 0
    text.link = context.link > 0
    text.cell = context.cell > 0
  }

  private addText(node: Text): void {
    const value = node.value
    const start = node.position?.start.offset ?? -1
    const end = node.position?.end.offset ?? -1
    const context = this.textContext

    if (!context.preserve || !value.includes('\n')) {
      this.builder.addText(value, start, end, context)
      return
    }

    // `<pre>`: every line break ends a line.
    let from = 0
    while (from <= value.length) {
      const newline = value.indexOf('\n', from)
      const to = newline === -1 ? value.length : newline
      this.builder.addText(
        value.slice(from, to),
        start < 0 ? -1 : start + from,
        start < 0 ? -1 : start + to,
        context
      )
      if (newline === -1) break
      this.flush()
      from = newline + 1
    }
  }

  private flush(): void {
    const line = this.builder.flush()
    if (line === null) return
    if (this.mode === 'body') this.result.body.push({kind: 'line', line})
    else this.result[this.mode].push(line)
  }

  private pastAfterLimit(): boolean {
    return this.mode === 'after' && this.result.after.length >= this.afterLimit
  }

  private leaveContainer(): void {
    this.flush()
    this.containerDepth--
    if (this.containerDepth === 0) this.mode = 'after'
  }

  /** Whether the article is inside `element` (by source position). */
  private holdsContainer(element: Element): boolean {
    const start = element.position?.start.offset
    const end = element.position?.end.offset
    if (start === undefined || end === undefined) return true
    return this.container.some((node) => {
      const offset = node.position?.start.offset
      return offset === undefined || (offset >= start && offset < end)
    })
  }

  /**
   * An inline element whose text starts with a field label (`<strong>发文单位:
   * </strong>`, `<span>字号:…</span>`): fields of one line are kept apart.
   */
  private looksLikeLabel(element: Element): boolean {
    let node: Element = element
    for (let depth = 0; depth < 4; depth++) {
      const first = node.children[0]
      if (first === undefined) return false
      if (first.type === 'element') {
        node = first
        continue
      }

      if (first.type !== 'text') return false
      const text = first.value.trimStart()
      const colon = text.slice(0, 14).search(/[:：]/)
      if (colon <= 0) return false
      // A known label, or any short Han word before a colon (`字号:`).
      return (
        this.isLabel(text.slice(0, colon + 1)) ||
        /^\p{Script=Han}{2,6}$/u.test(text.slice(0, colon).trim())
      )
    }

    return false
  }

  private collectImage(element: Element): void {
    const url = attribute(element, 'src').trim()
    if (url === '' || url.startsWith('data:')) return
    const title = attribute(element, 'alt').trim() || attribute(element, 'title').trim()
    if (this.seenUrls.has(url)) return
    this.seenUrls.add(url)
    this.result.images.push({kind: 'image', url, title: title === '' ? null : title})
  }

  private collectAttachment(element: Element): void {
    const url = attribute(element, 'href').trim()
    if (url === '' || !attachmentPath.test(url) || this.seenUrls.has(url)) return
    this.seenUrls.add(url)
    const title = boundedText(element, 200).trim() || attribute(element, 'title').trim()
    this.result.attachments.push({kind: 'attachment', url, title: title === '' ? null : title})
  }
}

/** Fewest label cells that make a table a 政务公开 info block. */
const minInfoLabels = 3

/**
 * A 政务公开 info table (`索引号 | … | 发布机构 | …`): at least three
 * label cells followed by a value cell, a third of all cells or more.
 */
function isInfoTable(table: TableRead, isLabel: LabelTest): boolean {
  let cells = 0
  let labels = 0
  for (const row of table.rows) {
    cells += row.length
    row.forEach((cell, index) => {
      const text = cell.lines.map((line) => line.value).join('')
      const next = row[index + 1]
      if (next === undefined || text === '' || text.length > 12) return
      const label = /[:：]$/.test(text) ? text : text + '：'
      if (isLabel(label)) labels++
    })
  }

  return labels >= minInfoLabels && labels * 3 >= cells
}

function alignmentOf(element: Element): Alignment {
  const align = (
    attribute(element, 'align') ||
    (element.tagName === 'center' ? 'center' : '') ||
    (/text-align\s*:\s*(\w+)/i.exec(attribute(element, 'style'))?.[1] ?? '')
  ).toLowerCase()
  if (align === 'center') return 'center'
  if (align === 'right') return 'right'
  return null
}
