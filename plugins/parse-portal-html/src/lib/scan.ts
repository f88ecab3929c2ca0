/**
 * One pass over the page: `<meta>` and `<title>` elements, the CMS markers
 * of article containers, the ZJEG_RSS comments, and per-element text
 * measures for the scoring fallback.
 */
import type {Comment, Element, Root} from 'hast'
import {
  blockElements,
  classNames,
  idOf,
  isHidden,
  nonTextElements,
  type ParentNode,
  walk
} from './hast.js'
import {isHanCode, isProsePunctuation} from './text.js'

/** Known article containers, best first (a lower rank wins). */
const markerIds = new Map<string, number>([
  ['ucap-content', 1],
  ['zoom', 3],
  ['fontzoom', 3],
  ['zoomcon', 3],
  ['ivs_content', 3],
  ['art_content', 4],
  ['article_content', 4],
  ['article-content', 4],
  ['articlecontent', 4],
  ['news_content', 4],
  ['newscontent', 4],
  ['detail-content', 4],
  ['detail_content', 4],
  ['zwnr', 4],
  ['zw', 4],
  ['xxgk_content', 4],
  ['content', 5],
  ['article', 5],
  ['main-content', 5],
  ['maincontent', 5]
])

const markerClasses = new Map<string, number>([
  ['trs_editor', 2],
  ['trs_ueditor', 2],
  ['trs_paper_default', 2],
  ['trs_editor_view', 2],
  ['wzy_content', 4],
  ['pages_content', 4],
  ['article-content', 4],
  ['article_content', 4],
  ['articlecontent', 4],
  ['art_con', 4],
  ['news_content', 4],
  ['news-content', 4],
  ['newscontent', 4],
  ['content_text', 4],
  ['contenttext', 4],
  ['detail-content', 4],
  ['detail_content', 4],
  ['xxgk_content', 4],
  ['zwnr', 4],
  ['bt_content', 4],
  ['view', 5],
  ['content', 5],
  ['article', 5],
  ['main-content', 5],
  ['maincontent', 5]
])

/**
 * Class and id tokens of page chrome, kept out of the scoring fallback
 * (whole tokens only: `nav`, not `canvas`).
 */
const chromeTokens = new Set([
  'nav',
  'navbar',
  'menu',
  'header',
  'footer',
  'foot',
  'breadcrumb',
  'breadcrumbs',
  'crumb',
  'crumbs',
  'share',
  'bdshare',
  'toolbar',
  'copyright',
  'qrcode',
  'ewm',
  'erweima',
  'login',
  'sidebar'
])

const chromeElements = new Set(['header', 'nav', 'footer', 'aside'])

export interface Marker {
  element: Element
  rank: number
  /** The selector that matched, for messages: `#zoom`, `.TRS_Editor`. */
  selector: string
}

export interface CommentRange {
  /** The nodes between the begin and end markers. */
  nodes: Array<Element | Comment | import('hast').Text>
}

export interface ElementStats {
  /** Han characters and prose punctuation outside links. */
  text: number
  /** Han characters and prose punctuation inside links. */
  link: number
  /** Paragraph score gathered from this element's text blocks. */
  score: number
  /** Text reaching this element through inline descendants. */
  inline: number
  inlinePunctuation: number
}

export interface PageScan {
  metas: Array<Element>
  title: Element | null
  body: Element | null
  markers: Array<Marker>
  range: CommentRange | null
  stats: Map<Element, ElementStats>
  /** Best element by the scoring fallback (hidden and chrome skipped). */
  best: Element | null
  /** Every element's parent (for ancestry tests). */
  parents: Map<Element, ParentNode>
}

const beginComments = new Set(['zjeg_rss.content.begin', 'contentstart'])
const endComments = new Set(['zjeg_rss.content.end', 'contentend'])

/** Shortest run of inline text that counts as a paragraph. */
const minParagraph = 6

export function scanPage(tree: Root): PageScan {
  const scan: PageScan = {
    metas: [],
    title: null,
    body: null,
    markers: [],
    range: null,
    stats: new Map(),
    best: null,
    parents: new Map()
  }
  let begin: {parent: ParentNode; node: Comment | Element} | null = null
  let end: {parent: ParentNode; node: Comment | Element} | null = null
  let linkDepth = 0
  /** Depth inside hidden or chrome subtrees (scored as nothing). */
  let quietDepth = 0
  const quiet = new Set<Element>()
  const open: Array<Element> = []
  let bestScore = 0

  walk(
    tree,
    (node, parent) => {
      if (node.type === 'comment') {
        const value = node.value.trim().toLowerCase()
        if (parent && beginComments.has(value) && begin === null) begin = {parent, node}
        if (parent && endComments.has(value) && begin !== null && end === null) end = {parent, node}
        return undefined
      }

      if (node.type === 'text') {
        if (open.length === 0) return undefined
        let weight = 0
        let punctuation = 0
        const value = node.value
        for (let index = 0; index < value.length; index++) {
          const code = value.charCodeAt(index)
          if (isHanCode(code)) weight++
          else if (isProsePunctuation(code)) punctuation++
        }

        const holder = scan.stats.get(open[open.length - 1] as Element)
        if (holder === undefined) return undefined
        if (linkDepth > 0) holder.link += weight + punctuation
        else {
          holder.text += weight + punctuation
          holder.inline += weight
          holder.inlinePunctuation += punctuation
        }

        return undefined
      }

      if (node.type !== 'element') return undefined
      if (parent) scan.parents.set(node, parent)
      const name = node.tagName

      if (name === 'meta') {
        scan.metas.push(node)
        const metaName = String(node.properties['name'] ?? '').toLowerCase()
        if (parent && metaName === 'contentstart' && begin === null) begin = {parent, node}
        if (parent && metaName === 'contentend' && begin !== null && end === null) end = {parent, node}
        return 'skip'
      }

      if (name === 'title') {
        if (scan.title === null) scan.title = node
        return 'skip'
      }

      if (name === 'body' && scan.body === null) scan.body = node
      if (nonTextElements.has(name) && name !== 'head') return 'skip'

      const hidden = isHidden(node)
      if (!hidden) addMarkers(scan, node)
      if (hidden || chromeElements.has(name) || hasChromeToken(node)) {
        quiet.add(node)
        quietDepth++
      }

      if (name === 'a') linkDepth++
      scan.stats.set(node, {text: 0, link: 0, score: 0, inline: 0, inlinePunctuation: 0})
      open.push(node)
      return undefined
    },
    (node) => {
      if (node.type !== 'element') return undefined
      open.pop()
      const stats = scan.stats.get(node)
      if (node.tagName === 'a') linkDepth--
      if (quiet.has(node)) quietDepth--
      if (stats === undefined) return undefined
      const parent = open[open.length - 1]
      const parentStats = parent === undefined ? undefined : scan.stats.get(parent)

      if (parentStats) {
        parentStats.text += stats.text
        parentStats.link += stats.link
      }

      if (!blockElements.has(node.tagName) && node.tagName !== 'br') {
        // Inline: its text is part of the enclosing block's paragraph.
        if (parentStats && !quiet.has(node)) {
          parentStats.inline += stats.inline
          parentStats.inlinePunctuation += stats.inlinePunctuation
        }
      } else if (stats.inline >= minParagraph && quietDepth === 0 && !quiet.has(node)) {
        // A paragraph: it scores for itself, its parent and grandparent,
        // as Readability does, so the element holding most paragraphs wins.
        const paragraph = stats.inline + 5 * stats.inlinePunctuation
        stats.score += paragraph
        if (parentStats) parentStats.score += paragraph
        const grandparent = open[open.length - 2]
        const grandStats = grandparent === undefined ? undefined : scan.stats.get(grandparent)
        if (grandStats) grandStats.score += paragraph / 2
      }

      if (quiet.has(node) || quietDepth > 0) return undefined
      const total = stats.text + stats.link
      const density = total === 0 ? 0 : stats.link / total
      const adjusted = stats.score * (1 - density)
      // `>=`: a parent exits after its children and wins ties.
      if (adjusted > 0 && adjusted >= bestScore && node.tagName !== 'html') {
        bestScore = adjusted
        scan.best = node
      }

      return undefined
    }
  )

  if (begin !== null && end !== null) scan.range = rangeBetween(scan, begin, end)
  return scan
}

function addMarkers(scan: PageScan, element: Element): void {
  const id = idOf(element)
  const idRank = id === '' ? undefined : markerIds.get(id)
  if (idRank !== undefined) {
    scan.markers.push({element, rank: idRank, selector: '#' + String(element.properties['id'])})
    return
  }

  for (const name of classNames(element)) {
    const rank = markerClasses.get(name)
    if (rank !== undefined) {
      scan.markers.push({element, rank, selector: '.' + name})
      return
    }
  }
}

function hasChromeToken(element: Element): boolean {
  const tokens = [idOf(element), ...classNames(element)].flatMap((value) =>
    value.split(/[\s_-]+/)
  )
  return tokens.some((token) => chromeTokens.has(token))
}

/**
 * The nodes between two markers: siblings between them when they share a
 * parent, else the children of their nearest common ancestor that hold them.
 */
function rangeBetween(
  scan: PageScan,
  begin: {parent: ParentNode; node: Comment | Element},
  end: {parent: ParentNode; node: Comment | Element}
): CommentRange | null {
  if (begin.parent === end.parent) {
    const children = begin.parent.children
    const from = children.indexOf(begin.node)
    const to = children.indexOf(end.node)
    if (from === -1 || to <= from) return null
    return {nodes: children.slice(from + 1, to) as CommentRange['nodes']}
  }

  const beginPath = pathTo(scan, begin.parent, begin.node)
  const endPath = pathTo(scan, end.parent, end.node)
  let common = 0
  while (common < beginPath.length && beginPath[common] === endPath[common]) common++
  const ancestor = beginPath[common - 1]
  const beginChild = beginPath[common]
  const endChild = endPath[common]
  if (ancestor === undefined || beginChild === undefined || endChild === undefined) return null
  if (ancestor.type !== 'element' && ancestor.type !== 'root') return null
  const children = ancestor.children as Array<ParentNode | Comment>
  const from = children.indexOf(beginChild)
  const to = children.indexOf(endChild)
  if (from === -1 || to < from) return null
  // The marker itself is not content; an element holding it is.
  const start = beginChild === begin.node ? from + 1 : from
  const stop = endChild === end.node ? to : to + 1
  return {nodes: children.slice(start, stop) as CommentRange['nodes']}
}

/** Ancestors from the root down to `node` itself. */
function pathTo(
  scan: PageScan,
  parent: ParentNode,
  node: Comment | Element
): Array<ParentNode | Comment> {
  const path: Array<ParentNode | Comment> = [node]
  let current: ParentNode | undefined = parent
  while (current !== undefined) {
    path.unshift(current)
    current = current.type === 'element' ? scan.parents.get(current) : undefined
  }

  return path
}
