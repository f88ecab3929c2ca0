/**
 * One pass over the page: `<meta>` and `<title>` elements, the CMS markers
 * of article containers, the ZJEG_RSS comments, and per-element text
 * measures for the scoring fallback.
 */
import type {Comment, Element, ElementContent, Root} from 'hast'
import {
  blockElements,
  classNames,
  idOf,
  isHidden,
  isTokenOrPart,
  nonTextElements,
  type ParentNode,
  someIdOrClass,
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
  nodes: Array<ElementContent>
}

export interface PageScan {
  metas: Array<Element>
  title: Element | null
  /** Known containers outside hidden elements, in document order. */
  markers: Array<Marker>
  range: CommentRange | null
}

/** A begin or end marker of the comment range, with its ancestors. */
interface RangeMark {
  node: Comment | Element
  /** Root first, down to the marker's parent. */
  ancestors: Array<ParentNode>
}

const beginComments = new Set(['zjeg_rss.content.begin'])
const endComments = new Set(['zjeg_rss.content.end'])

/** Shortest run of inline text that counts as a paragraph. */
const minParagraph = 6

/**
 * The cheap pass every page gets: meta tags, `<title>`, CMS markers and
 * the ZJEG_RSS range. Hidden elements (a print copy) are not looked into.
 */
export function scanPage(tree: Root): PageScan {
  const scan: PageScan = {metas: [], title: null, markers: [], range: null}
  let begin: RangeMark | null = null
  let end: RangeMark | null = null
  // The walk, inlined (as `walk` in `hast.ts` does it): the elements open,
  // root first, are the ancestors of the node visited.
  const parents: Array<ParentNode> = [tree]
  const indices: Array<number> = [0]

  while (parents.length > 0) {
    const top = parents.length - 1
    const parent = parents[top] as ParentNode
    const index = indices[top] as number
    const node: ElementContent | Root['children'][number] | undefined = parent.children[index]

    if (node === undefined) {
      parents.pop()
      indices.pop()
      continue
    }

    indices[top] = index + 1

    if (node.type === 'comment') {
      const value = node.value.trim().toLowerCase()
      if (begin === null && beginComments.has(value)) begin = {node, ancestors: parents.slice()}
      else if (begin !== null && end === null && endComments.has(value)) {
        end = {node, ancestors: parents.slice()}
      }

      continue
    }

    if (node.type !== 'element') continue
    const name = node.tagName

    if (name === 'meta') {
      scan.metas.push(node)
      const metaName = String(node.properties['name'] ?? '').toLowerCase()
      if (begin === null && metaName === 'contentstart') begin = {node, ancestors: parents.slice()}
      else if (begin !== null && end === null && metaName === 'contentend') {
        end = {node, ancestors: parents.slice()}
      }

      continue
    }

    if (name === 'title') {
      if (scan.title === null) scan.title = node
      continue
    }

    if (name !== 'head' && (nonTextElements.has(name) || isHidden(node))) continue
    if (hasIdOrClass(node)) addMarker(scan, node)
    parents.push(node)
    indices.push(0)
  }

  if (begin !== null && end !== null) scan.range = rangeBetween(begin, end)
  return scan
}

/** An element open on the scoring walk, with what it gathered so far. */
interface Frame {
  /** Han characters and prose punctuation outside links. */
  text: number
  /** Han characters and prose punctuation inside links. */
  linkText: number
  /** Paragraph score gathered from this element's text blocks. */
  score: number
  /** Han characters reaching this element through inline descendants. */
  inline: number
  inlinePunctuation: number
  /** Hidden or chrome: its paragraphs do not score. */
  quiet: boolean
  link: boolean
  block: boolean
}

/**
 * The scoring fallback: the element under `node` holding the most prose
 * (Han characters, punctuation weighted), as Readability scores pages but
 * counting Chinese text instead of words, penalised by link density.
 * Hidden and chrome elements (`nav`, `.footer`, `.share`…) do not score.
 */
export function bestByScore(node: Root | Element): Element | null {
  let best: Element | null = null
  let bestScore = 0
  let linkDepth = 0
  let quietDepth = 0
  const open: Array<Frame> = []

  walk(
    node,
    (child) => {
      if (child.type === 'text') {
        const frame = open[open.length - 1]
        if (frame === undefined) return undefined
        let weight = 0
        let punctuation = 0
        const value = child.value
        for (let index = 0; index < value.length; index++) {
          const code = value.charCodeAt(index)
          if (code < 0x2c) continue
          if (isHanCode(code)) weight++
          else if (isProsePunctuation(code)) punctuation++
        }

        if (linkDepth > 0) frame.linkText += weight + punctuation
        else {
          frame.text += weight + punctuation
          frame.inline += weight
          frame.inlinePunctuation += punctuation
        }

        return undefined
      }

      if (child.type !== 'element') return undefined
      const name = child.tagName
      if (nonTextElements.has(name)) return 'skip'
      const quiet = isHidden(child) || chromeElements.has(name) || hasChromeToken(child)
      if (quiet) quietDepth++
      const link = name === 'a'
      if (link) linkDepth++
      open.push({
        text: 0,
        linkText: 0,
        score: 0,
        inline: 0,
        inlinePunctuation: 0,
        quiet,
        link,
        block: blockElements.has(name)
      })
      return undefined
    },
    (element) => {
      if (element.type !== 'element') return undefined
      const frame = open.pop()
      if (frame === undefined) return undefined
      const quiet = frame.quiet
      if (frame.link) linkDepth--
      if (quiet) quietDepth--
      const parent = open[open.length - 1]

      if (parent) {
        parent.text += frame.text
        parent.linkText += frame.linkText
      }

      if (!frame.block && element.tagName !== 'br') {
        // Inline: its text is part of the enclosing block's paragraph.
        if (parent && !quiet) {
          parent.inline += frame.inline
          parent.inlinePunctuation += frame.inlinePunctuation
        }
      } else if (frame.inline >= minParagraph && quietDepth === 0 && !quiet) {
        // A paragraph: it scores for itself, its parent and grandparent,
        // so the element holding most paragraphs wins.
        const paragraph = frame.inline + 5 * frame.inlinePunctuation
        frame.score += paragraph
        if (parent) parent.score += paragraph
        const grandparent = open[open.length - 2]
        if (grandparent) grandparent.score += paragraph / 2
      }

      if (quiet || quietDepth > 0 || element.tagName === 'html') return undefined
      const total = frame.text + frame.linkText
      const density = total === 0 ? 0 : frame.linkText / total
      const adjusted = frame.score * (1 - density)
      // `>=`: a parent exits after its children and wins ties.
      if (adjusted > 0 && adjusted >= bestScore) {
        bestScore = adjusted
        best = element
      }

      return undefined
    }
  )

  return best
}

/** Han characters and prose punctuation of nodes, outside and inside links. */
export function measureText(nodes: Array<ElementContent>): {text: number; link: number} {
  const result = {text: 0, link: 0}
  for (const node of nodes) {
    let linkDepth = 0
    walk(
      node,
      (child) => {
        if (child.type === 'text') {
          let count = 0
          for (let index = 0; index < child.value.length; index++) {
            const code = child.value.charCodeAt(index)
            if (isHanCode(code) || isProsePunctuation(code)) count++
          }

          if (linkDepth > 0) result.link += count
          else result.text += count
          return undefined
        }

        if (child.type !== 'element') return undefined
        if (nonTextElements.has(child.tagName) || isHidden(child)) return 'skip'
        if (child.tagName === 'a') linkDepth++
        return undefined
      },
      (element) => {
        if (element.type === 'element' && element.tagName === 'a') linkDepth--
        return undefined
      }
    )
  }

  return result
}

/**
 * Whether nodes hold at least `least` Han characters and prose punctuation
 * outside links (as `measureText` counts them), reading no further than
 * needed: a container is usually the whole article.
 */
export function hasText(nodes: Array<ElementContent>, least: number): boolean {
  let count = 0
  // Nodes to read, last first; `null` closes a link.
  const stack: Array<ElementContent | null> = [...nodes].reverse()
  let linkDepth = 0

  while (stack.length > 0) {
    const node = stack.pop()
    if (node === undefined) break
    if (node === null) {
      linkDepth--
      continue
    }

    if (node.type === 'text') {
      if (linkDepth > 0) continue
      const value = node.value
      for (let index = 0; index < value.length; index++) {
        const code = value.charCodeAt(index)
        if ((isHanCode(code) || isProsePunctuation(code)) && ++count >= least) return true
      }

      continue
    }

    if (node.type !== 'element') continue
    if (nonTextElements.has(node.tagName) || isHidden(node)) continue
    if (node.tagName === 'a') {
      linkDepth++
      stack.push(null)
    }

    for (let index = node.children.length - 1; index >= 0; index--) {
      const child = node.children[index]
      if (child !== undefined) stack.push(child)
    }
  }

  return false
}

function hasIdOrClass(element: Element): boolean {
  return element.properties['id'] !== undefined || element.properties['className'] !== undefined
}

function addMarker(scan: PageScan, element: Element): void {
  const id = idOf(element)
  let best: Marker | null = null
  const idRank = id === '' ? undefined : markerIds.get(id)
  if (idRank !== undefined)
    best = {element, rank: idRank, selector: '#' + String(element.properties['id'])}

  // `class="view TRS_UEDITOR trs_paper_default"`: the most specific wins.
  for (const name of classNames(element)) {
    const rank = markerClasses.get(name)
    if (rank !== undefined && (best === null || rank < best.rank))
      best = {element, rank, selector: '.' + name}
  }

  if (best !== null) scan.markers.push(best)
}

/** Whether the element's id or a class is a chrome token (`footer`, `main-nav`). */
function hasChromeToken(element: Element): boolean {
  return someIdOrClass(element, isChromeToken)
}

/** A chrome token, made once rather than a closure per element asked. */
function isChromeToken(token: string): boolean {
  return isTokenOrPart(token, chromeTokens)
}

/**
 * The nodes between two markers: siblings between them when they share a
 * parent, else the children of their nearest common ancestor that hold them.
 */
function rangeBetween(begin: RangeMark, end: RangeMark): CommentRange | null {
  const beginPath = [...begin.ancestors, begin.node]
  const endPath = [...end.ancestors, end.node]
  let common = 0
  while (common < beginPath.length && beginPath[common] === endPath[common]) common++
  const ancestor = beginPath[common - 1]
  const beginChild = beginPath[common]
  const endChild = endPath[common]
  if (ancestor === undefined || beginChild === undefined || endChild === undefined) return null
  if (ancestor.type !== 'element' && ancestor.type !== 'root') return null
  const children = ancestor.children as Array<ElementContent>
  const from = children.indexOf(beginChild as ElementContent)
  const to = children.indexOf(endChild as ElementContent)
  if (from === -1 || to < from) return null
  // The marker itself is not content; an element holding it is.
  const start = beginChild === begin.node ? from + 1 : from
  const stop = endChild === end.node ? to : to + 1
  return {nodes: children.slice(start, stop)}
}
