/**
 * Text of report nodes, for matching (core's `toText` and `headingTitle`).
 */
import type {Heading, Section} from '@baogao/core'
import {headingTitle, toText} from '@baogao/core'

export {toText as textOf, headingTitle as titleOf}

/** A section's heading node, if its first child is one. */
export function headingOf(section: Section): Heading | undefined {
  const first = section.children[0]
  return first?.type === 'heading' ? first : undefined
}
