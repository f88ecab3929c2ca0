import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import parsePlainText from '../src/index.ts'
import {parseText, ruleIds} from './helpers.ts'

describe('@baogao/parse-plain-text', () => {
  it('exposes only the plugin as its default export', async () => {
    expect(Object.keys(await import('../src/index.ts')).sort()).toEqual(['default'])
  })

  it('sets a parser on the processor (`unified().use(parsePlainText).parse(vfile)`)', () => {
    const file = new VFile({
      path: 'a/report.txt',
      value: 'XX县2021年法治政府建设工作报告\n2021年,我县扎实推进法治政府建设。'
    })
    const tree = unified().use(parsePlainText).parse(file)
    expect(tree.type).toBe('root')
    expect(tree.meta.title).toBe('XX县2021年法治政府建设工作报告')
    expect(tree.meta.source).toEqual({
      kind: 'plain-text',
      path: 'a/report.txt',
      fields: {},
      canonical: {},
      site: {},
      chrome: [],
      assets: []
    })
  })

  it('gives `source.path: null` for a file without a path', () => {
    expect(parseText('2021年,我县扎实推进法治政府建设。').tree.meta.source.path).toBe(null)
  })

  it('throws at attach time on bad options, naming the plugin and the field', () => {
    expect(() =>
      // @ts-expect-error: a wrong option type on purpose.
      unified().use(parsePlainText, {chrome: 'yes'}).freeze()
    ).toThrow('@baogao/parse-plain-text: unexpected `chrome` option `yes`, expected a boolean')
    expect(() =>
      // @ts-expect-error: wrong options on purpose.
      unified().use(parsePlainText, 5).freeze()
    ).toThrow('@baogao/parse-plain-text: unexpected options `5`, expected an object')
  })

  it('accepts `null` and empty options', () => {
    expect(() => unified().use(parsePlainText, null).freeze()).not.toThrow()
    expect(() => unified().use(parsePlainText, {}).freeze()).not.toThrow()
  })

  it('returns an empty root with a message for empty input, and never throws', () => {
    for (const source of ['', '\n\n', ' \u3000\u00A0\n']) {
      const {tree, file} = parseText(source)
      expect(tree.children).toEqual([])
      expect(tree.meta.title).toBe(null)
      expect(tree.meta.kind).toBe('unknown')
      expect(tree.meta.year).toBe(null)
      expect(ruleIds(file)).toEqual(['empty-document'])
    }
  })

  it('documents each message with source, rule and README anchor', () => {
    const {file} = parseText('')
    expect(
      file.messages.map((message) => ({
        source: message.source,
        ruleId: message.ruleId,
        url: message.url,
        fatal: message.fatal
      }))
    ).toEqual([
      {
        source: '@baogao/parse-plain-text',
        ruleId: 'empty-document',
        url: 'https://github.com/baogao/baogao/tree/main/plugins/parse-plain-text#empty-document',
        fatal: false
      }
    ])
  })

  it('reports a text with nothing but a title as `body-not-found`', () => {
    const {tree, file} = parseText('XX县2021年法治政府建设工作报告\n')
    expect(tree.meta.title).toBe('XX县2021年法治政府建设工作报告')
    expect(tree.children.map((child) => child.type)).toEqual(['title'])
    expect(ruleIds(file)).toEqual(['body-not-found'])
    expect(file.messages[0]?.reason).toBe(
      'Unexpected document without body text, expected paragraphs or sections'
    )
  })

  it('with `chrome: false`, keeps every line outside title and signature in the body', () => {
    const source =
      '当前位置:首页\nXX县2021年法治政府建设工作报告\n2021年,我县扎实推进法治政府建设。\n版权所有:XX县人民政府'
    const withChrome = parseText(source)
    expect(withChrome.tree.meta.title).toBe('XX县2021年法治政府建设工作报告')
    expect(withChrome.tree.meta.source.chrome).toEqual(['当前位置:首页', '版权所有:XX县人民政府'])

    const without = parseText(source, undefined, {chrome: false})
    // The title must open the text when chrome is not recognised.
    expect(without.tree.meta.title).toBe(null)
    expect(without.tree.meta.source.chrome).toEqual([])
    expect(without.tree.children.map((child) => child.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph'
    ])
  })
})
