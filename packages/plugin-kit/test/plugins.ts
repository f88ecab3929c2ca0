/**
 * Small plugins for the kit's own tests: well-behaved ones of each role,
 * and one per way of breaking the conformance rules.
 */
import {defineRule, paragraph, text, toText} from '../src/index.ts'
import type {Nodes, Paragraph, Root} from '../src/index.ts'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'

function* paragraphs(node: Nodes): Generator<Paragraph> {
  if (node.type === 'paragraph') yield node
  if ('children' in node) for (const child of node.children) yield* paragraphs(child)
}

export interface CountOptions {
  minimum?: number
}

/** Flags paragraphs with fewer than `minimum` digits. */
export const fewDigits = defineRule<CountOptions>(
  {id: 'few-digits', source: 'kit-test', url: 'https://example.org/kit#few-digits', fields: {minimum: {kind: 'integer', minimum: 0}}},
  {minimum: 1},
  ({tree, options, report}) => {
    for (const node of paragraphs(tree)) {
      const digits = toText(node).replace(/\D/g, '').length
      if (digits < options.minimum) report('Unexpected `' + digits + '` digits, expected at least `' + options.minimum + '`', node)
    }
  }
)

/** A compiler: the text of every paragraph, one per line. */
export const emitLines: Plugin<[], Root, string> = function () {
  this.compiler = (tree) => [...paragraphs(tree as Root)].map((node) => toText(node)).join('\n') + '\n'
}

/** A parser: a paragraph per non-empty line. */
export const parseLines: Plugin<[], string, Root> = function () {
  this.parser = (document) => {
    const children: Array<Paragraph> = []
    let offset = 0
    for (const [index, line] of document.split('\n').entries()) {
      if (line !== '') {
        const position = {start: {line: index + 1, column: 1, offset}, end: {line: index + 1, column: line.length + 1, offset: offset + line.length}}
        children.push(paragraph([text(line, position)], position))
      }

      offset += line.length + 1
    }

    return {type: 'root', meta: {title: null, issuer: null, kind: 'unknown', year: null, published: null, signed: null, salutation: null, source: {kind: 'plain-text', path: null, fields: {}, site: {}, chrome: [], assets: []}}, children}
  }
}

let counter = 0
/** Keeps a counter across files: its messages differ from file to file. */
export const stateful: Plugin<[], Root, Root> = function () {
  return (_tree: Root, file: VFile) => {
    counter++
    file.message('Unexpected file number `' + counter + '`')
  }
}

/** Quotes the source of each paragraph, redacted details included. */
export const leaky: Plugin<[], Root, Root> = function () {
  return (tree: Root, file: VFile) => {
    for (const node of paragraphs(tree)) {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined) file.message('Paragraph `' + String(file.value).slice(start, end) + '`', node)
    }
  }
}

/** Puts a paragraph where only phrasing content may go. */
export const breaksTree: Plugin<[], Root, Root> = function () {
  return (tree: Root) => {
    const first = [...paragraphs(tree)][0]
    if (first !== undefined) first.children.push(paragraph([]) as never)
  }
}

/** Throws on a report without children. */
export const throwsOnEmpty: Plugin<[], Root, Root> = function () {
  return (tree: Root) => {
    if (tree.children.length === 0) throw new Error('nothing to check')
  }
}

/** Gives a different output each time. */
export const random: Plugin<[], Root, Root> = function () {
  return (_tree: Root, file: VFile) => {
    file.data['random' as never] = Math.random() as never
  }
}

/** A compiler that empties the tree it compiles. */
export const destructiveCompiler: Plugin<[], Root, string> = function () {
  this.compiler = (tree) => {
    const root = tree as Root
    const count = root.children.length
    root.children = []
    return String(count)
  }
}
