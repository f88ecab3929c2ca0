/**
 * `numbering-nesting`: each level sits under the level above it. Reported:
 * a section whose marker belongs to another level than its number
 * (misplaced), a level nested under a lower one (`(一)` under `1.`), and a
 * level skipped beside siblings that do not skip it (`1.` directly under
 * `一、` next to `(一)` sections); a whole group that skips a level (`三、`
 * followed only by `1.` items) is accepted unless `allowSkip` is `false`.
 */
import type {Section} from '@baogao/core'
import {formatMarker, rankOf} from './markers.js'
import type {Misplacement} from './misplaced.js'
import type {Finding} from './numbering-sequence.js'
import type {Entry, Outline, Scope} from './outline.js'
import {isEntry} from './outline.js'

export interface NumberingNestingOptions {
  /**
   * Accept a parent whose numbered children all skip a level, as in
   * `三、` followed by `1.`…`4.` (default: `true`, as GB/T 9704 practice
   * allows skipping a level but not inverting levels).
   */
  allowSkip?: boolean | undefined
}

/** The standard marker of each rank, for messages. */
const standardMarkers: ReadonlyArray<string> = ['第一部分', '第一节', '一、', '(一)', '1.', '(1)', '①', '一是']

/** Ranks a child of a rank may have without skipping a level. */
function childRanks(rank: number): ReadonlyArray<number> {
  // `第一部分` and `第一章` often hold `一、` sections with no `第一节` level.
  return rank === 0 ? [1, 2] : [rank + 1]
}

export function checkNesting(
  outline: Outline,
  misplacements: ReadonlyArray<Misplacement>,
  options: NumberingNestingOptions
): Array<Finding> {
  const findings: Array<Finding> = []
  // Sections already reported are left out of the level checks below.
  const misplaced = new Set(misplacements.map((item) => item.entry))

  for (const item of misplacements) findings.push(misplacedFinding(item))

  for (const entry of outline.entries) {
    if (misplaced.has(entry)) continue
    const parent = entry.parent
    if (parent.type !== 'section' || parent.numbering === null) continue
    const parentRank = rankOf(parent.numbering.style)
    if (
      parentRank > entry.rank ||
      (parentRank === entry.rank && parent.numbering.style === entry.numbering.style)
    ) {
      misplaced.add(entry)
      findings.push({
        section: entry.section,
        reason:
          'Unexpected `' +
          entry.numbering.marker +
          '` under `' +
          parent.numbering.marker +
          '`, expected a level below `' +
          parent.numbering.marker +
          '` such as `' +
          (standardMarkers[parentRank + 1] ?? '') +
          '`'
      })
    }
  }

  const byScope = new Map<Scope, Array<Entry>>()
  for (const entry of outline.entries) {
    if (misplaced.has(entry)) continue
    const list = byScope.get(entry.scope) ?? []
    list.push(entry)
    byScope.set(entry.scope, list)
  }

  for (const [scope, entries] of byScope) {
    const top = Math.min(...entries.map((entry) => entry.rank))
    const sibling = entries.find((entry) => entry.rank === top)
    const where = isEntry(scope) ? 'under `' + scope.numbering.marker + '`' : 'at the top level'

    // Mixed levels: the first of each run of deeper siblings skips.
    entries.forEach((entry, index) => {
      if (entry.rank === top || !sibling) return
      const previous = entries[index - 1]
      if (previous && previous.rank === entry.rank) return
      findings.push({
        section: entry.section,
        reason:
          'Unexpected `' +
          entry.numbering.marker +
          '` ' +
          where +
          ' beside `' +
          sibling.numbering.marker +
          '`, expected it under a `' +
          sibling.shape +
          '` section'
      })
    })

    if (options.allowSkip === false && isEntry(scope) && sibling) {
      const allowed = childRanks(scope.rank)
      if (top > Math.max(...allowed)) {
        findings.push({
          section: sibling.section,
          reason:
            'Unexpected `' +
            sibling.numbering.marker +
            '` directly ' +
            where +
            ', expected a `' +
            (standardMarkers[Math.max(...allowed)] ?? '') +
            '` level in between'
        })
      }
    }
  }

  return findings.sort((left, right) => order(outline, left.section) - order(outline, right.section))
}

function misplacedFinding(item: Misplacement): Finding {
  const entry = item.entry
  const model = item.after ?? item.home.entries[0]
  const wanted = model
    ? (formatMarker(model.shape, entry.numbering.ordinal) ?? model.numbering.marker)
    : String(entry.numbering.ordinal)
  const scope = item.home.scope
  const where =
    item.kind === 'demoted'
      ? 'beside `' + (item.after?.numbering.marker ?? '') + '`'
      : isEntry(scope)
        ? 'under `' + scope.numbering.marker + '`'
        : 'at the top level'
  return {
    section: entry.section,
    reason:
      'Unexpected `' +
      entry.numbering.marker +
      '` at this level, expected `' +
      wanted +
      '` ' +
      where
  }
}

function order(outline: Outline, section: Section): number {
  return outline.entries.findIndex((entry) => entry.section === section)
}
