/**
 * Template profiles and where a report's template parts are.
 *
 * Parts are found in top-level headings and in unnumbered closing
 * paragraphs. The first part of a profile *spans*: every unmatched
 * top-level section before the next part belongs to it (part 1 of an
 * annual report is often nine thematic sections).
 */
import type {
  Heading,
  Nodes,
  Paragraph,
  Root,
  Section,
  TemplatePart
} from '@baogao/core'
import {outlineOf} from './outline.js'
import {partOfParagraph, partsOfHeading} from './parts.js'
import {textOf, titleOf} from './text.js'

/** A template to check a report against. */
export type Profile = 'annual-report' | 'duty-report' | 'none'

export interface ProfilePart {
  part: TemplatePart
  required: boolean
}

/**
 * The parts of each profile, in their required order. The first part
 * spans the thematic sections before the next part.
 */
export const profiles: Readonly<Record<Exclude<Profile, 'none'>, ReadonlyArray<ProfilePart>>> = {
  // 《法治政府建设与责任落实督察工作规定》 (2019), article 25.
  'annual-report': [
    {part: 'measures', required: true},
    {part: 'shortcomings', required: true},
    {part: 'duty', required: true},
    {part: 'plans', required: true},
    {part: 'other', required: false}
  ],
  // The principal leader's report on performing the 第一责任人 duties:
  // what was done (履职情况, often 主要做法/成效), problems, next steps.
  'duty-report': [
    {part: 'duty', required: true},
    {part: 'shortcomings', required: true},
    {part: 'plans', required: true},
    {part: 'other', required: false}
  ]
}

/** Where a part was found. */
export interface Occurrence {
  part: TemplatePart
  node: Section | Paragraph
  /** Document order of the node. */
  order: number
  /** Found inside another part (a lower-level heading, or a heading among thematic sections): present, not ordered. */
  folded: boolean
}

export interface Layout {
  profile: Exclude<Profile, 'none'>
  occurrences: Array<Occurrence>
  /** The top-level sections, for placing messages about absent parts. */
  sections: Array<Section>
}

/**
 * Locate the parts of `profile` in `tree`, whose top-level sections are
 * `sections` (`topLevelSections(tree)`).
 */
export function locateParts(
  tree: Root,
  profile: Exclude<Profile, 'none'>,
  sections = topLevelSections(tree)
): Layout {
  const spec = profiles[profile]
  const spanning = spec[0]?.part ?? 'measures'
  const known = new Set(spec.map((item) => item.part))
  const order = documentOrder(tree)
  const occurrences: Array<Occurrence> = []
  let afterShortcomings = false
  const matched = sections.map((section) => {
    const parts = partsOfHeading(titleOf(section), afterShortcomings)
      .map((part) => (profile === 'duty-report' && part === 'measures' ? 'duty' : part))
      .filter((part) => known.has(part))
    if (parts.includes('shortcomings')) afterShortcomings = true
    return [...new Set(parts)]
  })

  // The closing run: from the first section after which every section up
  // to the last matched one is matched. A part named before it, among
  // thematic sections (`一、加强组织领导,履行第一责任人职责` then more
  // thematic sections), is folded into part 1: present, not ordered.
  const lastMatched = matched.findLastIndex((parts) => parts.length > 0)
  let closing = lastMatched + 1
  while (closing > 0 && (matched[closing - 1]?.length ?? 0) > 0) closing--
  if (lastMatched === -1) closing = sections.length

  sections.forEach((section, index) => {
    for (const part of matched[index] ?? []) {
      const folded = index < closing && part !== spanning
      occurrences.push({part, node: section, order: order(section), folded})
    }
  })

  // Thematic sections before the closing run make up the spanning part;
  // when the closing run comes first, the first thematic section after it
  // does (and is out of order).
  const unmatched = sections.filter((_, index) => (matched[index]?.length ?? 0) === 0)
  const before = unmatched.filter((section) => sections.indexOf(section) < closing)
  const spanningSections = before.length > 0 ? before : unmatched.slice(0, 1)
  for (const section of spanningSections) {
    occurrences.push({part: spanning, node: section, order: order(section), folded: false})
  }

  const found = new Set(occurrences.map((occurrence) => occurrence.part))

  // Part 3 is often a lower-level section inside part 1.
  if (profile === 'annual-report' && !found.has('duty')) {
    const nested = sections.flatMap((section) => descendantSections(section))
    const duty = nested.find((section) => partsOfHeading(titleOf(section), false).includes('duty'))
    if (duty) {
      occurrences.push({part: 'duty', node: duty, order: order(duty), folded: true})
      found.add('duty')
    }
  }

  // Unnumbered closing paragraphs (`还存在一些问题和不足`, `2022年,我区将…`)
  // end up inside the last section: they name parts after its own.
  const last = sections.at(-1)
  if (last) {
    const lastRank = Math.max(
      ...occurrences
        .filter((occurrence) => occurrence.node === last)
        .map((occurrence) => rankIn(spec, occurrence.part)),
      0
    )

    for (const paragraph of closingParagraphs(tree, last)) {
      const part = partOfParagraph(textOf(paragraph), tree.meta.year)
      if (!part || !known.has(part) || found.has(part)) continue
      if (rankIn(spec, part) <= lastRank) continue
      occurrences.push({part, node: paragraph, order: order(paragraph), folded: false})
      found.add(part)
    }
  }

  occurrences.sort((left, right) => left.order - right.order)
  return {profile, occurrences, sections}
}

/** Position of a part in a profile's order. */
export function rankIn(spec: ReadonlyArray<ProfilePart>, part: TemplatePart): number {
  return spec.findIndex((item) => item.part === part)
}

/**
 * Paragraphs after the last heading inside the last top-level section, and
 * paragraphs after it at the root. The body that follows a run-in heading
 * on its line is not a closing paragraph.
 */
function closingParagraphs(tree: Root, last: Section): Array<Paragraph> {
  const flat: Array<Heading | Paragraph> = []
  const walk = (section: Section): void => {
    for (const child of section.children) {
      if (child.type === 'heading' || child.type === 'paragraph') flat.push(child)
      else if (child.type === 'section') walk(child)
    }
  }

  walk(last)
  let lastHeading = -1
  flat.forEach((node, index) => {
    if (node.type === 'heading') lastHeading = index
  })
  const heading = flat[lastHeading]
  const skip = heading?.type === 'heading' && heading.runIn ? 1 : 0
  const result = flat
    .slice(lastHeading + 1 + skip)
    .filter((node): node is Paragraph => node.type === 'paragraph')

  const after = tree.children.slice(tree.children.indexOf(rootChildOf(tree, last)) + 1)
  for (const node of after) {
    if (node.type === 'paragraph') result.push(node)
  }

  return result
}

/**
 * The top-level sections: the root's sections, and sections written in a
 * variant of the top level's marker (`三.` after `二、`) that a sectionizer
 * nested under the previous one.
 */
export function topLevelSections(tree: Root, outline = outlineOf(tree)): Array<Section> {
  const lifted = new Set(
    outline.entries.filter((entry) => entry.scope === tree)
      .map((entry) => entry.section)
  )
  const result: Array<Section> = []
  const walk = (parent: Root | Section): void => {
    for (const child of parent.children) {
      if (child.type !== 'section') continue
      if (parent === tree || lifted.has(child)) result.push(child)
      walk(child)
    }
  }

  walk(tree)
  return result
}

/** Sections below `section`, in document order. */
function descendantSections(section: Section): Array<Section> {
  const result: Array<Section> = []
  for (const child of section.children) {
    if (child.type === 'section') result.push(child, ...descendantSections(child))
  }

  return result
}

/** The child of the root that holds `node` (or is it). */
export function rootChildOf(tree: Root, node: Section): Section {
  for (const child of tree.children) {
    if (child.type !== 'section') continue
    if (child === node || contains(child, node)) return child
  }

  return node
}

function contains(parent: Section, node: Section): boolean {
  return parent.children.some(
    (child) => child === node || (child.type === 'section' && contains(child, node))
  )
}

/** A function giving the pre-order index of a node. */
function documentOrder(tree: Root): (node: Nodes) => number {
  const indices = new Map<Nodes, number>()
  const walk = (node: Nodes): void => {
    indices.set(node, indices.size)
    if ('children' in node) {
      for (const child of node.children) walk(child as Nodes)
    }
  }

  walk(tree)
  return (node) => indices.get(node) ?? -1
}

/**
 * The profile a report of unknown kind most likely follows: a report whose
 * first or most top-level sections are about the 第一责任人 duties is a
 * duty report; one with any annual template part or an annual-report
 * title is an annual report; anything else gets no template.
 */
export function inferProfile(tree: Root, sections = topLevelSections(tree)): Profile {
  const partsBySection = sections.map((section) => partsOfHeading(titleOf(section), false))
  const duty = partsBySection.filter((parts) => parts.includes('duty')).length
  if (
    sections.length > 0 &&
    (partsBySection[0]?.includes('duty') === true || duty * 2 >= sections.length) &&
    duty > 0
  ) {
    return 'duty-report'
  }

  if (
    /法治政府建设/.test(tree.meta.title ?? '') ||
    partsBySection.some((parts) => parts.some((part) => part !== 'measures'))
  ) {
    return 'annual-report'
  }

  return 'none'
}
