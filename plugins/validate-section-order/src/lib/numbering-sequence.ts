/**
 * `numbering-sequence`: sibling sections are numbered 1, 2, 3… with no gap
 * and no repeat; numbering that continues across parents is accepted when
 * the report does so consistently.
 */
import type {Section} from '@baogao/core'
import {formatMarker, inlineOrdinals} from './markers.js'
import type {Misplacement} from './misplaced.js'
import type {Entry, Group, Outline, Scope} from './outline.js'
import {isEntry, textBefore} from './outline.js'

export interface NumberingSequenceOptions {
  /**
   * How numbering of a level under one parent relates to the same level
   * under the previous parent: `'auto'` (default) follows what the report
   * does (continued when most sibling parents continue it), `'restart'`
   * expects every parent's children to start at 1, `'continue'` expects
   * them to continue the previous parent's.
   */
  continuation?: 'auto' | 'restart' | 'continue' | undefined
}

export interface Finding {
  section: Section
  reason: string
}

interface Item {
  entry: Entry
  /** Counted here but reported elsewhere (a misplaced section). */
  virtual: boolean
}

interface Run {
  scope: Scope
  items: Array<Item>
}

/** Check the numbering sequence of every sibling group. */
export function checkSequence(
  outline: Outline,
  misplacements: ReadonlyArray<Misplacement>,
  options: NumberingSequenceOptions
): Array<Finding> {
  const runs = adjust(outline.groups, misplacements)
  const findings: Array<Finding> = []
  const byLevel = new Map<string, Array<Run>>()

  for (const run of runs) {
    const first = run.items[0]
    if (!first) continue
    const key = levelOf(run.scope) + ':' + first.entry.rank
    const list = byLevel.get(key) ?? []
    list.push(run)
    byLevel.set(key, list)
  }

  for (const list of byLevel.values()) {
    const continued = continuationOf(list, options.continuation ?? 'auto')
    let previousRun: Run | undefined
    let previousLast = 0

    for (const run of list) {
      const starts = new Set<number>()
      const comparable =
        previousRun !== undefined && areSiblingScopes(previousRun.scope, run.scope)

      if (previousRun === undefined || !continued) starts.add(1)
      else {
        starts.add(previousLast + 1)
        // A new grandparent may start the count again.
        if (!comparable) starts.add(1)
      }

      previousLast = checkRun(run, starts, findings)
      previousRun = run
    }
  }

  return findings.sort(
    (left, right) => indexOf(outline, left.section) - indexOf(outline, right.section)
  )
}

/** Check one run; return the ordinal the next run continues from. */
function checkRun(run: Run, starts: Set<number>, findings: Array<Finding>): number {
  let base = 0

  run.items.forEach((item, position) => {
    const ordinal = item.entry.numbering.ordinal
    const previous = run.items[position - 1]
    const candidates = position === 0 ? [...starts] : [base + 1]
    // Numbers written inline just before (`…素养。1.不断健全…`) count.
    const inline = inlineRun(item.entry, previous?.entry)
    const expectedList = candidates.map((candidate) =>
      inline && inline.from === candidate ? inline.to + 1 : candidate
    )
    const expected = expectedList[0] ?? 1

    if (item.virtual || expectedList.includes(ordinal)) {
      base = ordinal
      return
    }

    const marker = item.entry.numbering.marker
    const wanted = formatMarker(item.entry.shape, expected) ?? String(expected)
    const repeated = run.items
      .slice(0, position)
      .some((earlier) => earlier.entry.numbering.ordinal === ordinal)
    findings.push({
      section: item.entry.section,
      reason:
        'Unexpected ' +
        (repeated ? 'repeated ' : '') +
        'number `' +
        marker +
        '`, expected `' +
        wanted +
        '`'
    })

    base = resynchronise(run.items, position, expected)
  })

  return base
}

/**
 * Where counting goes on after a wrong number at `position`: from the
 * written number when the next one follows it (a gap: `1 2 4 5`); before
 * the expected one when the next one is expected and the wrong one is not
 * part of a swap (an extra: `1 4 2 3`); from the expected one otherwise (a
 * misnumbered one, `1 5 3`, or a swap, `1 3 2 4`, whose second half is
 * reported too).
 */
function resynchronise(items: ReadonlyArray<Item>, position: number, expected: number): number {
  const ordinal = items[position]?.entry.numbering.ordinal ?? expected
  const next = items[position + 1]?.entry.numbering.ordinal
  const afterNext = items[position + 2]?.entry.numbering.ordinal
  if (next === ordinal + 1) return ordinal
  const swapped = afterNext === undefined || afterNext === ordinal + 1
  if (next === expected && !swapped) return expected - 1
  return expected
}

/**
 * The numbers of the entry's shape written inline at the end of the text
 * just before it, as a consecutive run (`1.…;2.…` → 1 to 2).
 */
function inlineRun(
  entry: Entry,
  previous: Entry | undefined
): {from: number; to: number} | undefined {
  const found = inlineOrdinals(textBefore(entry, previous), entry.shape)
  const to = found.at(-1)
  if (to === undefined) return undefined
  let from = to
  for (let index = found.length - 2; index >= 0 && found[index] === from - 1; index--) {
    from--
  }

  return {from, to}
}

/**
 * Whether numbering continues across parents at a level: given, or (auto)
 * when more sibling parents continue it than restart it.
 */
function continuationOf(
  runs: ReadonlyArray<Run>,
  setting: NonNullable<NumberingSequenceOptions['continuation']>
): boolean {
  if (setting !== 'auto') return setting === 'continue'
  let continues = 0
  let restarts = 0

  runs.forEach((run, index) => {
    const previous = runs[index - 1]
    const item = run.items[0]
    const last = previous?.items.at(-1)?.entry.numbering.ordinal
    if (!previous || item === undefined || last === undefined) return
    if (!areSiblingScopes(previous.scope, run.scope)) return
    // A run whose first numbers were written inline starts where they do.
    const first = inlineRun(item.entry, undefined)?.from ?? item.entry.numbering.ordinal
    if (first === 1) restarts++
    else if (first === last + 1) continues++
  })

  return continues > restarts
}

/** Whether two scopes are numbered siblings (children of one scope). */
function areSiblingScopes(left: Scope, right: Scope): boolean {
  return isEntry(left) && isEntry(right) && left.scope === right.scope
}

function levelOf(scope: Scope): number {
  return isEntry(scope) ? scope.level + 1 : 0
}

/** Groups with misplaced sections counted where their number belongs. */
function adjust(
  groups: ReadonlyArray<Group>,
  misplacements: ReadonlyArray<Misplacement>
): Array<Run> {
  const moved = new Set<Entry>()
  for (const misplacement of misplacements) {
    moved.add(misplacement.entry)
    for (const entry of misplacement.carried) moved.add(entry)
  }

  const runs = new Map<Group, Run>()
  for (const group of groups) {
    runs.set(group, {
      scope: group.scope,
      items: group.entries
        .filter((entry) => !moved.has(entry))
        .map((entry) => ({entry, virtual: false}))
    })
  }

  for (const misplacement of misplacements) {
    const run = runs.get(misplacement.home)
    if (!run) continue
    const after = run.items.findIndex((item) => item.entry === misplacement.after)
    run.items.splice(
      after + 1,
      0,
      {entry: misplacement.entry, virtual: true},
      ...misplacement.carried.map((entry) => ({entry, virtual: false}))
    )
  }

  return [...runs.values()].sort(
    (left, right) =>
      (left.items[0]?.entry.index ?? Infinity) -
      (right.items[0]?.entry.index ?? Infinity)
  )
}

function indexOf(outline: Outline, section: Section): number {
  return outline.entries.findIndex((entry) => entry.section === section)
}
