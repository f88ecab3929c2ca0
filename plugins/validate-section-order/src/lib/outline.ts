/**
 * The numbering outline of a report: its numbered sections, the level each
 * belongs to and the sibling groups that are numbered 1, 2, 3….
 *
 * A section's *scope* is its nearest ancestor of a strictly higher rank (or
 * an unnumbered section, or the root). A section written in a variant of
 * its parent's level (`三.` after `二、`, which a sectionizer nests under
 * `二、` because the style differs) thus stays in its parent's scope: the
 * mix is a style problem, not a nesting one.
 */
import type {Numbering, Paragraph, Root, Section} from '@baogao/core'
import type {Point, Position} from 'unist'
import {rankOf, shapeOf} from './markers.js'
import {headingOf, textOf} from './text.js'

export interface Entry {
  section: Section
  numbering: Numbering
  rank: number
  shape: string
  /** The section's parent in the tree. */
  parent: Section | Root
  /** Nearest ancestor of higher rank, unnumbered section, or root. */
  scope: Scope
  /** Numbered scopes above this entry: `0` for top-level numbering. */
  level: number
  /** Index in document order among entries. */
  index: number
}

export type Scope = Entry | Section | Root

export interface Group {
  scope: Scope
  rank: number
  entries: Array<Entry>
}

export interface Outline {
  entries: Array<Entry>
  /** Sibling groups by scope and rank, in document order of first entry. */
  groups: Array<Group>
}

/** Collect the numbered sections of `tree` and group them. */
export function outlineOf(tree: Root): Outline {
  const entries: Array<Entry> = []
  const groups = new Map<Scope, Map<number, Group>>()
  const ordered: Array<Group> = []

  function visit(parent: Section | Root, ancestors: Array<Scope>): void {
    for (const child of parent.children) {
      if (child.type !== 'section') continue
      const section = child

      if (section.numbering === null) {
        visit(section, [...ancestors, section])
        continue
      }

      const rank = rankOf(section.numbering.style)
      let scope: Scope = tree
      for (let index = ancestors.length - 1; index >= 0; index--) {
        const candidate = ancestors[index]
        if (candidate === undefined) continue
        if (!isEntry(candidate) || candidate.rank < rank) {
          scope = candidate
          break
        }
      }

      const entry: Entry = {
        section,
        numbering: section.numbering,
        rank,
        shape: shapeOf(section.numbering.marker),
        parent,
        scope,
        level: isEntry(scope) ? scope.level + 1 : 0,
        index: entries.length
      }
      entries.push(entry)

      let byRank = groups.get(scope)
      if (!byRank) {
        byRank = new Map()
        groups.set(scope, byRank)
      }

      let group = byRank.get(rank)
      if (!group) {
        group = {scope, rank, entries: []}
        byRank.set(rank, group)
        ordered.push(group)
      }

      group.entries.push(entry)
      visit(section, [...ancestors, entry])
    }
  }

  visit(tree, [])
  return {entries, groups: ordered}
}

export function isEntry(scope: Scope): scope is Entry {
  return 'numbering' in scope && 'section' in scope
}

/** The node a scope stands for in the tree. */
export function scopeNode(scope: Scope): Section | Root {
  return isEntry(scope) ? scope.section : scope
}

/** Where to point at an entry: its marker through the end of its heading. */
export function placeOf(section: Section): Position | Point | undefined {
  const start = section.position?.start
  if (!start) return undefined
  const end = headingOf(section)?.position?.end
  return end ? {start, end} : start
}

/**
 * The paragraph text written at the same level just before `entry`: the
 * body paragraphs of the previous numbered sibling (without its heading or
 * nested sections), or, for the first entry of a group, the paragraphs of
 * its parent before it. A run-in list such as `…素养。1.不断健全…` that a
 * sectionizer left inside a paragraph shows up here.
 */
export function textBefore(entry: Entry, previous: Entry | undefined): string {
  const parts: Array<string> = []

  if (previous) {
    for (const child of previous.section.children) {
      if (child.type === 'paragraph') parts.push(textOf(child))
    }
  }

  const start = previous ? previous.section : undefined
  let collecting = start === undefined
  for (const child of entry.parent.children) {
    if (child === entry.section) break
    if (child === start) {
      collecting = true
      continue
    }

    if (collecting && child.type === 'paragraph') parts.push(textOf(child as Paragraph))
  }

  return parts.join('\n')
}
