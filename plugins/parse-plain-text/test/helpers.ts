import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Nodes, Root, Section} from '@baogao/core'
import {unified} from 'unified'
import {VFile} from 'vfile'
import parsePlainText, {type Options} from '../src/index.ts'

const here = path.dirname(fileURLToPath(import.meta.url))

/** The repository root, so seeds are read by their repo-relative paths. */
export const repoRoot = path.resolve(here, '../../..')

export interface Parsed {
  tree: Root
  file: VFile
  source: string
}

/** Parse a file given relative to the repository root. */
export function parsePath(relative: string, options?: Options): Parsed {
  const source = fs.readFileSync(path.join(repoRoot, relative), 'utf8')
  return parseText(source, relative, options)
}

/** Parse a synthetic fixture from `test/fixtures`. */
export function parseFixture(name: string, options?: Options): Parsed {
  return parsePath('plugins/parse-plain-text/test/fixtures/' + name, options)
}

export function parseText(source: string, filePath?: string, options?: Options): Parsed {
  const file = new VFile({path: filePath, value: source})
  const tree = unified().use(parsePlainText, options).parse(file)
  return {tree, file, source}
}

/** The text of a node, and a section's heading title: core's helpers. */
export {headingTitle as titleOf, toText as textOf} from '@baogao/core'

export function topSections(tree: Root): Array<Section> {
  return tree.children.filter((child): child is Section => child.type === 'section')
}

/** Every node of the tree, depth first. */
export function allNodes(node: Nodes): Array<Nodes> {
  const nodes: Array<Nodes> = [node]
  if ('children' in node) {
    for (const child of node.children as Array<Nodes>) nodes.push(...allNodes(child))
  }

  return nodes
}

/** `ruleId`s of the file's messages, in order. */
export function ruleIds(file: VFile): Array<string | undefined> {
  return file.messages.map((message) => message.ruleId)
}
