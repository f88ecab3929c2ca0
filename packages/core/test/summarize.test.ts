import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import type {
  Numbering,
  NumberingStyle,
  Paragraph,
  ReportMeta,
  Root,
  Section,
  SectionContent
} from '../src/index.ts'
import {
  emptyRedactionCounts,
  failedSummary,
  sectionPathSegment,
  summarize
} from '../src/index.ts'

function meta(overrides: Partial<ReportMeta> = {}): ReportMeta {
  return {
    title: '某市2021年法治政府建设年度报告',
    issuer: '某市人民政府',
    kind: 'annual-report',
    year: 2021,
    published: '2022-03-30',
    signed: '2022-03-28',
    salutation: null,
    source: {
      kind: 'plain-text',
      path: 'a.txt',
      fields: {},
      site: {},
      chrome: [],
      assets: []
    },
    ...overrides
  }
}

function numbering(
  marker: string,
  ordinal: number,
  style: NumberingStyle
): Numbering {
  return {marker, ordinal, style}
}

function paragraph(value: string): Paragraph {
  return {type: 'paragraph', children: [{type: 'text', value}]}
}

function section(
  depth: number,
  marker: Numbering | null,
  title: string,
  children: Array<SectionContent>
): Section {
  return {
    type: 'section',
    depth,
    numbering: marker,
    children: [
      {type: 'heading', runIn: false, children: [{type: 'text', value: title}]},
      ...children
    ]
  }
}

/** 一、 → (一)(二) → 1. 2.; then 二、 with a marker-less sub-section. */
function sampleTree(): Root {
  return {
    type: 'root',
    meta: meta(),
    children: [
      {type: 'title', children: [{type: 'text', value: '某市 法治报告'}]},
      {type: 'salutation', children: [{type: 'text', value: '市人民政府:'}]},
      paragraph('现将情况报告如下:'),
      section(1, numbering('一、', 1, '一、'), '主要举措', [
        paragraph('第一段。'),
        section(2, numbering('(一)', 1, '(一)'), '认真研究。', [
          paragraph('正文'),
          section(3, numbering('1.', 1, '1.'), '稳步推进', []),
          section(3, numbering('２．', 2, '1.'), '依法决策', [
            {
              type: 'paragraph',
              children: [
                {type: 'text', value: '电话\u3000'},
                {type: 'redacted', contactType: 'phone', replacement: '[电话]'},
                {type: 'text', value: '。'}
              ]
            }
          ])
        ]),
        section(2, numbering('（二十三）', 23, '(一)'), '其他', [])
      ]),
      section(1, numbering('二、', 2, '一、'), '存在的不足', [
        section(2, null, '无编号', [paragraph('x')])
      ]),
      {type: 'closing', children: [{type: 'text', value: '特此报告。'}]},
      {
        type: 'signature',
        children: [
          {type: 'signatory', children: [{type: 'text', value: '某市人民政府'}]},
          {
            type: 'signatureDate',
            date: '2022-03-28',
            children: [{type: 'text', value: '2022年3月28日'}]
          }
        ]
      },
      {type: 'note', children: [{type: 'text', value: '(此件公开发布)'}]}
    ]
  }
}

describe('summarize', () => {
  it('counts sections, paragraphs and characters, and lists headings with paths', () => {
    const file = new VFile({path: 'in/a.txt', value: ''})
    const summary = summarize(sampleTree(), file, {file: 'a.txt'})

    // Characters: non-whitespace code points of every text node; markers
    // (`一、`) and the placeholder `[电话]` are not counted.
    const texts = [
      '某市法治报告', '市人民政府:', '现将情况报告如下:',
      '主要举措', '第一段。', '认真研究。', '正文', '稳步推进', '依法决策',
      '电话', '。', '其他', '存在的不足', '无编号', 'x', '特此报告。',
      '某市人民政府', '2022年3月28日', '(此件公开发布)'
    ]
    const characters = texts.join('').length

    expect(summary).toEqual({
      file: 'a.txt',
      sourceKind: 'plain-text',
      status: 'ok',
      reason: null,
      title: '某市2021年法治政府建设年度报告',
      issuer: '某市人民政府',
      kind: 'annual-report',
      year: 2021,
      published: '2022-03-30',
      signed: '2022-03-28',
      sections: 7,
      paragraphs: 5,
      characters,
      errors: 0,
      warnings: 0,
      redactions: emptyRedactionCounts(),
      templateParts: {},
      headings: [
        {path: '一', depth: 1, ordinal: 1, title: '主要举措'},
        {path: '一/(一)', depth: 2, ordinal: 1, title: '认真研究'},
        {path: '一/(一)/1', depth: 3, ordinal: 1, title: '稳步推进'},
        {path: '一/(一)/2', depth: 3, ordinal: 2, title: '依法决策'},
        {path: '一/(二十三)', depth: 2, ordinal: 23, title: '其他'},
        {path: '二', depth: 1, ordinal: 2, title: '存在的不足'},
        {path: '二/#1', depth: 2, ordinal: null, title: '无编号'}
      ],
      messages: []
    })
    expect(characters).toBe(87)
  })

  it('takes messages, redaction counts and template parts from the file', () => {
    const file = new VFile({path: 'in/b.html', value: ''})
    file.message('Unexpected `x`, expected `y`', {
      place: {line: 3, column: 5},
      ruleId: 'section-order',
      source: '@baogao/validate-section-order'
    }).fatal = false
    file.message('Unexpected missing part', {
      ruleId: 'template-part',
      source: '@baogao/validate-section-order'
    }).fatal = false
    file.message('Unexpected end of input', {ruleId: 'parse'}).fatal = true
    file.info('Note only')
    const redactions = emptyRedactionCounts()
    redactions.byType.phone = 2
    redactions.byType.email = 1
    redactions.total = 3
    file.data.redactions = redactions
    file.data.templateParts = {measures: true, shortcomings: false}

    const tree: Root = {
      type: 'root',
      meta: meta({
        title: null,
        issuer: null,
        kind: 'unknown',
        year: null,
        published: null,
        signed: null,
        source: {
          kind: 'portal-html',
          path: 'b.html',
          fields: {},
          site: {},
          chrome: [],
          assets: []
        }
      }),
      children: []
    }
    const summary = summarize(tree, file, {file: 'sub/b.html'})

    expect(summary).toEqual({
      file: 'sub/b.html',
      sourceKind: 'portal-html',
      status: 'ok',
      reason: null,
      title: null,
      issuer: null,
      kind: 'unknown',
      year: null,
      published: null,
      signed: null,
      sections: 0,
      paragraphs: 0,
      characters: 0,
      errors: 1,
      warnings: 2,
      redactions: {
        total: 3,
        byType: {...emptyRedactionCounts().byType, phone: 2, email: 1}
      },
      templateParts: {measures: true, shortcomings: false},
      headings: [],
      messages: [
        {
          ruleId: 'section-order',
          source: '@baogao/validate-section-order',
          severity: 'warning',
          reason: 'Unexpected `x`, expected `y`',
          line: 3,
          column: 5
        },
        {
          ruleId: 'template-part',
          source: '@baogao/validate-section-order',
          severity: 'warning',
          reason: 'Unexpected missing part',
          line: null,
          column: null
        },
        {
          ruleId: 'parse',
          source: null,
          severity: 'error',
          reason: 'Unexpected end of input',
          line: null,
          column: null
        },
        {
          ruleId: null,
          source: null,
          severity: 'info',
          reason: 'Note only',
          line: null,
          column: null
        }
      ]
    })
    // The row holds copies, not the plugin's objects.
    expect(summary.redactions).not.toBe(redactions)
    expect(summary.templateParts).not.toBe(file.data.templateParts)
  })

  it('counts astral characters once and ignores every kind of whitespace', () => {
    const tree: Root = {
      type: 'root',
      meta: meta(),
      children: [paragraph(' 𠀀a\u00A0b\u3000c\t\n')]
    }
    const summary = summarize(tree, new VFile(), {file: 'c.txt'})
    expect(summary.characters).toBe(4)
    expect(summary.paragraphs).toBe(1)
  })

  it('throws when `options.file` is missing', () => {
    expect(() =>
      // @ts-expect-error: checks the run-time guard.
      summarize(sampleTree(), new VFile(), {})
    ).toThrow(
      'summarize: unexpected `options.file`, expected the input path as a string'
    )
  })
})

describe('sectionPathSegment', () => {
  it('keeps the marker without its separator, folded to half-width', () => {
    const cases: Array<[string, NumberingStyle, string]> = [
      ['一、', '一、', '一'],
      ['十二、', '一、', '十二'],
      ['一.', '一.', '一'],
      ['一．', '一.', '一'],
      ['(三)', '(一)', '(三)'],
      ['（三）', '(一)', '(三)'],
      ['( 三 )', '(一)', '(三)'],
      ['1.', '1.', '1'],
      ['１．', '1.', '1'],
      ['1、', '1、', '1'],
      ['(1)', '(1)', '(1)'],
      ['（１）', '(1)', '(1)'],
      ['1)', '1)', '1)'],
      ['①', '①', '①'],
      ['第一部分', '第一部分', '第一部分'],
      ['第二章', '第一章', '第二章'],
      ['第一,', '第一,', '第一'],
      ['第一，', '第一,', '第一']
    ]
    expect(
      cases.map(([marker, style]) =>
        sectionPathSegment(numbering(marker, 1, style), 4)
      )
    ).toEqual(cases.map(([, , expected]) => expected))
  })

  it('numbers a section without a marker by its place among siblings', () => {
    expect(sectionPathSegment(null, 3)).toBe('#3')
  })

  it('never yields an empty segment', () => {
    expect(sectionPathSegment(numbering('、', 1, '一、'), 2)).toBe('、')
  })
})

describe('failedSummary', () => {
  it('makes a failed row with zero counts', () => {
    expect(failedSummary('bad.html', 'Unexpected binary data', 'portal-html')).toEqual({
      file: 'bad.html',
      sourceKind: 'portal-html',
      status: 'failed',
      reason: 'Unexpected binary data',
      title: null,
      issuer: null,
      kind: null,
      year: null,
      published: null,
      signed: null,
      sections: 0,
      paragraphs: 0,
      characters: 0,
      errors: 0,
      warnings: 0,
      redactions: emptyRedactionCounts(),
      templateParts: {},
      headings: [],
      messages: []
    })
  })

  it('leaves the source kind empty when it is not known', () => {
    expect(failedSummary('empty.txt', 'Unexpected empty file').sourceKind).toBe(null)
  })
})
