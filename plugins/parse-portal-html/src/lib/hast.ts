/**
 * Small hast helpers: element kinds, class and id tokens, hidden elements,
 * and an iterative walk (pages can be deep; recursion is avoided).
 */
import type {Element, ElementContent, Nodes, Root, RootContent} from 'hast'

export type ParentNode = Root | Element

/** Elements whose content is never page text. */
export const nonTextElements = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'select',
  'option',
  'textarea',
  'button',
  'input',
  'head',
  'title',
  'map'
])

/** Elements that start a new line of text. */
export const blockElements = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'caption',
  'ul',
  'xmp',
  'listing'
])

export const headingElements = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** The element's class names, lower-cased. */
export function classNames(element: Element): Array<string> {
  const value: unknown = element.properties['className']
  if (Array.isArray(value)) return value.map((name) => String(name).toLowerCase())
  if (typeof value === 'string') return value.toLowerCase().split(/\s+/).filter(Boolean)
  return []
}

/** The element's id, lower-cased, or an empty string. */
export function idOf(element: Element): string {
  const value = element.properties['id']
  return typeof value === 'string' ? value.toLowerCase() : ''
}

/** An attribute value as a string (`''` when absent). */
export function attribute(element: Element, name: string): string {
  const value = element.properties[name]
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.join(' ')
  return ''
}

/** The declarations of a `style` attribute, property names lower-cased. */
export function styleOf(element: Element): Map<string, string> {
  const declarations = new Map<string, string>()
  const style = attribute(element, 'style')
  if (style === '') return declarations

  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':')
    if (colon === -1) continue
    const name = declaration.slice(0, colon).trim().toLowerCase()
    const value = declaration.slice(colon + 1).trim().toLowerCase()
    if (name !== '') declarations.set(name, value)
  }

  return declarations
}

/** Whether the element is not rendered: `hidden`, `display:none`, `visibility:hidden`. */
export function isHidden(element: Element): boolean {
  if (element.properties['hidden'] !== undefined && element.properties['hidden'] !== false) {
    return true
  }

  if (attribute(element, 'type').toLowerCase() === 'hidden') return true
  const style = styleOf(element)
  return (
    /^none\b/.test(style.get('display') ?? '') ||
    /^hidden\b/.test(style.get('visibility') ?? '')
  )
}

/** Whether the element renders its text bold (`strong`, `b`, `font-weight`). */
export function isBoldElement(element: Element): boolean {
  if (element.tagName === 'strong' || element.tagName === 'b') return true
  if (headingElements.has(element.tagName)) return true
  const weight = styleOf(element).get('font-weight')
  if (weight === undefined) return false
  return /^(bold|bolder)\b/.test(weight) || Number.parseInt(weight, 10) >= 600
}

export type Visit = (node: Nodes, parent: ParentNode | null) => 'skip' | undefined

/**
 * Walk `node` in document order without recursion. `enter` may return
 * `'skip'` to not descend; `exit` runs after an element's children.
 */
export function walk(
  node: Nodes,
  enter: Visit,
  exit?: (node: Element | Root) => undefined
): void {
  const stack: Array<{node: Nodes; parent: ParentNode | null; exiting: boolean}> = [
    {node, parent: null, exiting: false}
  ]

  while (stack.length > 0) {
    const entry = stack.pop()
    if (entry === undefined) break

    if (entry.exiting) {
      if (exit && (entry.node.type === 'element' || entry.node.type === 'root')) {
        exit(entry.node)
      }

      continue
    }

    if (enter(entry.node, entry.parent) === 'skip') continue
    if (entry.node.type !== 'element' && entry.node.type !== 'root') continue
    const parent = entry.node
    if (exit) stack.push({node: parent, parent: entry.parent, exiting: true})
    const children: Array<RootContent | ElementContent> = parent.children
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index]
      if (child !== undefined) stack.push({node: child, parent, exiting: false})
    }
  }
}
