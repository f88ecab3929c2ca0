/**
 * Where the article is: the ZJEG_RSS comment range, a known CMS container,
 * or the element the scoring fallback picked.
 */
import type {Element, ElementContent} from 'hast'
import type {ParentNode} from './hast.js'
import type {ElementStats, Marker, PageScan} from './scan.js'

export interface Container {
  /** The nodes holding the article, in document order. */
  nodes: Array<ElementContent>
  /** How it was found: a selector (`#zoom`), `comments`, or `score`. */
  found: string
}

/** Least article text (Han characters and punctuation) a marker must hold. */
const minMarkerText = 20

/** Markers of this rank or worse are generic (`#content`): refine them by score. */
const genericRank = 5

export function chooseContainer(scan: PageScan): Container | null {
  if (scan.range !== null && measureNodes(scan, scan.range.nodes) >= minMarkerText) {
    return {nodes: scan.range.nodes, found: 'comments'}
  }

  const usable = scan.markers.filter((marker) => textOf(scan, marker.element) >= minMarkerText)
  usable.sort((a, b) => a.rank - b.rank)
  const best = usable[0]

  if (best !== undefined && best.rank < genericRank) {
    return {nodes: sameMarkerRun(scan, usable, best), found: best.selector}
  }

  if (best !== undefined) {
    // A generic container (`#content`, `.view`) may hold the whole main
    // column: take the best-scoring element inside it when there is one.
    const inner = scan.best !== null && isInside(scan, scan.best, best.element)
    return {nodes: [inner && scan.best ? scan.best : best.element], found: best.selector}
  }

  if (scan.best !== null) return {nodes: [scan.best], found: 'score'}
  return null
}

/**
 * Some editors split an article over several containers of one kind
 * (consecutive `div.TRS_Editor`): take every one of the best marker's
 * selector that is not inside another and not a copy of an earlier one.
 */
function sameMarkerRun(scan: PageScan, markers: Array<Marker>, best: Marker): Array<Element> {
  const same = markers
    .filter((marker) => marker.selector === best.selector)
    .map((marker) => marker.element)
  const kept: Array<Element> = []
  const seen = new Set<string>()

  for (const element of documentOrder(scan, same)) {
    if (kept.some((outer) => isInside(scan, element, outer))) continue
    const signature = signatureOf(scan, element)
    if (seen.has(signature)) continue
    seen.add(signature)
    kept.push(element)
  }

  return kept
}

/** Elements sorted by their start offset (markers are collected in order already). */
function documentOrder(_scan: PageScan, elements: Array<Element>): Array<Element> {
  return [...elements].sort(
    (a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0)
  )
}

/** A cheap identity of an element's text, to spot a duplicated body. */
function signatureOf(scan: PageScan, element: Element): string {
  const stats = scan.stats.get(element)
  return String(stats?.text ?? 0) + ':' + String(stats?.link ?? 0) + ':' + firstText(element)
}

function firstText(element: Element): string {
  const stack: Array<ElementContent> = [...element.children].reverse()
  let text = ''
  while (stack.length > 0 && text.length < 40) {
    const node = stack.pop()
    if (node === undefined) break
    if (node.type === 'text') text += node.value.replace(/\s+/g, '')
    else if (node.type === 'element') {
      for (let index = node.children.length - 1; index >= 0; index--) {
        const child = node.children[index]
        if (child !== undefined) stack.push(child)
      }
    }
  }

  return text.slice(0, 40)
}

function textOf(scan: PageScan, element: Element): number {
  const stats: ElementStats | undefined = scan.stats.get(element)
  return stats === undefined ? 0 : stats.text
}

function measureNodes(scan: PageScan, nodes: Array<ElementContent>): number {
  let total = 0
  for (const node of nodes) {
    if (node.type === 'element') total += textOf(scan, node)
    else if (node.type === 'text') total += node.value.replace(/\s+/g, '').length
  }

  return total
}

/** Whether `inner` is `outer` or inside it. */
export function isInside(scan: PageScan, inner: Element, outer: Element): boolean {
  let current: ParentNode | undefined = inner
  while (current !== undefined && current.type === 'element') {
    if (current === outer) return true
    current = scan.parents.get(current)
  }

  return false
}
