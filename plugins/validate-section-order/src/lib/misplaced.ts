/**
 * Sections numbered for one level but written with another level's marker:
 * the `(二)` between `(一)` and `(三)` written `2.` (so a sectionizer nests
 * it under `(一)`), or the `4.` under `(一)` written `(四)` (so it becomes a
 * sibling of `(一)`). Both are reported by `numbering-nesting`; the
 * sequence check counts them where they belong, so the gap they leave is
 * not reported a second time.
 */
import type {Entry, Group, Outline} from './outline.js'
import {isEntry} from './outline.js'

export interface Misplacement {
  entry: Entry
  /** `demoted`: a lower level's marker; `promoted`: a higher level's. */
  kind: 'demoted' | 'promoted'
  /** The group the entry's number belongs to. */
  home: Group
  /** Entry of `home` after which it belongs; `undefined` for the start. */
  after: Entry | undefined
  /** Sections written under the misplaced one that belong to `home` too. */
  carried: Array<Entry>
}

/** Find misplaced sections in an outline. */
export function findMisplacements(outline: Outline): Array<Misplacement> {
  const found: Array<Misplacement> = []
  const groupOf = new Map<Entry, Group>()
  for (const group of outline.groups) {
    for (const entry of group.entries) groupOf.set(entry, group)
  }

  const childGroups = (entry: Entry): Array<Group> =>
    outline.groups.filter((group) => group.scope === entry)

  for (const group of outline.groups) {
    const scope = group.scope

    group.entries.forEach((entry, index) => {
      const previous = group.entries[index - 1]
      const breaks = previous
        ? entry.numbering.ordinal !== previous.numbering.ordinal + 1
        : entry.numbering.ordinal !== 1

      // Demoted: `2.` alone under `(一)`, and `(三)` follows `(一)`.
      if (breaks && isEntry(scope)) {
        const home = groupOf.get(scope)
        const position = home ? home.entries.indexOf(scope) : -1
        const following = home?.entries[position + 1]
        if (
          home &&
          entry.numbering.ordinal === scope.numbering.ordinal + 1 &&
          following &&
          following.numbering.ordinal === scope.numbering.ordinal + 2
        ) {
          found.push({entry, kind: 'demoted', home, after: scope, carried: []})
          return
        }
      }

      // Promoted: `(四)` after `(一)` whose last child is `3.`, with `5.`
      // under it; a section that fits its own sequence is left alone.
      if (previous && breaks) {

        for (const home of childGroups(previous)) {
          const last = home.entries.at(-1)
          if (!last || last.numbering.ordinal !== entry.numbering.ordinal - 1) continue
          const carried =
            childGroups(entry).find((candidate) => candidate.rank === home.rank)
              ?.entries ?? []
          const continues =
            carried[0]?.numbering.ordinal === entry.numbering.ordinal + 1
          // Only children that continue the numbering tell a promoted
          // section from a swapped, duplicated or renumbered one.
          if (continues) {
            found.push({entry, kind: 'promoted', home, after: last, carried})
            return
          }
        }
      }
    })
  }

  return found
}
