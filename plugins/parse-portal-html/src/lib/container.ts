/**
 * Where the article is: the ZJEG_RSS comment range, a known CMS container,
 * or the element the scoring fallback picked.
 */
import type {Element, ElementContent, Root} from 'hast'
import {bestByScore, hasText, type Marker, measureText, type PageScan} from './scan.js'

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
  if (scan.range !== null && hasText(scan.range.nodes, minMarkerText)) {
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

  const enough = new Map<Element, boolean>()
  const holdsText = (element: Element) => {
    let result = enough.get(element)
    if (result === undefined) {
      result = hasText([element], minMarkerText)
      enough.set(element, result)
    }

    return result
  }

  const ranked = [...scan.markers].sort((a, b) => a.rank - b.rank)
  const best = ranked.find((marker) => holdsText(marker.element))

  if (best !== undefined && best.rank < genericRank) {
    const same = ranked.filter(
      (marker) => marker.selector === best.selector && holdsText(marker.element)
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

/** Most markup between two blocks of one article split by the editor. */
const maxSplitGap = 3000

/**
 * Some editors split an article over several containers of one kind
 * (consecutive `div.TRS_Editor`): take the biggest and the ones right
 * before and after it, not nested and not a copy of one already taken.
 */
function sameMarkerRun(
  markers: Array<Marker>,
  measure: (element: Element) => {text: number; link: number}
): Array<Element> {
  const sorted = [...markers].sort(
    (a, b) => (a.element.position?.start.offset ?? 0) - (b.element.position?.start.offset ?? 0)
  )
  const blocks: Array<Element> = []
  for (const marker of sorted) {
    if (!blocks.some((outer) => isInside(marker.element, outer))) blocks.push(marker.element)
  }

  // The usual case, one container: nothing to compare.
  if (blocks.length === 1) return blocks

  let biggest = 0
  blocks.forEach((element, index) => {
    if (measure(element).text > measure(blocks[biggest] as Element).text) biggest = index
  })

  const signature = (element: Element): string => {
    const {text, link} = measure(element)
    return String(text) + ':' + String(link) + ':' + firstText(element)
  }

  const first = blocks[biggest] as Element
  const kept: Array<Element> = [first]
  const seen = new Set([signature(first)])
  const gap = (before: Element, after: Element): number =>
    (after.position?.start.offset ?? 0) - (before.position?.end.offset ?? 0)

  for (let index = biggest - 1; index >= 0; index--) {
    const element = blocks[index] as Element
    if (gap(element, kept[0] as Element) > maxSplitGap) break
    if (seen.has(signature(element))) continue
    seen.add(signature(element))
    kept.unshift(element)
  }

  for (let index = biggest + 1; index < blocks.length; index++) {
    const element = blocks[index] as Element
    if (gap(kept.at(-1) as Element, element) > maxSplitGap) break
    if (seen.has(signature(element))) continue
    seen.add(signature(element))
    kept.push(element)
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
