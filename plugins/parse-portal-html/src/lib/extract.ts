/**
 * The page as lines: the article container's lines (and data tables), and
 * the visible lines before and after it, where the title and the info
 * block live. One iterative walk over `<body>`.
 */
import type {Asset} from '@baogao/core'
import type {Element, ElementContent, Nodes, Root} from 'hast'
import {
  attribute,
  blockElements,
  classNames,
  headingElements,
  idOf,
  isBoldElement,
  isHidden,
  nonTextElements,
  walk
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

/** Class and id tokens of widgets inside an article container. */
const widgetTokens = new Set([
  'share',
  'bdshare',
  'bdsharebuttonbox',
  'toolbar',
  'tools',
  'qrcode',
  'ewm',
  'erweima',
  'print',
  'fontsize',
  'font-size',
  'related',
  'xglj',
  'pagination',
  'page-nav',
  'prev-next',
  'nav',
  'menu'
])

/** Documents a page links to as attachments. */
const attachmentPath = /\.(pdf|docx?|xlsx?|pptx?|wps|et|dps|ofd|zip|rar|7z|txt|ceb|csv)(?=$|[?#])/i

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
  const result: PageLines = {before: [], body: [], after: [], images: [], attachments: [], info: []}
  const inContainer = new Set<Nodes>(container)
  const builder = new LineBuilder(source)
  const context: Context = {bold: 0, level: 0, align: null, preserve: 0, link: 0, cell: 0}
  /** Contexts to restore when an element that changed it closes. */
  const restore = new Map<Element, Context>()
  const seenUrls = new Set<string>()
  let mode: 'before' | 'body' | 'after' = 'before'
  let containerDepth = 0

  const flush = () => {
    const line = builder.flush()
    if (line === null) return
    if (mode === 'body') result.body.push({kind: 'line', line})
    else result[mode].push(line)
  }

  walk(
    tree,
    (node) => {
      const entering = inContainer.has(node)
      const action = enter(node, entering)
      if (action === 'skip' && entering) leaveContainer()
      return action
    },
    (node) => {
      if (node.type !== 'element') return undefined
      if (blockElements.has(node.tagName)) flush()
      const saved = restore.get(node)
      if (saved !== undefined) Object.assign(context, saved)

      if (inContainer.has(node)) leaveContainer()
      return undefined
    }
  )

  flush()
  return result

  function enter(node: Nodes, entering: boolean): 'skip' | undefined {
    if (entering) {
      flush()
      mode = 'body'
      containerDepth++
    }

    if (node.type === 'text') {
      if (pastAfterLimit()) return undefined
      const start = node.position?.start.offset ?? -1
      const end = node.position?.end.offset ?? -1
      addText(builder, node.value, start, end, context, flush)
      return entering ? 'skip' : undefined
    }

    if (node.type !== 'element') return entering ? 'skip' : undefined

    const name = node.tagName
    if (name === 'a') collectAttachment(node)

    if (name === 'img') {
      if (mode === 'body' && !isHidden(node)) collectImage(node)
      return 'skip'
    }

    if (nonTextElements.has(name) || isHidden(node)) return 'skip'

    if (
      mode === 'body' ? !entering && isWidget(node) : isNavigation(node) && !holdsContainer(node)
    ) {
      return 'skip'
    }

    // Past the lines wanted after the article, elements matter only for
    // their links, unless a later part of the article is inside them.
    if (pastAfterLimit() && !holdsContainer(node)) return undefined

    if (name === 'br') {
      flush()
      return 'skip'
    }

    if (name === 'table' && mode === 'body') {
      const table = readTable(node, source)
      if (table !== null) {
        flush()
        if (isInfoTable(table, isLabel)) {
          for (const row of table.rows) for (const cell of row) result.info.push(...cell.lines)
        } else {
          result.body.push({kind: 'table', table})
        }

        return 'skip'
      }
    }

    const block = blockElements.has(name)
    const align = block ? alignmentOf(node) : null
    const bold = isBoldElement(node)
    const level = headingElements.has(name) ? Number(name.slice(1)) : 0
    const preserve = name === 'pre' || name === 'xmp' || name === 'listing'
    const cell = name === 'td' || name === 'th'

    if (block) flush()
    else if (mode !== 'body' && context.preserve === 0 && looksLikeLabel(node)) {
      // `<strong>发文单位:</strong>…`: keep the fields of one line apart.
      builder.addSeparator()
    }

    if (align !== null || bold || level > 0 || preserve || name === 'a' || cell) {
      restore.set(node, {...context})
      if (align !== null) context.align = align
      if (bold) context.bold++
      if (level > 0) context.level = level
      if (preserve) context.preserve++
      if (name === 'a') context.link++
      if (cell) context.cell++
    }

    return undefined
  }

  function pastAfterLimit(): boolean {
    return mode === 'after' && result.after.length >= afterLimit
  }

  function leaveContainer(): void {
    flush()
    containerDepth--
    if (containerDepth === 0) mode = 'after'
  }

  /** Whether the article is inside `element` (by source position). */
  function holdsContainer(element: Element): boolean {
    const start = element.position?.start.offset
    const end = element.position?.end.offset
    if (start === undefined || end === undefined) return true
    return container.some((node) => {
      const offset = node.position?.start.offset
      return offset === undefined || (offset >= start && offset < end)
    })
  }

  /**
   * An inline element whose text starts with a field label (`<strong>发文单位:
   * </strong>`, `<span>字号:…</span>`): fields of one line are kept apart.
   */
  function looksLikeLabel(element: Element): boolean {
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
        isLabel(text.slice(0, colon + 1)) ||
        /^\p{Script=Han}{2,6}$/u.test(text.slice(0, colon).trim())
      )
    }

    return false
  }

  function collectImage(element: Element): void {
    const url = attribute(element, 'src').trim()
    if (url === '' || url.startsWith('data:')) return
    const title = attribute(element, 'alt').trim() || attribute(element, 'title').trim()
    if (seenUrls.has(url)) return
    seenUrls.add(url)
    result.images.push({kind: 'image', url, title: title === '' ? null : title})
  }

  function collectAttachment(element: Element): void {
    const url = attribute(element, 'href').trim()
    if (url === '' || !attachmentPath.test(url) || seenUrls.has(url)) return
    seenUrls.add(url)
    const title = boundedText(element, 200).trim() || attribute(element, 'title').trim()
    result.attachments.push({kind: 'attachment', url, title: title === '' ? null : title})
  }
}

function addText(
  builder: LineBuilder,
  value: string,
  start: number,
  end: number,
  context: Context,
  flush: () => void
): void {
  const settings: TextContext = {
    bold: context.bold > 0,
    level: context.level,
    align: context.align,
    preserve: context.preserve > 0,
    link: context.link > 0,
    cell: context.cell > 0
  }

  if (!settings.preserve || !value.includes('\n')) {
    builder.addText(value, start, end, settings)
    return
  }

  // `<pre>`: every line break ends a line.
  let from = 0
  while (from <= value.length) {
    const newline = value.indexOf('\n', from)
    const to = newline === -1 ? value.length : newline
    builder.addText(
      value.slice(from, to),
      start < 0 ? -1 : start + from,
      start < 0 ? -1 : start + to,
      settings
    )
    if (newline === -1) break
    flush()
    from = newline + 1
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

/** Class and id tokens of menus and footers, where no title or field is. */
const navigationTokens = new Set([
  'nav',
  'navbar',
  'menu',
  'mainmenu',
  'footer',
  'foot',
  'breadcrumb',
  'breadcrumbs',
  'crumb',
  'crumbs',
  'copyright'
])

/** Menus and footers around the article: skipped, they hold no metadata. */
function isNavigation(element: Element): boolean {
  if (element.tagName === 'nav' || element.tagName === 'footer') return true
  if (element.properties['id'] === undefined && element.properties['className'] === undefined)
    return false
  for (const token of [idOf(element), ...classNames(element)]) {
    if (navigationTokens.has(token)) return true
    if (/[_-]/.test(token) && token.split(/[_-]+/).some((part) => navigationTokens.has(part)))
      return true
  }

  return false
}

/** A share bar, toolbar or QR widget inside the article container. */
function isWidget(element: Element): boolean {
  if (element.tagName === 'nav' || element.tagName === 'footer') return true
  if (element.properties['id'] === undefined && element.properties['className'] === undefined)
    return false
  const tokens = [idOf(element), ...classNames(element)]
  return tokens.some((token) => widgetTokens.has(token))
}

/** The text of a small element, at most `limit` characters (`''` when longer). */
export function boundedText(element: Element, limit = 16): string {
  let text = ''
  const stack: Array<ElementContent> = [...element.children].reverse()
  let budget = 64

  while (stack.length > 0) {
    if (--budget < 0) return ''
    const node = stack.pop()
    if (node === undefined) break
    if (node.type === 'text') {
      text += node.value
      if (text.length > limit * 4) return ''
    } else if (node.type === 'element') {
      if (nonTextElements.has(node.tagName)) continue
      for (let index = node.children.length - 1; index >= 0; index--) {
        const child = node.children[index]
        if (child !== undefined) stack.push(child)
      }
    }
  }

  const trimmed = text.trim()
  return trimmed.length > limit ? '' : trimmed
}
