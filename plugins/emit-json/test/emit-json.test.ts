import {emptyRedactionCounts, type Root} from '@baogao/core'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {emitJson, toNormalizedReport, type NormalizedReport} from '../src/index.ts'
import {fullReport, meta} from './trees.ts'

function compile(tree: Root, file = new VFile(), options?: Parameters<typeof emitJson>[0]): string {
  const processor = unified().use(emitJson, options).freeze()
  return processor.stringify(tree, file)
}

describe('toNormalizedReport', () => {
  it('normalizes every field of a full report', () => {
    const expected: NormalizedReport = {
      schemaVersion: 1,
      meta: {
        title: '某县2020年法治政府建设工作报告',
        issuer: '某县人民政府',
        kind: 'annual-report',
        year: 2020,
        published: '2021-03-02',
        signed: '2021-01-08',
        salutation: '市人民政府:',
        source: {
          kind: 'portal-html',
          path: 'in/a.html',
          fields: {'索 引 号': '201140958/2022-03057', 发文字号: '无'},
          canonical: {index: '201140958/2022-03057', docNumber: '无'},
          site: {SiteName: '某县人民政府网'},
          assets: [
            {kind: 'image', url: 'a.png', title: null},
            {kind: 'attachment', url: '/u/报告.pdf', title: '报告.pdf'}
          ]
        }
      },
      preamble: ['现将有关情况报告如下:'],
      sections: [
        {
          marker: '一、',
          ordinal: 1,
          style: '一、',
          depth: 1,
          title: '主要举措和成效',
          paragraphs: ['总体情况。'],
          sections: [
            {
              marker: '(一)',
              ordinal: 1,
              style: '(一)',
              depth: 2,
              title: '认真研究,科学部署',
              paragraphs: ['工作有三点:一是建机构;二是定制度。'],
              tables: [[['项目', '件数'], ['复议', '12']]],
              sections: []
            }
          ]
        },
        {
          marker: null,
          ordinal: null,
          style: null,
          depth: 1,
          title: '下一步工作安排',
          paragraphs: ['继续推进。'],
          sections: []
        }
      ],
      epilogue: ['2021年,我县将继续努力。'],
      tables: [[['附表']]],
      closing: '特此报告。',
      signature: {organizations: ['某县人民政府', '某县司法局'], date: '2021-01-08'},
      notes: ['(此件公开发布)'],
      messages: [],
      redactions: emptyRedactionCounts()
    }

    const report = toNormalizedReport(fullReport(), new VFile())
    expect(report).toEqual(expected)
    // Key order is part of the contract (deterministic bytes).
    expect(Object.keys(report)).toEqual([
      'schemaVersion', 'meta', 'preamble', 'sections', 'epilogue', 'tables',
      'closing', 'signature', 'notes', 'messages', 'redactions'
    ])
    expect(Object.keys(report.sections[0]!.sections[0]!)).toEqual([
      'marker', 'ordinal', 'style', 'depth', 'title', 'paragraphs', 'tables', 'sections'
    ])
  })

  it('gives `canonical: {}` and no `assets` for a tree made before they existed', () => {
    const {canonical: _canonical, assets: _assets, ...source} = meta().source
    const tree = {type: 'root', meta: {...meta(), source}, children: []} as unknown as Root
    expect(toNormalizedReport(tree, new VFile()).meta.source).toStrictEqual({kind: 'plain-text', path: null, fields: {}, canonical: {}})
  })

  it('gives an empty report for an empty tree, without `site`, `assets` or `tables`', () => {
    expect(toNormalizedReport({type: 'root', meta: meta(), children: []}, new VFile())).toEqual({
      schemaVersion: 1,
      meta: {
        title: null,
        issuer: null,
        kind: 'unknown',
        year: null,
        published: null,
        signed: null,
        salutation: null,
        source: {kind: 'plain-text', path: null, fields: {}, canonical: {}}
      },
      preamble: [],
      sections: [],
      epilogue: [],
      closing: null,
      signature: null,
      notes: [],
      messages: [],
      redactions: emptyRedactionCounts()
    })
  })

  it('takes the path from the file when the tree has none, and the tree’s path first', () => {
    const tree: Root = {type: 'root', meta: meta(), children: []}
    expect(toNormalizedReport(tree, new VFile({path: 'samples/text/a.txt'})).meta.source.path).toBe('samples/text/a.txt')
    tree.meta.source.path = 'given/a.txt'
    expect(toNormalizedReport(tree, new VFile({path: '/abs/a.txt'})).meta.source.path).toBe('given/a.txt')
  })

  it('puts every root paragraph before the first section in `preamble`, all later ones in `epilogue`', () => {
    const paragraph = (value: string) => ({type: 'paragraph' as const, children: [{type: 'text' as const, value}]})
    const tree: Root = {
      type: 'root',
      meta: meta(),
      children: [
        paragraph('a'),
        paragraph('b'),
        {type: 'section', depth: 1, numbering: null, children: []},
        paragraph('c'),
        {type: 'section', depth: 1, numbering: null, children: []},
        paragraph('d')
      ]
    }
    const report = toNormalizedReport(tree, new VFile())
    expect([report.preamble, report.epilogue, report.sections.map((section) => section.title)]).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['', '']
    ])
  })

  it('writes only the replacement of a `redacted` node, wherever it is', () => {
    // A redacted node that (wrongly) carries more than its replacement.
    const redacted = {type: 'redacted', contactType: 'phone', replacement: '[电话]', value: '0716-5227196', children: [{type: 'text', value: '0716-5227196'}], data: {original: '0716-5227196'}} as unknown as {type: 'redacted'; contactType: 'phone'; replacement: string}
    const tree: Root = {
      type: 'root',
      meta: meta(),
      children: [
        {type: 'paragraph', children: [{type: 'text', value: '电话:'}, redacted, {type: 'text', value: '。'}]},
        {
          type: 'section',
          depth: 1,
          numbering: {marker: '一、', ordinal: 1, style: '一、'},
          children: [
            {type: 'heading', runIn: false, children: [{type: 'text', value: '联系'}, redacted]},
            {type: 'paragraph', children: [{type: 'enumeration', style: '一是', children: [{type: 'enumerationItem', numbering: {marker: '一是', ordinal: 1, style: '一是'}, children: [{type: 'text', value: '一是'}, redacted]}]}]}
          ]
        },
        {type: 'signature', children: [{type: 'signatory', children: [redacted]}, {type: 'signatureDate', date: null, children: [{type: 'text', value: '2020414'}]}]}
      ]
    }
    const text = compile(tree)
    expect(text).not.toContain('0716')
    const report = JSON.parse(text) as NormalizedReport
    expect(report.preamble).toEqual(['电话:[电话]。'])
    expect(report.sections[0]!.title).toBe('联系[电话]')
    expect(report.sections[0]!.paragraphs).toEqual(['一是[电话]'])
    expect(report.signature).toEqual({organizations: ['[电话]'], date: null})
  })

  it('copies redaction counts in a fixed key order, whatever order the redactor used', () => {
    const file = new VFile()
    file.data.redactions = {
      total: 3,
      byType: {name: 1, phone: 2, mobile: 0, fax: 0, email: 0, address: 0, postcode: 0, qq: 0, wechat: 0}
    }
    const report = toNormalizedReport({type: 'root', meta: meta(), children: []}, file)
    expect(report.redactions).toEqual({
      total: 3,
      byType: {phone: 2, mobile: 0, fax: 0, email: 0, address: 0, postcode: 0, qq: 0, wechat: 0, name: 1}
    })
    expect(Object.keys(report.redactions.byType)).toEqual(Object.keys(emptyRedactionCounts().byType))
  })

  it('orders messages by line, column, then rule id, keeping ties in emission order', () => {
    const file = new VFile()
    file.message('Unexpected `c`, expected `d`', {place: {line: 3, column: 1}, ruleId: 'b-rule', source: 'x'})
    file.message('Unexpected `a`, expected `b`', {place: {line: 3, column: 1}, ruleId: 'a-rule', source: 'x'})
    file.message('first at 2:5', {place: {line: 2, column: 5}, ruleId: 'z', source: 'y'})
    file.message('placeless', {ruleId: 'missing-title', source: 'y'})
    file.message('tie one', {place: {line: 9, column: 9}, ruleId: 'same', source: 'y'})
    file.message('tie two', {place: {line: 9, column: 9}, ruleId: 'same', source: 'y'})
    file.info('an info', {place: {line: 1, column: 2}})
    try {
      file.fail('a fatal', {place: {start: {line: 4, column: 7}, end: {line: 4, column: 9}}, ruleId: 'broken', source: 'z'})
    } catch {}

    expect(toNormalizedReport({type: 'root', meta: meta(), children: []}, file).messages).toEqual([
      {ruleId: 'missing-title', source: 'y', severity: 'warning', reason: 'placeless', line: null, column: null},
      {ruleId: null, source: null, severity: 'info', reason: 'an info', line: 1, column: 2},
      {ruleId: 'z', source: 'y', severity: 'warning', reason: 'first at 2:5', line: 2, column: 5},
      {ruleId: 'a-rule', source: 'x', severity: 'warning', reason: 'Unexpected `a`, expected `b`', line: 3, column: 1},
      {ruleId: 'b-rule', source: 'x', severity: 'warning', reason: 'Unexpected `c`, expected `d`', line: 3, column: 1},
      {ruleId: 'broken', source: 'z', severity: 'error', reason: 'a fatal', line: 4, column: 7},
      {ruleId: 'same', source: 'y', severity: 'warning', reason: 'tie one', line: 9, column: 9},
      {ruleId: 'same', source: 'y', severity: 'warning', reason: 'tie two', line: 9, column: 9}
    ])
  })

  it('joins several closings and merges several signatures (first date wins)', () => {
    const tree: Root = {
      type: 'root',
      meta: meta(),
      children: [
        {type: 'closing', children: [{type: 'text', value: '特此报告。'}]},
        {type: 'closing', children: [{type: 'text', value: '请予审议。'}]},
        {type: 'signature', children: [{type: 'signatory', children: [{type: 'text', value: '甲'}]}, {type: 'signatureDate', date: null, children: [{type: 'text', value: '2020414'}]}]},
        {type: 'signature', children: [{type: 'signatory', children: [{type: 'text', value: '乙'}]}, {type: 'signatureDate', date: '2021-02-03', children: [{type: 'text', value: '2021年2月3日'}]}]}
      ]
    }
    const report = toNormalizedReport(tree, new VFile())
    expect([report.closing, report.signature]).toEqual(['特此报告。\n请予审议。', {organizations: ['甲', '乙'], date: null}])
  })

  it('titles sections with their heading text without closing punctuation or whitespace', () => {
    const section = (value: string) => ({
      type: 'section' as const,
      depth: 1,
      numbering: null,
      children: [{type: 'heading' as const, runIn: false, children: [{type: 'text' as const, value}]}]
    })
    const tree: Root = {
      type: 'root',
      meta: meta(),
      children: [section(' 认真研究,科学部署。 '), section('存在的问题:'), section('《纲要》落实情况'), section('推进“三化”建设;'), section('。')]
    }
    expect(toNormalizedReport(tree, new VFile()).sections.map((s) => s.title)).toEqual([
      '认真研究,科学部署',
      '存在的问题',
      '《纲要》落实情况',
      '推进“三化”建设',
      ''
    ])
  })
})

describe('emitJson', () => {
  it('writes 2-space JSON with a final newline', () => {
    expect(compile({type: 'root', meta: meta(), children: [{type: 'closing', children: [{type: 'text', value: '特此报告!'}]}]})).toBe(
      [
        '{',
        '  "schemaVersion": 1,',
        '  "meta": {',
        '    "title": null,',
        '    "issuer": null,',
        '    "kind": "unknown",',
        '    "year": null,',
        '    "published": null,',
        '    "signed": null,',
        '    "salutation": null,',
        '    "source": {',
        '      "kind": "plain-text",',
        '      "path": null,',
        '      "fields": {},',
        '      "canonical": {}',
        '    }',
        '  },',
        '  "preamble": [],',
        '  "sections": [],',
        '  "epilogue": [],',
        '  "closing": "特此报告!",',
        '  "signature": null,',
        '  "notes": [],',
        '  "messages": [],',
        '  "redactions": {',
        '    "total": 0,',
        '    "byType": {',
        '      "phone": 0,',
        '      "mobile": 0,',
        '      "fax": 0,',
        '      "email": 0,',
        '      "address": 0,',
        '      "postcode": 0,',
        '      "qq": 0,',
        '      "wechat": 0,',
        '      "name": 0',
        '    }',
        '  }',
        '}',
        ''
      ].join('\n')
    )
  })

  it('is deterministic: two runs give the same bytes', () => {
    const first = compile(fullReport(), new VFile({path: 'a.html'}))
    const second = compile(fullReport(), new VFile({path: 'a.html'}))
    expect(first).toBe(second)
    expect(JSON.parse(first)).toEqual(toNormalizedReport(fullReport(), new VFile()))
  })

  it('writes one line with `indent: 0`', () => {
    const text = compile(fullReport(), new VFile(), {indent: 0})
    expect(text.indexOf('\n')).toBe(text.length - 1)
    expect(JSON.parse(text)).toEqual(toNormalizedReport(fullReport(), new VFile()))
  })

  it('accepts `null` and `{}` options', () => {
    const tree = fullReport()
    expect(compile(tree, new VFile(), null)).toBe(compile(tree, new VFile(), {}))
  })

  it.each([
    [{indent: 9}, 'unexpected `indent` `9`, expected an integer from 0 to 8'],
    [{indent: 1.5}, 'unexpected `indent` `1.5`, expected an integer from 0 to 8'],
    [{indent: '2'}, 'unexpected `indent` `2`, expected an integer from 0 to 8'],
    [{pretty: true}, 'unexpected option `pretty`, expected `indent`'],
    ['compact', 'unexpected options, expected an object such as `{indent: 2}`']
  ])('throws at attach time for bad options (%j)', (options, message) => {
    const processor = unified().use(emitJson, options as never)
    expect(() => processor.freeze()).toThrow(new TypeError(`@baogao/emit-json: ${message}`))
  })
})
