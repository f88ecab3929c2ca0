import fs from 'node:fs'
import path from 'node:path'
import {checkTree, type Nodes, type Root} from '@baogao/core'
import {describe, expect, it} from 'vitest'
import {allNodes, parsePath, repoRoot} from './helpers.ts'

const seeds = fs
  .readdirSync(path.join(repoRoot, 'samples/text'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => 'samples/text/' + name)
const fixtures = fs
  .readdirSync(path.join(repoRoot, 'plugins/parse-plain-text/test/fixtures'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => 'plugins/parse-plain-text/test/fixtures/' + name)
const inputs = [...seeds, ...fixtures]

/** Offsets covered by the report: text nodes and section numbering markers. */
function coveredOffsets(tree: Root, source: string): Array<boolean> {
  const covered = Array.from({length: source.length}, () => false)
  const mark = (start: number, end: number) => {
    for (let offset = start; offset < end; offset++) covered[offset] = true
  }

  for (const node of allNodes(tree)) {
    if (node.type === 'text' && node.position) {
      mark(node.position.start.offset ?? 0, node.position.end.offset ?? 0)
    }

    if (node.type === 'section' && node.numbering) {
      const heading = node.children[0]
      const start = heading?.position?.start.offset ?? 0
      // The marker is written where the heading starts.
      expect(source.slice(start, start + node.numbering.marker.length)).toBe(node.numbering.marker)
      mark(start, start + node.numbering.marker.length)
    }
  }

  return covered
}

/** The 1-based numbers of lines that hold a character no node covers. */
function uncoveredLines(tree: Root, source: string): Array<number> {
  const covered = coveredOffsets(tree, source)
  const lines = new Set<number>()
  let line = 1
  for (let offset = 0; offset < source.length; offset++) {
    const character = source.charAt(offset)
    if (character === '\n') line++
    else if (!/[\s\u200B\uFEFF]/.test(character) && !covered[offset]) lines.add(line)
  }

  return [...lines]
}

describe('positions', () => {
  it.each(inputs)('%s: every text node slices the source to its value', (input) => {
    const {tree, source} = parsePath(input)
    const texts = allNodes(tree).filter((node) => node.type === 'text')
    expect(texts.length).toBeGreaterThan(0)
    for (const node of texts) {
      expect(node.position, 'text without position').toBeDefined()
      const {start, end} = node.position ?? {start: {offset: 0}, end: {offset: 0}}
      expect(source.slice(start.offset, end.offset)).toBe(node.value)
    }
  })

  it.each(inputs)('%s: every node has a position that holds its children, in order', (input) => {
    const {tree, source} = parsePath(input)
    expect(tree.position?.start).toEqual({line: 1, column: 1, offset: 0})
    expect(tree.position?.end.offset).toBe(source.length)

    for (const node of allNodes(tree)) {
      expect(node.position, node.type + ' without position').toBeDefined()
      if (!('children' in node)) continue
      let previousEnd = node.position?.start.offset ?? 0
      for (const child of node.children as Array<Nodes>) {
        const start = child.position?.start.offset ?? -1
        const end = child.position?.end.offset ?? -1
        expect(start).toBeGreaterThanOrEqual(previousEnd)
        expect(end).toBeGreaterThanOrEqual(start)
        expect(end).toBeLessThanOrEqual(node.position?.end.offset ?? 0)
        previousEnd = end
      }
    }
  })

  it.each(inputs)('%s: passes core checkTree', (input) => {
    const {tree} = parsePath(input)
    expect(checkTree(JSON.parse(JSON.stringify(tree)))).toEqual([])
  })
})

describe('no body text is dropped', () => {
  it('covers every character of the plain seeds (000, 002, 003)', () => {
    for (const input of [seeds[0], seeds[2], seeds[3]]) {
      const {tree, source} = parsePath(input as string)
      expect(uncoveredLines(tree, source), input).toEqual([])
    }
  })

  it('leaves only chrome and field lines of 001 outside the tree', () => {
    const {tree, source} = parsePath(seeds[1] as string)
    // Bullets, fields and their values, footer.
    expect(uncoveredLines(tree, source)).toEqual([
      1, 2, 3, 4, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 30, 160, 163, 165, 167
    ])
  })

  it('leaves only chrome and field lines of 004 outside the tree', () => {
    const {tree, source} = parsePath(seeds[4] as string)
    expect(uncoveredLines(tree, source)).toEqual([1, 2, 3, 4, 6, 56, 57, 58])
  })

  it.each(fixtures)('%s: covers everything but chrome and fields', (input) => {
    const {tree, source} = parsePath(input)
    const lines = source.split(/\r\n|\r|\n/)
    const outside = uncoveredLines(tree, source).map((line) => (lines[line - 1] ?? '').trim())
    const {chrome, fields} = tree.meta.source
    for (const text of outside) {
      const isChrome = chrome.some((piece) => text.includes(piece))
      const isField = Object.entries(fields).some(
        ([label, value]) => text.includes(label) || text === value
      )
      expect(isChrome || isField, text).toBe(true)
    }
  })
})
