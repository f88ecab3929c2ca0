/**
 * What both parsers build from a layout: the nodes around the body and the
 * report's metadata.
 */
import {paragraph, section, heading, numbering, text, type Position} from '@baogao/core'
import {describe, expect, it} from 'vitest'
import {
  endingNodes,
  isFieldValue,
  type Locator,
  openingNodes,
  readLayout,
  readReportMeta,
  splitLines
} from '../src/index.ts'

/** Offsets as points on one line: enough to check which lines a node spans. */
const locator: Locator = {
  point: (offset) => ({line: 1, column: offset + 1, offset}),
  position: (start, end) => ({start: locator.point(start), end: locator.point(end)})
}

function layoutOf(value: string) {
  return readLayout(splitLines(value), {chrome: true})
}

describe('openingNodes and endingNodes', () => {
  it('builds title, signature under the title and salutation, with the signature date', () => {
    const title = 'XX县司法局2021年法治政府建设工作报告'
    const layout = layoutOf(title + '\nXX县司法局\n2022年1月20日\n县人民政府:\n正文。')
    const damaged: Array<string> = []
    const opening = openingNodes(layout, locator, (reason) => damaged.push(reason))
    expect(opening.nodes.map((node) => node.type)).toEqual(['title', 'signature', 'salutation'])
    expect(opening.signed).toBe('2022-01-20')
    expect(opening.nodes[0]?.position).toEqual(locator.position(0, title.length))
    expect(damaged).toEqual([])
  })

  it('orders closing, notes and signature by place and reports a damaged date once', () => {
    const value = '正文。\n特此报告。\n附件:1.统计表\n公安县人民政府\n2020414'
    const layout = layoutOf(value)
    const reports: Array<[string, Position]> = []
    const ending = endingNodes(layout, locator, (reason, place) => reports.push([reason, place]))
    expect(ending.nodes.map((node) => node.type)).toEqual(['closing', 'note', 'signature'])
    expect(ending.signed).toBe('2020-04-14')
    expect(reports).toEqual([
      [
        'Unexpected damaged date `2020414`, expected a date such as `2021年1月8日`; read as `2020-04-14`',
        locator.position(value.indexOf('2020414'), value.length)
      ]
    ])
    expect(openingNodes(layout, locator, () => {}).nodes).toEqual([])
  })
})

describe('readReportMeta', () => {
  const body = [
    paragraph([text('2021年,XX区扎实推进法治政府建设。')]),
    section(1, [heading([text('主要举措和成效')])], numbering('一、', 1, '一、'))
  ]

  it('reads a text the way the text parser does', () => {
    const layout = layoutOf('发布时间:2022-03-01\n来源:本网\nXX区2021年法治政府建设年度报告\n正文。\nXX区人民政府\n2022年2月1日')
    expect(readReportMeta(layout, body, {kind: 'plain-text', path: 'a.txt', signed: '2022-02-01'})).toEqual({
      title: 'XX区2021年法治政府建设年度报告',
      issuer: 'XX区人民政府',
      kind: 'annual-report',
      year: 2021,
      published: '2022-03-01',
      signed: '2022-02-01',
      salutation: null,
      source: {
        kind: 'plain-text',
        path: 'a.txt',
        fields: {发布时间: '2022-03-01', 来源: '本网'},
        canonical: {published: '2022-03-01', source: '本网'},
        site: {},
        chrome: [],
        assets: []
      }
    })
  })

  it('puts what a page knows besides its lines first', () => {
    const layout = layoutOf('一、主要举措\n正文。\n编辑日期:2022-01-05')
    const meta = readReportMeta(layout, body, {
      kind: 'portal-html',
      path: null,
      signed: null,
      fields: [{label: '成文日期', value: '2021-12-30'}, {label: '编辑日期', value: ''}],
      published: ['2022-01-29 12:07'],
      dates: ['2022-01-02'],
      issuers: ['本网', ' XX区司法局 '],
      chrome: ['(责任编辑:张三)']
    })
    expect(meta).toMatchObject({
      issuer: 'XX区司法局',
      published: '2022-01-29',
      signed: '2021-12-30',
      source: {
        fields: {成文日期: '2021-12-30', 编辑日期: '2022-01-05'},
        canonical: {written: '2021-12-30', edited: '2022-01-05'},
        chrome: ['(责任编辑:张三)']
      }
    })
    const unpublished = readReportMeta(layout, body, {kind: 'portal-html', path: null, signed: null, dates: ['2022-01-02']})
    expect(unpublished.published).toBe('2022-01-05')
    expect(readReportMeta(layoutOf('一、主要举措\n正文。'), [], {kind: 'portal-html', path: null, signed: null, dates: ['2022-01-02']}).published).toBe('2022-01-02')
  })
})

describe('isFieldValue', () => {
  it('takes a short line without a sentence as the value of an empty label', () => {
    expect(['201140958/2022-03057', '公安县人民政府办公室', '无'].map(isFieldValue)).toEqual([true, true, true])
    expect(['打印|关闭', '发布机构:城中区司法局', '公安县2019年法治政府建设工作报告', '正文第一句。'].map(isFieldValue)).toEqual([false, false, false, false])
  })
})
