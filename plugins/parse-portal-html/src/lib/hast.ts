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

/**
 * Whether the element's id or one of its classes (lower-cased) passes
 * `test`; the cheap check for elements with neither comes first, as most
 * elements have neither.
 */
export function someIdOrClass(element: Element, test: (token: string) => boolean): boolean {
  if (element.properties['id'] === undefined && element.properties['className'] === undefined) return false
  if (test(idOf(element))) return true
  for (const name of classNames(element)) if (test(name)) return true
  return false
}

/** Whether `token` (`footer`) or one of its parts (`main-nav`, `foot_links`) is in `tokens`. */
export function isTokenOrPart(token: string, tokens: ReadonlySet<string>): boolean {
  if (tokens.has(token)) return true
  return /[_-]/.test(token) && token.split(/[_-]+/).some((part) => tokens.has(part))
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
    const value = declaration
      .slice(colon + 1)
      .trim()
      .toLowerCase()
    if (name !== '') declarations.set(name, value)
  }

  return declarations
}

/** Whether the element is not rendered: `hidden`, `display:none`, `visibility:hidden`. */
export function isHidden(element: Element): boolean {
  const properties = element.properties
  if (
    properties['hidden'] !== undefined &&
    properties['hidden'] !== false &&
    properties['hidden'] !== null
  ) {
    return true
  }

  if (element.tagName === 'input' && attribute(element, 'type').toLowerCase() === 'hidden')
    return true
  const style = properties['style']
  // Most elements have no style, or one that hides nothing.
  if (typeof style !== 'string' || !/none|hidden/i.test(style)) return false
  const declarations = styleOf(element)
  return (
    /^none\b/.test(declarations.get('display') ?? '') ||
    /^hidden\b/.test(declarations.get('visibility') ?? '')
  )
}

/** Whether the element renders its text bold (`strong`, `b`, `font-weight`). */
export function isBoldElement(element: Element): boolean {
  if (element.tagName === 'strong' || element.tagName === 'b') return true
  if (headingElements.has(element.tagName)) return true
  const style = element.properties['style']
  if (typeof style !== 'string' || !/weight/i.test(style)) return false
  const weight = styleOf(element).get('font-weight')
  if (weight === undefined) return false
  return /^(bold|bolder)\b/.test(weight) || Number.parseInt(weight, 10) >= 600
}

export type Visit = (node: Nodes) => 'skip' | undefined

/**
 * Walk `node` in document order without recursion (pages can be deep) and
 * without allocating per node. `enter` may return `'skip'` to not descend;
 * `exit` runs after the children of an element entered.
 */
export function walk(node: Nodes, enter: Visit, exit?: (node: Element | Root) => undefined): void {
  if (enter(node) === 'skip' || (node.type !== 'element' && node.type !== 'root')) return
  const parents: Array<Element | Root> = [node]
  const indices: Array<number> = [0]

  while (parents.length > 0) {
    const top = parents.length - 1
    const parent = parents[top] as Element | Root
    const index = indices[top] as number
    const child: RootContent | ElementContent | undefined = parent.children[index]

    if (child === undefined) {
      parents.pop()
      indices.pop()
      if (exit) exit(parent)
      continue
    }

    indices[top] = index + 1
    if (enter(child) === 'skip') continue
    if (child.type === 'element') {
      parents.push(child)
      indices.push(0)
    }
  }
}
