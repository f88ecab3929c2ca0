/**
 * Plain text of report nodes, for matching. Redacted nodes contribute
 * nothing: a placeholder is not report text.
 */
import type {Heading, Nodes, Section} from '@baogao/core'

/** The concatenated text of a node and its descendants. */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  if ('children' in node) {
    let result = ''
    for (const child of node.children) result += textOf(child as Nodes)
    return result
  }

  return ''
}

/** A section's heading node, if its first child is one. */
export function headingOf(section: Section): Heading | undefined {
  const first = section.children[0]
  return first?.type === 'heading' ? first : undefined
}

/**
 * A section's title: its heading text, trimmed, without the closing `。`
 * of a run-in heading.
 */
export function titleOf(section: Section): string {
  const heading = headingOf(section)
  if (!heading) return ''
  return textOf(heading)
    .trim()
    .replace(/[。.;；:：]+$/, '')
}
