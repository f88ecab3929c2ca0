import type {Heading, Paragraph, Root, Section, TableCell, Text} from '@baogao/core'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {afterEach, describe, expect, test, vi} from 'vitest'
import redactContacts, {type Options} from '../src/index.ts'
import {meta, paragraphs, pointIn, textAt} from './trees.ts'

afterEach(() => {
  vi.unstubAllEnvs()
})

async function run(tree: Root, options?: Options, file = new VFile()) {
  const processor = unified().use(redactContacts, options)
  const result = await processor.run(tree, file)
  return {tree: result as Root, file}
}

describe('text nodes', () => {
  test('each contact becomes a `redacted` node; the text pieces keep exact positions', async () => {
    const source = '特此报告。\n联系电话：0716-5227196，邮箱：a@b.cn。'
    const {tree} = await run(paragraphs(source))
    expect(tree.children[1]).toEqual({
      type: 'paragraph',
      children: [
        textAt(source, 6, 11),
        {type: 'redacted', contactType: 'phone', replacement: '[PHONE]'},
        textAt(source, 23, 27),
        {type: 'redacted', contactType: 'email', replacement: '[EMAIL]'},
        textAt(source, 33, 34)
      ]
    })
  })

  test('columns count UTF-16 code units, also after characters outside the BMP', async () => {
    const source = '𠮷电话：0716-5227196 𠮷'
    const {tree} = await run(paragraphs(source))
    const pieces = (tree.children[0] as Paragraph).children
    expect(pieces).toEqual([
      {type: 'text', value: '𠮷电话：', position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 6, offset: 5}}},
      {type: 'redacted', contactType: 'phone', replacement: '[PHONE]'},
      {type: 'text', value: ' 𠮷', position: {start: {line: 1, column: 18, offset: 17}, end: {line: 1, column: 21, offset: 20}}}
    ])
  })

  test('a text value over several lines keeps lines and columns right', async () => {
    const source = '标题\n电话：\n0716-5227196 末尾'
    const tree: Root = {type: 'root', meta: meta(), children: [{type: 'paragraph', children: [textAt(source, 3, source.length)]}]}
    const {tree: result} = await run(tree)
    expect((result.children[0] as Paragraph).children).toEqual([
      textAt(source, 3, 7),
      {type: 'redacted', contactType: 'phone', replacement: '[PHONE]'},
      textAt(source, 19, source.length)
    ])
    expect(textAt(source, 19, source.length).position?.start).toEqual({line: 3, column: 13, offset: 19})
  })

  test('a contact split over two text nodes is read whole and replaced once', async () => {
    const source = '电话：0716-5227196 完'
    const tree: Root = {
      type: 'root',
      meta: meta(),
      children: [{type: 'paragraph', children: [textAt(source, 0, 8), textAt(source, 8, source.length)]}]
    }
    const {tree: result} = await run(tree)
    expect((result.children[0] as Paragraph).children).toEqual([
      textAt(source, 0, 3),
      {type: 'redacted', contactType: 'phone', replacement: '[PHONE]'},
      textAt(source, 15, source.length)
    ])
  })

  test('text whose value is not its source slice gets pieces without positions', async () => {
    const normalised: Text = {
      type: 'text',
      value: '电话：0716-5227196',
      position: {start: {line: 4, column: 3, offset: 40}, end: {line: 4, column: 30, offset: 67}}
    }
    const tree: Root = {type: 'root', meta: meta(), children: [{type: 'paragraph', children: [normalised]}]}
    const {tree: result, file} = await run(tree, {audit: true})
    expect((result.children[0] as Paragraph).children).toEqual([
      {type: 'text', value: '电话：'},
      {type: 'redacted', contactType: 'phone', replacement: '[PHONE]'}
    ])
    expect(file.data.redactionAudit).toEqual([{type: 'phone', place: '4:3'}])
  })

  test('every phrasing parent is read: headings, table cells, enumeration items, signatories, notes', async () => {
    const phone = (value = '电话：0716-5227196'): Text => ({type: 'text', value})
    const heading: Heading = {type: 'heading', runIn: false, children: [phone()]}
    const cell: TableCell = {type: 'tableCell', header: false, colSpan: 1, rowSpan: 1, children: [phone()]}
    const section: Section = {
      type: 'section',
      depth: 1,
      numbering: null,
      children: [
        heading,
        {type: 'table', children: [{type: 'tableRow', children: [cell]}]},
        {
          type: 'paragraph',
          children: [
            phone('一是'),
            {
              type: 'enumeration',
              style: '一是',
              children: [
                {type: 'enumerationItem', numbering: {marker: '一是', ordinal: 1, style: '一是'}, children: [phone()]}
              ]
            }
          ]
        }
      ]
    }
    const tree: Root = {
      type: 'root',
      meta: meta(),
      children: [
        {type: 'title', children: [phone()]},
        section,
        {type: 'signature', children: [{type: 'signatory', children: [phone()]}]},
        {type: 'note', children: [phone('（联系人：张三）')]}
      ]
    }

    const {file} = await run(tree)
    expect(JSON.stringify(tree)).not.toContain('5227196')
    expect(JSON.stringify(tree)).not.toContain('张三')
    expect(file.data.redactions).toEqual({
      total: 6,
      byType: {phone: 5, mobile: 0, fax: 0, email: 0, address: 0, postcode: 0, qq: 0, wechat: 0, name: 1}
    })
  })
})

describe('metadata', () => {
  test('strings are redacted inline; portal fields are read with their key as label', async () => {
    const tree: Root = {
      type: 'root',
      meta: meta({
        title: '公安县2019年法治政府建设工作报告',
        issuer: '公安县人民政府办公室（电话：0716-5227196）',
        salutation: '市人民政府:',
        source: {
          kind: 'portal-html',
          path: null,
          fields: {索引号: '201140958/2022-03057', 联系电话: '5227197', 发文字号: '公编〔2019〕23号'},
          site: {SiteIDCode: '4210220025', SiteName: '公安县人民政府'},
          chrome: ['鄂ICP备11002588号-1 网站标识码:4210220025', '地址:湖北省公安县斗湖堤镇油江路122号 邮箱:gaxzfwz@gongan.gov.cn'],
          assets: [
            {kind: 'attachment', url: 'mailto:gaxzfwz@gongan.gov.cn', title: '联系我们'},
            {kind: 'image', url: '/uploads/W020200420591234567890.jpg', title: null}
          ]
        }
      }),
      children: []
    }

    const {file} = await run(tree, {audit: true, labels: 'zh'})
    expect(tree.meta).toEqual(
      meta({
        title: '公安县2019年法治政府建设工作报告',
        issuer: '公安县人民政府办公室（电话：【电话】）',
        salutation: '市人民政府:',
        source: {
          kind: 'portal-html',
          path: null,
          fields: {索引号: '201140958/2022-03057', 联系电话: '【电话】', 发文字号: '公编〔2019〕23号'},
          site: {SiteIDCode: '4210220025', SiteName: '公安县人民政府'},
          chrome: ['鄂ICP备11002588号-1 网站标识码:4210220025', '地址:【地址】 邮箱:【邮箱】'],
          assets: [
            {kind: 'attachment', url: 'mailto:【邮箱】', title: '联系我们'},
            {kind: 'image', url: '/uploads/W020200420591234567890.jpg', title: null}
          ]
        }
      })
    )
    expect(file.data.redactionAudit).toEqual([
      {type: 'phone', place: 'meta.issuer'},
      {type: 'phone', place: 'meta.source.fields.联系电话'},
      {type: 'address', place: 'meta.source.chrome[1]'},
      {type: 'email', place: 'meta.source.chrome[1]'},
      {type: 'email', place: 'meta.source.assets[0].url'}
    ])
  })
})

describe('canonical fields', () => {
  test('are redacted as the field they copy, each copy counted at its place', async () => {
    const issuer = '公安县司法局（电话：0716-5227196）'
    const tree: Root = {
      type: 'root',
      meta: meta({
        source: {
          kind: 'portal-html',
          path: null,
          fields: {'索 引 号': '201140958/2022-03057', 发布机构: issuer},
          canonical: {index: '201140958/2022-03057', issuer, source: '邮箱 a@b.cn'},
          site: {},
          chrome: [],
          assets: []
        }
      }),
      children: []
    }

    const {file} = await run(tree, {audit: true, labels: 'zh'})
    expect(tree.meta.source.fields).toEqual({'索 引 号': '201140958/2022-03057', 发布机构: '公安县司法局（电话：【电话】）'})
    expect(tree.meta.source.canonical).toEqual({
      index: '201140958/2022-03057',
      issuer: '公安县司法局（电话：【电话】）',
      source: '邮箱 【邮箱】'
    })
    expect(file.data.redactionAudit).toEqual([
      {type: 'phone', place: 'meta.source.fields.发布机构'},
      {type: 'phone', place: 'meta.source.canonical.issuer'},
      {type: 'email', place: 'meta.source.canonical.source'}
    ])
  })
})

describe('file data', () => {
  test('counts by type, and with `audit` the place of each redaction, never the value', async () => {
    const source = '联系人：张三\n电话：0716-5227196 手机：13912345678\n邮编：434300'
    const {file} = await run(paragraphs(source), {audit: true})
    expect(file.data.redactions).toEqual({
      total: 4,
      byType: {phone: 1, mobile: 1, fax: 0, email: 0, address: 0, postcode: 1, qq: 0, wechat: 0, name: 1}
    })
    expect(file.data.redactionAudit).toEqual([
      {type: 'name', place: '1:5'},
      {type: 'phone', place: '2:4'},
      {type: 'mobile', place: '2:20'},
      {type: 'postcode', place: '3:4'}
    ])
    expect(pointIn(source, source.indexOf('13912345678'))).toEqual({line: 2, column: 20, offset: 26})
  })

  test('counts are zero when nothing is found, and no audit list without `audit`', async () => {
    const {file} = await run(paragraphs('特此报告。'))
    expect(file.data).toEqual({
      redactions: {
        total: 0,
        byType: {phone: 0, mobile: 0, fax: 0, email: 0, address: 0, postcode: 0, qq: 0, wechat: 0, name: 0}
      }
    })
    expect(file.messages).toEqual([])
  })
})

describe('operators in the tree', () => {
  test('mask and hash put their replacement on the node', async () => {
    const source = '手机：13912345678'
    const masked = await run(paragraphs(source), {operator: 'mask'})
    const hashed = await run(paragraphs(source), {operator: 'hash', secret: 's'})
    expect((masked.tree.children[0] as Paragraph).children[1]).toEqual({
      type: 'redacted',
      contactType: 'mobile',
      replacement: '139****5678'
    })
    expect((hashed.tree.children[0] as Paragraph).children[1]).toEqual({
      type: 'redacted',
      contactType: 'mobile',
      replacement: expect.stringMatching(/^\[MOBILE:[0-9a-f]{8}\]$/)
    })
  })

  for (const options of [{}, {labels: 'zh'}, {operator: 'mask'}, {operator: 'hash', secret: 's'}] as const) {
    test('a second run with `' + JSON.stringify(options) + '` changes nothing and counts nothing new', async () => {
      const source = '联系人：张三 电话：0716-5227196、5227197 邮箱：a@b.cn\n地址：公安县油江路122号（434300）'
      const file = new VFile()
      const once = await run(paragraphs(source), options, file)
      const snapshot = structuredClone(once.tree)
      const counts = structuredClone(file.data.redactions)
      const twice = await run(once.tree, options, file)
      expect(twice.tree).toEqual(snapshot)
      expect(file.data.redactions).toEqual(counts)
      expect(counts?.total).toBe(6)
    })
  }
})

describe('options', () => {
  test('bad options throw when the plugin is attached, naming the plugin and field', () => {
    expect(() => unified().use(redactContacts, {operator: 'erase' as 'mask'}).freeze()).toThrow(
      '@baogao/redact-contacts: option `operator` must be `replace`, `mask` or `hash`'
    )
    expect(() => unified().use(redactContacts, {types: ['pager' as 'phone']}).freeze()).toThrow(
      /^@baogao\/redact-contacts: option `types` must be a list of/
    )
  })

  test('`hash` without a secret throws at attach time', () => {
    vi.stubEnv('BAOGAO_REDACT_SECRET', '')
    expect(() => unified().use(redactContacts, {operator: 'hash'}).freeze()).toThrow(
      '@baogao/redact-contacts: option `secret` (or the `BAOGAO_REDACT_SECRET` environment variable) must be a non-empty string with `operator: hash`'
    )
  })

  test('`types` limits what is redacted', async () => {
    const {tree} = await run(paragraphs('电话：0716-5227196 邮箱：a@b.cn'), {types: ['email']})
    expect((tree.children[0] as Paragraph).children.map((child) => child.type)).toEqual(['text', 'redacted'])
  })
})
