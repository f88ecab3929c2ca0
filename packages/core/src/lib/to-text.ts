/**
 * Plain text of report nodes.
 */
import type {Node, Section} from './ast.js'

/**
 * The text of any node: a literal's `value`, a `redacted` node's
 * `replacement`, a parent's children joined without separators. Numbering
 * markers are data on sections, not text, so a section's text starts with
 * its heading's text; enumeration items keep their marker in their text.
 */
export function toText(node: Node): string {
  if (node.type === 'redacted' && 'replacement' in node) {
    return typeof node.replacement === 'string' ? node.replacement : ''
  }

  if ('value' in node && typeof node.value === 'string') return node.value

  if ('children' in node && Array.isArray(node.children)) {
    let result = ''
    for (const child of node.children as Array<Node>) result += toText(child)
    return result
  }

  return ''
}

/**
 * A section's title: its heading's text without the punctuation and
 * whitespace that close it (`认真研究,科学部署。` → `认真研究,科学部署`).
 * An empty string when the section has no heading or an empty one (a
 * numbered paragraph).
 */
export function headingTitle(section: Section): string {
  const heading = section.children.find((child) => child.type === 'heading')
  if (heading === undefined) return ''
  return toText(heading)
    .replace(/^[\s\u00a0\u3000]+/, '')
    .replace(/[\s\u00a0\u3000。.,，:：;；]+$/, '')
}
