import {readFileSync} from 'node:fs'
import {expect, test} from 'vitest'
import type {Root} from '../src/index.ts'
import {
  checkTree,
  emptyMeta,
  heading,
  paragraph,
  registerNodeType,
  root,
  section,
  sectionize,
  text
} from '../src/index.ts'
import {fileFor, linesToBlocks} from './helpers.ts'

function point(line: number, column: number, offset: number) {
  return {line, column, offset}
}

test('accepts sectionized samples', () => {
  const source = readFileSync(
    new URL('../../../samples/text/001_3bbaca17e2977359.txt', import.meta.url),
    'utf8'
  )
  const tree = root(
    emptyMeta('plain-text', '001.txt'),
    sectionize(linesToBlocks(source), fileFor(source))
  )
  expect(checkTree(tree)).toEqual([])
})

test('reports a broken tree with reasons and paths', () => {
  const meta = {...emptyMeta('plain-text', null), year: 2020.5, published: '2020-02-30'}
  const tree = {
    type: 'root',
    meta,
    children: [
      {type: 'heading', runIn: false, children: []},
      {
        type: 'section',
        depth: 2,
        numbering: {marker: '', ordinal: 0, style: 'A.'},
        children: [
          {type: 'paragraph', children: [{type: 'text', value: 1}]},
          {type: 'redacted', contactType: 'phone', replacement: 'x', position: {start: point(1, 1, 0), end: point(1, 2, 1)}}
        ]
      },
      {
        type: 'paragraph',
        children: [
          {type: 'text', value: 'b', position: {start: point(2, 1, 5), end: point(2, 2, 6)}},
          {type: 'text', value: 'a', position: {start: point(1, 1, 0), end: point(1, 2, 1)}},
          {type: 'text', value: 'c', position: {start: point(3, 2, 9), end: point(3, 1, 8)}},
          {type: 'section', depth: 1, numbering: null, children: []},
          {type: 'text', value: 'd', data: {note: undefined}},
          {type: 'mystery'}
        ]
      }
    ]
  }

  expect(checkTree(tree)).toEqual([
    {reason: 'Unexpected undefined value, expected JSON data', path: 'root.children[2].children[4].data.note'},
    {reason: 'Unexpected `meta.year`, expected an integer or `null`', path: 'root'},
    {reason: 'Unexpected `meta.published`, expected a `YYYY-MM-DD` date or `null`', path: 'root'},
    {reason: 'Unexpected `heading` in `root` content', path: 'root.children[0]'},
    {reason: 'Unexpected `numbering.marker`, expected a non-empty string', path: 'root.children[1]'},
    {reason: 'Unexpected `numbering.ordinal` `0`, expected a positive integer', path: 'root.children[1]'},
    {reason: 'Unexpected `numbering.style` `A.`, expected a numbering style', path: 'root.children[1]'},
    {reason: 'Unexpected section content, expected one `heading` as first child', path: 'root.children[1]'},
    {reason: 'Unexpected depth `2`, expected `1`', path: 'root.children[1]'},
    {reason: 'Unexpected `value`, expected a string', path: 'root.children[1].children[0].children[0]'},
    {reason: 'Unexpected `redacted` in `section` content', path: 'root.children[1].children[1]'},
    {reason: 'Unexpected `position` on `redacted`, expected none (it is generated)', path: 'root.children[1].children[1]'},
    {reason: 'Unexpected position before the previous sibling’s end', path: 'root.children[2].children[1]'},
    {reason: 'Unexpected `position`, expected `end` after `start`', path: 'root.children[2].children[2]'},
    {reason: 'Unexpected `section` in `paragraph` content', path: 'root.children[2].children[3]'},
    {reason: 'Unexpected section content, expected one `heading` as first child', path: 'root.children[2].children[3]'},
    {reason: 'Unexpected unknown node type `mystery`', path: 'root.children[2].children[5]'}
  ])
})

test('reports children outside their parent and cycles', () => {
  const child = {type: 'text', value: 'x', position: {start: point(2, 1, 10), end: point(2, 2, 11)}}
  const tree: Record<string, unknown> = {
    type: 'root',
    meta: emptyMeta('plain-text', null),
    children: [
      {type: 'paragraph', children: [child], position: {start: point(1, 1, 0), end: point(1, 5, 4)}}
    ]
  }
  expect(checkTree(tree)).toEqual([
    {reason: 'Unexpected position outside the parent’s', path: 'root.children[0].children[0]'}
  ])

  const looped = {type: 'root', meta: emptyMeta('plain-text', null), children: [] as Array<unknown>}
  looped.children.push(looped)
  expect(checkTree(looped)[0]).toEqual({reason: 'Unexpected cycle, expected a tree', path: 'root.children[0]'})
  expect(checkTree({type: 'paragraph'})).toEqual([{reason: 'Unexpected tree, expected a `root` node', path: 'root'}])
})

test('accepts third-party node types through options or the registry', () => {
  const tree = {
    ...root(emptyMeta('plain-text', null), [
      section({depth: 1, numbering: null}, [heading({runIn: false}, [text('指标')])])
    ])
  } as Root
  const first = tree.children[0]
  if (first?.type !== 'section') throw new Error('Unexpected tree')
  ;(first.children as Array<unknown>).push({type: 'indicator', name: '复议', value: 3})

  expect(checkTree(tree).map((problem) => problem.reason)).toEqual([
    'Unexpected unknown node type `indicator`'
  ])

  const spec = {
    contentOf: ['section'] as const,
    children: null,
    check: (node: Readonly<Record<string, unknown>>) =>
      typeof node.name === 'string' ? [] : ['Unexpected `name`, expected a string']
  }
  expect(checkTree(tree, {nodeTypes: {indicator: {...spec, contentOf: ['section']}}})).toEqual([])

  registerNodeType('indicator', {...spec, contentOf: ['section']})
  expect(checkTree(tree)).toEqual([])
  expect(() => registerNodeType('text', {...spec, contentOf: ['phrasing']})).toThrow(
    'registerNodeType: unexpected `text`, expected a type that is not built in'
  )
  expect(checkTree(root(emptyMeta('plain-text', null), [paragraph([text('a')])]))).toEqual([])
})
