import {readFileSync} from 'node:fs'
import type {Nodes, Root} from '@baogao/core'
import {toNormalizedReport, type NormalizedReport} from '@baogao/emit-json'
import {unified} from 'unified'
import {VFile} from 'vfile'
import parsePortalHtml, {type Options} from '../src/index.ts'

export const samplesHtml = new URL('../../../samples/html/', import.meta.url)
export const samplesExpected = new URL('../../../samples/expected/', import.meta.url)
export const fixtures = new URL('fixtures/', import.meta.url)

/** The five seeds, by file stem. */
export const stems = [
  '000_c38c80df23ae400c',
  '001_3bbaca17e2977359',
  '002_003a9d8f3bacc8c6',
  '003_8891a8d6d278ec13',
  '004_53ad0b29bc01cca5'
]

export interface Parsed {
  tree: Root
  file: VFile
  report: NormalizedReport
}

/** Parse bytes or a string as the engine hands them over. */
export function parseHtml(
  value: Uint8Array | string,
  options?: Options,
  path = 'page.html'
): Parsed {
  const file = new VFile({path, value})
  const tree = unified().use(parsePortalHtml, options).parse(file)
  return {tree, file, report: toNormalizedReport(tree, file)}
}

/** Parse a file under `samples/html/` or `test/fixtures/`. */
export function parseFile(url: URL, options?: Options): Parsed {
  return parseHtml(
    new Uint8Array(readFileSync(url)),
    options,
    url.pathname.split('/').slice(-2).join('/')
  )
}

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}

/** GBK bytes of a string (a table built from the platform's GBK decoder). */
export function gbk(text: string): Uint8Array {
  const bytes: Array<number> = []
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0
    if (code < 0x80) bytes.push(code)
    else bytes.push(...gbkBytes(character))
  }

  return Uint8Array.from(bytes)
}

let gbkTable: Map<string, [number, number]> | undefined

function gbkBytes(character: string): [number, number] {
  if (gbkTable === undefined) {
    gbkTable = new Map()
    const decoder = new TextDecoder('gbk')
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue
        const decoded = decoder.decode(new Uint8Array([lead, trail]))
        if (decoded.length === 1 && !gbkTable.has(decoded)) gbkTable.set(decoded, [lead, trail])
      }
    }
  }

  const found = gbkTable.get(character)
  if (found === undefined) throw new Error('Not in GBK: ' + character)
  return found
}

/**
 * The report's body as lines, in order: preamble, section headings (marker
 * and title) and paragraphs, epilogue, closing — what a reader sees as the
 * article from its first line to its last.
 */
export function bodyLines(report: NormalizedReport): Array<string> {
  const lines: Array<string> = [...report.preamble]
  const visit = (sections: NormalizedReport['sections']) => {
    for (const section of sections) {
      lines.push((section.marker ?? '') + section.title)
      lines.push(...section.paragraphs)
      visit(section.sections)
    }
  }

  visit(report.sections)
  lines.push(...report.epilogue)
  if (report.closing) lines.push(report.closing)
  return lines
}

/** Every text of the body and the signature, for "no chrome" checks. */
export function allBodyText(report: NormalizedReport): string {
  return [
    ...bodyLines(report),
    ...(report.signature?.organizations ?? []),
    ...(report.notes ?? [])
  ].join('\n')
}

/** Walk a tree without recursion. */
export function nodesOf(tree: Root): Array<Nodes> {
  const result: Array<Nodes> = []
  const stack: Array<Nodes> = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    result.push(node)
    if ('children' in node) {
      const children = node.children as Array<Nodes>
      for (let index = children.length - 1; index >= 0; index--)
        stack.push(children[index] as Nodes)
    }
  }

  return result
}
