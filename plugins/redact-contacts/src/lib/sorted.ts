/**
 * Binary search in a sorted list of offsets (label starts, digit runs), so
 * that each paragraph finds its part of a list made for the whole text.
 */

/** The first index into the sorted `list` whose value is at least `value` (`list.length` if none). */
export function firstAtLeast(list: ReadonlyArray<number>, value: number): number {
  let low = 0
  let high = list.length

  while (low < high) {
    const middle = (low + high) >> 1
    if (list[middle]! < value) low = middle + 1
    else high = middle
  }

  return low
}
