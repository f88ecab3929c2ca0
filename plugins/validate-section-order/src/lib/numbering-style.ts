/**
 * `numbering-style`: one level is written one way. `一、` beside `一.`,
 * `(一)` beside `（一）`, `1.` beside `1、` or `１.` are mixed styles.
 */
import type {Finding} from './numbering-sequence.js'
import type {Outline} from './outline.js'

export interface NumberingStyleOptions {
  /**
   * Treat full-width and half-width forms of the same marker (`（一）` and
   * `(一)`, `１.` and `1.`) as one style (default: `false`).
   */
  ignoreWidth?: boolean | undefined
}

/**
 * Report markers whose shape differs from the most used shape of their
 * level (their standard rank) in the report; on a tie, the first used.
 */
export function checkStyle(
  outline: Outline,
  options: NumberingStyleOptions
): Array<Finding> {
  const normalize = options.ignoreWidth === true ? toHalfWidth : (shape: string) => shape
  const byRank = new Map<number, Map<string, {count: number; first: number; shape: string}>>()

  for (const entry of outline.entries) {
    const key = normalize(entry.shape)
    const shapes = byRank.get(entry.rank) ?? new Map()
    const known = shapes.get(key)
    if (known) known.count++
    else shapes.set(key, {count: 1, first: entry.index, shape: entry.shape})
    byRank.set(entry.rank, shapes)
  }

  const dominant = new Map<number, {key: string; shape: string}>()
  for (const [rank, shapes] of byRank) {
    let best: {key: string; count: number; first: number; shape: string} | undefined
    for (const [key, value] of shapes) {
      if (
        !best ||
        value.count > best.count ||
        (value.count === best.count && value.first < best.first)
      ) {
        best = {key, ...value}
      }
    }

    if (best) dominant.set(rank, best)
  }

  const findings: Array<Finding> = []
  for (const entry of outline.entries) {
    const expected = dominant.get(entry.rank)
    if (!expected || normalize(entry.shape) === expected.key) continue
    findings.push({
      section: entry.section,
      reason:
        'Unexpected marker style `' +
        entry.shape +
        '` in `' +
        entry.numbering.marker +
        '`, expected `' +
        expected.shape +
        '` as elsewhere at this level'
    })
  }

  return findings
}

/** Full-width ASCII variants (`（` `）` `．` `１`) to half-width. */
function toHalfWidth(shape: string): string {
  return shape.replace(/[\uff01-\uff5e]/g, (character) =>
    String.fromCharCode(character.charCodeAt(0) - 0xfee0)
  )
}
