/**
 * Where the article is: the ZJEG_RSS comment range, a known CMS container,
 * or the element the scoring fallback picked.
 */
import type {Element, ElementContent, Root} from 'hast'
import {bestByScore, type Marker, measureText, type PageScan} from './scan.js'

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

export function chooseContainer(tree: Root, scan: PageScan): Container | null {
  if (scan.range !== null && measureText(scan.range.nodes).text >= minMarkerText) {
    return {nodes: scan.range.nodes, found: 'comments'}
  }

  const measured = new Map<Element, {text: number; link: number}>()
  const measure = (element: Element) => {
    let result = measured.get(element)
    if (result === undefined) {
      result = measureText([element])
      measured.set(element, result)
    }

    return result
  }

  const ranked = [...scan.markers].sort((a, b) => a.rank - b.rank)
  const best = ranked.find((marker) => measure(marker.element).text >= minMarkerText)

  if (best !== undefined && best.rank < genericRank) {
    const same = ranked.filter(
      (marker) => marker.selector === best.selector && measure(marker.element).text >= minMarkerText
    )
    return {nodes: sameMarkerRun(same, measure), found: best.selector}
  }

  if (best !== undefined) {
    // A generic container (`#content`, `.view`) may hold the whole main
    // column: take the best-scoring element inside it when there is one.
    return {nodes: [bestByScore(best.element) ?? best.element], found: best.selector}
  }

  const scored = bestByScore(tree)
  return scored === null ? null : {nodes: [scored], found: 'score'}
}

/**
 * Some editors split an article over several containers of one kind
 * (consecutive `div.TRS_Editor`): take every one that is not inside
 * another and not a copy of an earlier one.
 */
function sameMarkerRun(
  markers: Array<Marker>,
  measure: (element: Element) => {text: number; link: number}
): Array<Element> {
  const same = [...markers].sort(
    (a, b) => (a.element.position?.start.offset ?? 0) - (b.element.position?.start.offset ?? 0)
  )
  const kept: Array<Element> = []
  const seen = new Set<string>()

  for (const marker of same) {
    if (kept.some((outer) => isInside(marker.element, outer))) continue
    // A cheap identity of the text, to spot a copy of the body.
    const {text, link} = measure(marker.element)
    const signature = String(text) + ':' + String(link) + ':' + firstText(marker.element)
    if (seen.has(signature)) continue
    seen.add(signature)
    kept.push(marker.element)
  }

  return kept
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

/** Whether `inner` is `outer` or inside it, by source position. */
export function isInside(inner: Element, outer: Element): boolean {
  if (inner === outer) return true
  const a = inner.position
  const b = outer.position
  if (!a || !b || a.start.offset === undefined || b.start.offset === undefined) return false
  return (
    b.start.offset <= a.start.offset &&
    (a.end.offset ?? a.start.offset) <= (b.end.offset ?? Number.POSITIVE_INFINITY)
  )
}
