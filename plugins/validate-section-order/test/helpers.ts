import {readFileSync} from 'node:fs'
import type {Block, ReportMeta, Root, TextBlock} from '@baogao/core'
import {sectionize} from '@baogao/core'
import parsePlainText from '@baogao/parse-plain-text'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import validateSectionOrder from '../src/index.ts'
import type {Options} from '../src/index.ts'

/** One text block per non-blank line of `source`, as a plain-text parser cuts it. */
function linesToBlocks(source: string): Array<Block> {
  const place = location(source)
  const blocks: Array<TextBlock> = []
  let offset = 0

  for (const line of source.split('\n')) {
    const value = line.trim()
    const start = offset + (line.length - line.trimStart().length)
    if (value.length > 0) {
      const pointAt = (index: number) => {
        const point = place.toPoint(start + index)
        if (point === undefined) throw new Error('Unexpected index ' + index)
        return point
      }

      blocks.push({kind: 'text', value, position: {start: pointAt(0), end: pointAt(value.length)}, pointAt})
    }

    offset += line.length + 1
  }

  return blocks
}

/**
 * A report tree built by core's sectionizer from body lines (no title,
 * closing or signature recognition), with the given metadata.
 */
export function bodyTree(source: string, meta: Partial<ReportMeta> = {}): Root {
  const file = new VFile(source)
  return {
    type: 'root',
    meta: {
      title: '某区人民政府2020年法治政府建设工作报告',
      issuer: null,
      kind: 'annual-report',
      year: 2020,
      published: null,
      signed: null,
      salutation: null,
      source: {kind: 'plain-text', path: null, fields: {}, site: {}, chrome: [], assets: []},
      ...meta
    },
    children: sectionize(linesToBlocks(source), file)
  }
}

/** Run the plugin over a tree; the messages it added. */
export async function check(tree: Root, options?: Options): Promise<VFile> {
  const file = new VFile()
  await unified().use(validateSectionOrder, options).run(tree, file)
  return file
}

/** Parse text with the plain-text parser and run the plugin. */
export async function checkText(
  value: string,
  options?: Options
): Promise<{file: VFile; tree: Root}> {
  const file = new VFile({value, path: 'report.txt'})
  const processor = unified().use(parsePlainText).use(validateSectionOrder, options)
  const tree = processor.parse(file) as Root
  await processor.run(tree, file)
  return {file, tree}
}

/** Messages of this plugin as `line:column rule-id reason`. */
export function own(file: VFile): Array<string> {
  return file.messages
    .filter((message) => message.source === 'validate-section-order')
    .map((message) => message.line + ':' + message.column + ' ' + message.ruleId + ' ' + message.reason)
}

/** Messages of this plugin as `line rule-id`. */
export function brief(file: VFile): Array<string> {
  return file.messages
    .filter((message) => message.source === 'validate-section-order')
    .map((message) => message.line + ' ' + message.ruleId)
}

export const samples = new URL('../../../samples/text/', import.meta.url)

export function seed(prefix: string): string {
  const names: Record<string, string> = {
    '000': '000_c38c80df23ae400c.txt',
    '001': '001_3bbaca17e2977359.txt',
    '002': '002_003a9d8f3bacc8c6.txt',
    '003': '003_8891a8d6d278ec13.txt',
    '004': '004_53ad0b29bc01cca5.txt'
  }
  const name = names[prefix]
  if (!name) throw new Error('Unexpected seed ' + prefix)
  return readFileSync(new URL(name, samples), 'utf8')
}
