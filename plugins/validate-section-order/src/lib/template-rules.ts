/**
 * `template-missing` and `template-order`: the parts of the chosen profile
 * are all there, and in the official order.
 */
import type {Root, TemplatePart} from '@baogao/core'
import type {Point, Position} from 'unist'
import {placeOf} from './outline.js'
import {partLabels} from './parts.js'
import type {Layout, Occurrence} from './template.js'
import {profiles, rankIn, rootChildOf} from './template.js'

export interface TemplateMissingOptions {
  /** Parts never reported missing (default: none). */
  ignore?: Array<TemplatePart> | undefined
}

export interface TemplateFinding {
  place: Position | Point | undefined
  reason: string
}

/** Which parts of the layout's profile were found, for `file.data`. */
export function templatePartsOf(layout: Layout): Partial<Record<TemplatePart, boolean>> {
  const result: Partial<Record<TemplatePart, boolean>> = {}
  for (const item of profiles[layout.profile]) {
    result[item.part] = layout.occurrences.some((occurrence) => occurrence.part === item.part)
  }

  return result
}

/** First occurrence of each part, in document order. */
function firsts(layout: Layout): Array<Occurrence> {
  const seen = new Set<TemplatePart>()
  const result: Array<Occurrence> = []
  for (const occurrence of layout.occurrences) {
    if (occurrence.folded || seen.has(occurrence.part)) continue
    seen.add(occurrence.part)
    result.push(occurrence)
  }

  return result
}

export function checkMissing(
  tree: Root,
  layout: Layout,
  options: TemplateMissingOptions
): Array<TemplateFinding> {
  const spec = profiles[layout.profile]
  const present = firsts(layout)
  const found = new Set(layout.occurrences.map((occurrence) => occurrence.part))
  const ignored = new Set(options.ignore ?? [])
  const findings: Array<TemplateFinding> = []

  for (const item of spec) {
    if (!item.required || found.has(item.part) || ignored.has(item.part)) continue
    const rank = rankIn(spec, item.part)
    const next = present.find((occurrence) => rankIn(spec, occurrence.part) > rank)
    const previous = present.findLast((occurrence) => rankIn(spec, occurrence.part) < rank)
    let where: string
    let place: Position | Point | undefined

    if (next) {
      where = 'before part `' + partLabels[next.part] + '`'
      place = placeOfNode(next)
    } else if (previous) {
      where = 'after part `' + partLabels[previous.part] + '`'
      place = endPlace(tree, layout)
    } else {
      where = 'in the report'
      place = endPlace(tree, layout)
    }

    findings.push({
      place,
      reason:
        'Unexpected missing part `' +
        partLabels[item.part] +
        '`, expected it ' +
        where +
        ' in profile `' +
        layout.profile +
        '`'
    })
  }

  return findings
}

/**
 * Report parts out of the official order: the parts outside the longest
 * run in order; between equally long runs, the earlier part is reported
 * (a plans part before the shortcomings is the one out of place).
 */
export function checkOrder(layout: Layout): Array<TemplateFinding> {
  const spec = profiles[layout.profile]
  const present = firsts(layout)
  const ranks = present.map((occurrence) => rankIn(spec, occurrence.part))
  const keep = longestIncreasing(ranks)
  const findings: Array<TemplateFinding> = []

  present.forEach((occurrence, index) => {
    if (keep.has(index)) return
    const rank = ranks[index] ?? 0
    const laterKept = [...keep].filter((kept) => kept > index)
    const earlierKept = [...keep].filter((kept) => kept < index)
    const blocking = laterKept.find((kept) => (ranks[kept] ?? 0) < rank)
    const blocked = earlierKept.findLast((kept) => (ranks[kept] ?? 0) > rank)
    const other = blocking ?? blocked
    const otherPart = other === undefined ? undefined : present[other]?.part
    if (otherPart === undefined) return
    const relation = blocking === undefined ? 'after' : 'before'
    findings.push({
      place: placeOfNode(occurrence),
      reason:
        'Unexpected part `' +
        partLabels[occurrence.part] +
        '` ' +
        relation +
        ' part `' +
        partLabels[otherPart] +
        '`, expected it ' +
        (relation === 'before' ? 'after' : 'before') +
        ' in profile `' +
        layout.profile +
        '`'
    })
  })

  return findings
}

/**
 * Indices of a longest strictly increasing subsequence of `values`; among
 * equally long ones, the one that drops the earliest values.
 */
function longestIncreasing(values: ReadonlyArray<number>): Set<number> {
  let best: Array<number> = []
  const total = 1 << values.length

  // Templates have at most a handful of parts: try every subset.
  for (let mask = total - 1; mask >= 0; mask--) {
    const chosen: Array<number> = []
    let increasing = true
    for (let index = 0; index < values.length; index++) {
      if ((mask & (1 << index)) === 0) continue
      const previous = chosen.at(-1)
      if (previous !== undefined && (values[previous] ?? 0) >= (values[index] ?? 0)) {
        increasing = false
        break
      }

      chosen.push(index)
    }

    if (!increasing) continue
    if (chosen.length > best.length || (chosen.length === best.length && dropsEarlier(chosen, best, values.length))) {
      best = chosen
    }
  }

  return new Set(best)
}

/** Whether `left` drops an earlier index than `right` (keeps later ones). */
function dropsEarlier(left: Array<number>, right: Array<number>, length: number): boolean {
  for (let index = 0; index < length; index++) {
    const inLeft = left.includes(index)
    const inRight = right.includes(index)
    if (inLeft !== inRight) return inRight
  }

  return false
}

function placeOfNode(occurrence: Occurrence): Position | Point | undefined {
  const node = occurrence.node
  if (node.type === 'section') return placeOf(node)
  return node.position?.start
}

/** Where an absent last part would be: after the last section. */
function endPlace(tree: Root, layout: Layout): Position | Point | undefined {
  const last = layout.sections.at(-1)
  if (!last) return tree.children[0]?.position?.start
  const holder = rootChildOf(tree, last)
  const after = tree.children[tree.children.indexOf(holder) + 1]
  return after?.position?.start ?? holder.position?.end
}
