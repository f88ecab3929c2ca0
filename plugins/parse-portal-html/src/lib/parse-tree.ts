/**
 * HTML text → hast, as rehype-parse does it (parse5 with source locations),
 * in one iterative pass of our own instead of hast-util-from-parse5, for
 * two reasons:
 *
 * - depth: parse5 builds trees of any depth without recursion, but
 *   hast-util-from-parse5 and the hast utilities recurse, so a page nested
 *   thousands of elements deep would overflow the stack. Elements below
 *   `maxDepth` are flattened into their ancestor at that depth: text order
 *   and block boundaries survive, the nesting does not;
 * - speed: positions come straight from parse5's locations and properties
 *   from property-information, without building every element through
 *   hastscript; the conversion cost about a third of the parse. parse5
 *   itself keeps lean location records (`LeanLocationParser`).
 *
 * The hast is the same as hast-util-from-parse5's for what this parser
 * reads (elements, properties, text, comments, positions); `<template>`
 * content and doctype are not kept (the article is never in them).
 */
import {parse as parseCommas} from 'comma-separated-tokens'
import type {Element, ElementContent, Properties, Root, RootContent} from 'hast'
import {
  type DefaultTreeAdapterMap,
  defaultTreeAdapter,
  html as htmlSpec,
  Parser,
  type Token,
  type TreeAdapter
} from 'parse5'
import {find, html, normalize, svg} from 'property-information'
import {parse as parseSpaces} from 'space-separated-tokens'
import type {VFile} from 'vfile'

type Parse5Node = DefaultTreeAdapterMap['childNode']
type Parse5Element = DefaultTreeAdapterMap['element']
type Parse5Location = NonNullable<Parse5Element['sourceCodeLocation']>
type Position = NonNullable<Element['position']>

export interface ParsedTree {
  tree: Root
  /** How many elements were lifted out of too-deep nesting. */
  flattened: number
}

const svgNamespace = 'http://www.w3.org/2000/svg'

/**
 * parse5 spells each tag name afresh for every element; the walks after
 * this one compare tag names and look them up in sets on every element,
 * which is cheaper with the one interned spelling of a known name.
 */
const knownTagNames = new Map<string, string>(
  Object.values(htmlSpec.TAG_NAMES).map((name) => [name, name])
)

/**
 * parse5 with lean location records. With locations on, parse5 copies each
 * start tag's location (with the locations of its attributes) into the new
 * element by object spread, and replaces a node's location by another
 * spread when its end is known: on portal pages that took as long as the
 * rest of the parse. Here every node gets one record of one shape, holding
 * only what the conversion reads (start, end, whether an end tag was seen),
 * and its end is set in place. The tree is the same: parse5 still decides
 * where every element goes.
 */
class LeanLocationParser extends Parser<DefaultTreeAdapterMap> {
  override _attachElementToTree(
    element: Parse5Element,
    location: Token.LocationWithAttributes | null,
    insertionLocation: Parameters<Parser<DefaultTreeAdapterMap>['_attachElementToTree']>[2]
  ): void {
    super._attachElementToTree(element, null, insertionLocation)
    element.sourceCodeLocation = leanLocation(location)
  }
}

const leanTreeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  setNodeSourceCodeLocation(node, location) {
    node.sourceCodeLocation = leanLocation(location)
  },
  updateNodeSourceCodeLocation(node, end) {
    // parse5 updates only nodes it gave a location.
    const location = node.sourceCodeLocation
    if (!location) return
    location.endLine = end.endLine ?? location.endLine
    location.endCol = end.endCol ?? location.endCol
    location.endOffset = end.endOffset ?? location.endOffset
    if (end.endTag) (location as Parse5Location).endTag = end.endTag
  }
}

/**
 * A location record of one shape (an end tag adds one field), not shared
 * with a token: parse5 reuses a token's location for every element it
 * makes from that token (formatting elements it reopens).
 */
function leanLocation(location: Token.Location | null | undefined): Parse5Location | null {
  if (!location) return null
  return {
    startLine: location.startLine,
    startCol: location.startCol,
    startOffset: location.startOffset,
    endLine: location.endLine,
    endCol: location.endCol,
    endOffset: location.endOffset
  }
}

/**
 * Parse `file`'s value (a string) into hast with positions.
 *
 * @param maxDepth
 *   Deepest element nesting kept as is.
 */
export function parseHtmlTree(file: VFile, maxDepth: number): ParsedTree {
  const document = LeanLocationParser.parse(String(file.value), {
    sourceCodeLocationInfo: true,
    treeAdapter: leanTreeAdapter
  })
  const tree: Root = {type: 'root', children: []}
  let flattened = 0
  // The elements being converted, outermost first: their parse5 node, the
  // hast element their children go to, and the next child to convert. The
  // element at index `i` is at depth `i + 1`. Three stacks rather than one
  // of objects: nothing to allocate per element.
  const sources: Array<Parse5Element> = []
  const targets: Array<Element> = []
  const indices: Array<number> = []

  const open = (node: Parse5Node, into: Array<RootContent>, depth: number): void => {
    const converted = convertLeaf(node)
    if (converted !== null) {
      into.push(converted)
      return
    }

    const element = node as Parse5Element
    const target = createElement(element)
    into.push(target)

    if (depth < maxDepth) {
      sources.push(element)
      targets.push(target)
      indices.push(0)
      return
    }

    flattened += liftDescendants(element, target.children)
    finishPosition(target, element.sourceCodeLocation)
  }

  for (const child of document.childNodes) {
    open(child, tree.children, 1)

    while (sources.length > 0) {
      const top = sources.length - 1
      const source = sources[top] as Parse5Element
      const target = targets[top] as Element
      const index = indices[top] as number
      const next = source.childNodes[index]
      if (next === undefined) {
        sources.pop()
        targets.pop()
        indices.pop()
        finishPosition(target, source.sourceCodeLocation)
        continue
      }

      indices[top] = index + 1
      open(next, target.children as Array<RootContent>, top + 2)
    }
  }

  return {tree, flattened}
}

/**
 * Every descendant of `element`, in document order, as a flat list of
 * childless elements and leaves. Returns how many elements lost children.
 */
function liftDescendants(element: Parse5Element, into: Array<ElementContent>): number {
  let lifted = 0
  const pending: Array<Parse5Node> = [...element.childNodes].reverse()

  while (pending.length > 0) {
    const node = pending.pop() as Parse5Node
    const converted = convertLeaf(node)
    if (converted !== null) {
      if (converted.type !== 'doctype') into.push(converted)
      continue
    }

    const child = node as Parse5Element
    const target = createElement(child)
    into.push(target)
    if (child.childNodes.length > 0) {
      lifted++
      for (let index = child.childNodes.length - 1; index >= 0; index--) {
        pending.push(child.childNodes[index] as Parse5Node)
      }
    }
  }

  return lifted
}

/** A text, comment or doctype node; `null` for an element. */
function convertLeaf(node: Parse5Node): RootContent | null {
  if (node.nodeName === '#text') {
    const text = node as DefaultTreeAdapterMap['textNode']
    return withPosition({type: 'text', value: text.value}, text.sourceCodeLocation)
  }

  if (node.nodeName === '#comment') {
    const comment = node as DefaultTreeAdapterMap['commentNode']
    return withPosition({type: 'comment', value: comment.data}, comment.sourceCodeLocation)
  }

  if (node.nodeName === '#documentType') return {type: 'doctype'}
  return null
}

function createElement(node: Parse5Element): Element {
  const schema = node.namespaceURI === svgNamespace ? svg : html
  const properties: Properties = {}

  for (const attribute of node.attrs) {
    const name = attribute.prefix ? attribute.prefix + ':' + attribute.name : attribute.name
    const info = find(schema, name)
    properties[info.property] = propertyValue(info, attribute.value)
  }

  return withPosition(
    {type: 'element', tagName: knownTagNames.get(node.tagName) ?? node.tagName, properties, children: []},
    node.sourceCodeLocation
  )
}

/** An attribute value as hastscript types it (lists, numbers, booleans). */
function propertyValue(info: ReturnType<typeof find>, value: string): Properties[string] {
  if (info.spaceSeparated) return parseSpaces(value).map((item) => listItem(info, item))
  if (info.commaSeparated) return parseCommas(value).map((item) => listItem(info, item))
  if (info.commaOrSpaceSeparated) {
    return parseSpaces(parseCommas(value).join(' ')).map((item) => listItem(info, item))
  }

  if (
    (info.boolean || info.overloadedBoolean) &&
    (value === '' || normalize(value) === normalize(info.property))
  ) {
    return true
  }

  return listItem(info, value)
}

function listItem(info: ReturnType<typeof find>, value: string): string | number {
  return info.number && value !== '' && !Number.isNaN(Number(value)) ? Number(value) : value
}

function withPosition<Node extends RootContent>(
  node: Node,
  location: DefaultTreeAdapterMap['textNode']['sourceCodeLocation']
): Node {
  if (location) node.position = toPosition(location)
  return node
}

function toPosition(location: NonNullable<Parse5Location>): Position {
  return {
    start: {line: location.startLine, column: location.startCol, offset: location.startOffset},
    end: {line: location.endLine, column: location.endCol, offset: location.endOffset}
  }
}

/**
 * An element parse5 closed implicitly (no end tag) ends where its last
 * child ends, as hast-util-from-parse5 has it (parse5 would end it at its
 * start tag).
 */
function finishPosition(element: Element, location: Parse5Location | null | undefined): void {
  if (!location || location.endTag || element.position === undefined) return
  const tail = element.children[element.children.length - 1]
  if (tail?.position) element.position.end = {...tail.position.end}
}
