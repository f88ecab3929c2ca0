/**
 * Plain text of report nodes, as the JSON shows it.
 */
import type {Heading, Nodes} from '@baogao/core'

/** Punctuation that ends a heading but is not part of its title. */
const trailingPunctuation = /[\s。．.，,；;：:！!？?、]+$/u

/**
 * The text of a node: `text` values and a `redacted` node's `replacement`
 * (never anything else it may carry). Enumeration items hold their marker
 * (`一是`) in their text, so a paragraph reads as written.
 */
export function textOf(node: Nodes): string {
  switch (node.type) {
    case 'text': {
      return node.value
    }

    case 'redacted': {
      return node.replacement
    }

    default: {
      // Third-party nodes (added through the content maps) count with
      // their text when they have some.
      if ('children' in node && Array.isArray(node.children)) {
        return childrenText(node.children as Array<Nodes>)
      }

      return 'value' in node && typeof node.value === 'string' ? node.value : ''
    }
  }
}

/** A heading's text, trimmed, without its trailing punctuation (`。`, `:`). */
export function titleOf(heading: Heading): string {
  return childrenText(heading.children).trim().replace(trailingPunctuation, '')
}

function childrenText(children: ReadonlyArray<Nodes>): string {
  let result = ''
  for (const child of children) result += textOf(child)
  return result
}
