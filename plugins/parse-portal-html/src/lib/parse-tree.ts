/**
 * HTML text → hast, as rehype-parse does it (parse5, then
 * hast-util-from-parse5), with one guard in between: parse5 builds trees
 * of any depth without recursion, but hast-util-from-parse5 and the hast
 * utilities recurse, so a page nested thousands of elements deep would
 * overflow the stack. Elements below `maxDepth` are flattened into their
 * ancestor at that depth: text order and block boundaries survive, the
 * nesting does not.
 */
import type {Root} from 'hast'
import {fromParse5} from 'hast-util-from-parse5'
import {type DefaultTreeAdapterMap, parse} from 'parse5'
import type {VFile} from 'vfile'

type Parse5Node = DefaultTreeAdapterMap['childNode']
type Parse5Parent = DefaultTreeAdapterMap['parentNode']

export interface ParsedTree {
  tree: Root
  /** How many elements were lifted out of too-deep nesting. */
  flattened: number
}

/**
 * Parse `file`'s value (a string) into hast with positions.
 *
 * @param maxDepth
 *   Deepest element nesting kept as is.
 */
export function parseHtmlTree(file: VFile, maxDepth: number): ParsedTree {
  const document = parse(String(file.value), {sourceCodeLocationInfo: true})
  const flattened = flattenDeepNesting(document, maxDepth)
  const tree = fromParse5(document, {file}) as Root
  return {tree, flattened}
}

/**
 * Lift every descendant of an element at `maxDepth` to be its child, in
 * document order. Iterative: the input may be 100,000 levels deep.
 */
function flattenDeepNesting(document: Parse5Parent, maxDepth: number): number {
  let flattened = 0
  const stack: Array<{node: Parse5Parent; depth: number}> = [{node: document, depth: 0}]

  while (stack.length > 0) {
    const entry = stack.pop()
    if (entry === undefined) break
    const {node, depth} = entry

    if (depth >= maxDepth && node.childNodes.some((child) => hasChildren(child))) {
      const lifted: Array<Parse5Node> = []
      const pending = [...node.childNodes].reverse()

      while (pending.length > 0) {
        const child = pending.pop()
        if (child === undefined) break
        lifted.push(child)
        child.parentNode = node as DefaultTreeAdapterMap['element']
        if (hasChildren(child)) {
          flattened++
          for (let index = child.childNodes.length - 1; index >= 0; index--) {
            const grandchild = child.childNodes[index]
            if (grandchild !== undefined) pending.push(grandchild)
          }

          child.childNodes = []
        }

        if (isTemplate(child)) child.content.childNodes = []
      }

      node.childNodes = lifted
      continue
    }

    for (const child of node.childNodes) {
      if (hasChildren(child)) stack.push({node: child, depth: depth + 1})
      if (isTemplate(child)) stack.push({node: child.content, depth: depth + 1})
    }
  }

  return flattened
}

function hasChildren(node: Parse5Node): node is DefaultTreeAdapterMap['element'] {
  return 'childNodes' in node && node.childNodes.length > 0
}

function isTemplate(node: Parse5Node): node is DefaultTreeAdapterMap['template'] {
  return 'content' in node && node.nodeName === 'template'
}
