import type {Enumeration, Paragraph, Section} from '@baogao/core'
import {describe, expect, it} from 'vitest'
import {allNodes, parsePath, ruleIds, textOf, titleOf, topSections} from './helpers.ts'

const seed = {
  '000': 'samples/text/000_c38c80df23ae400c.txt',
  '001': 'samples/text/001_3bbaca17e2977359.txt',
  '002': 'samples/text/002_003a9d8f3bacc8c6.txt',
  '003': 'samples/text/003_8891a8d6d278ec13.txt',
  '004': 'samples/text/004_53ad0b29bc01cca5.txt'
} as const

/** Text of every node that holds report body (preamble and sections). */
function bodyText(path: string): string {
  const {tree} = parsePath(path)
  return tree.children
    .filter((child) => child.type === 'paragraph' || child.type === 'section')
    .map((child) => textOf(child))
    .join('\n')
}

describe('seed 000: plain report in the official order', () => {
  const {tree, file} = parsePath(seed['000'])

  it('reads the metadata', () => {
    expect(tree.meta).toEqual({
      title: '四平市铁东区人民政府2020年度法治政府建设工作报告',
      issuer: '四平市铁东区人民政府',
      kind: 'annual-report',
      year: 2020,
      published: null,
      signed: '2021-01-08',
      salutation: null,
      source: {
        kind: 'plain-text',
        path: seed['000'],
        fields: {},
        canonical: {},
        site: {},
        chrome: [],
        assets: []
      }
    })
  })

  it('finds the four official parts as top-level sections', () => {
    expect(topSections(tree).map((section) => titleOf(section))).toEqual([
      '上一年度推进法治政府建设的主要举措和成效',
      '上一年度推进法治政府存在的不足和原因',
      '上一年度党政主要负责人履行推进法治建设第一责任人职责,加强法治政府建设的有关情况',
      '下一年度推进法治政府建设的主要安排'
    ])
  })

  it('orders the root: title, preamble, sections, closing, signature', () => {
    expect(tree.children.map((child) => child.type)).toEqual([
      'title',
      'paragraph',
      'section',
      'section',
      'section',
      'section',
      'closing',
      'signature'
    ])
  })

  it('reads the closing and the signature', () => {
    const closing = tree.children.find((child) => child.type === 'closing')
    expect(closing && textOf(closing)).toBe('特此报告!')
    const signature = tree.children.find((child) => child.type === 'signature')
    expect(signature?.children.map((child) => [child.type, textOf(child)])).toEqual([
      ['signatory', '四平市铁东区区委全面依法治区委员会办公室'],
      ['signatureDate', '2021年1月8日']
    ])
    expect(signature?.children[1]).toMatchObject({type: 'signatureDate', date: '2021-01-08'})
  })

  it('splits run-in level-2 headings (`1.法治政府建设稳步推进。以深化…`)', () => {
    const part = topSections(tree)[0]?.children[2] as Section
    expect(titleOf(part)).toBe('规范司法行政,认真履行政府职能')
    const first = part.children[1] as Section
    expect(first.numbering).toEqual({marker: '1.', ordinal: 1, style: '1.'})
    expect(first.children.map((child) => child.type)).toEqual(['heading', 'paragraph'])
    expect(titleOf(first)).toBe('法治政府建设稳步推进')
    expect(textOf(first.children[1] as Paragraph).startsWith('以深化“放管服”改革为重点')).toBe(true)
  })

  it('reports no problem', () => {
    expect(ruleIds(file).filter((id) => id?.startsWith('title') || id?.startsWith('body'))).toEqual(
      []
    )
  })
})

describe('seed 001: portal page dump', () => {
  const {tree, file} = parsePath(seed['001'])

  it('reads title, dates, salutation and portal fields', () => {
    expect(tree.meta.title).toBe('公安县2019年法治政府建设工作报告')
    expect(tree.meta.issuer).toBe('公安县人民政府办公室')
    expect(tree.meta.kind).toBe('annual-report')
    expect(tree.meta.year).toBe(2019)
    expect(tree.meta.published).toBe('2020-04-20')
    expect(tree.meta.signed).toBe('2020-04-14')
    expect(tree.meta.salutation).toBe('市人民政府:')
    expect(tree.meta.source.fields).toEqual({
      索引号: '201140958/2022-03057',
      发文单位: '公安县人民政府办公室',
      发文日期: '2020-04-20 16:52:29',
      效力状态: '有效',
      主题分类: '政务公开',
      发文字号: '无',
      信息来源: '公安县人民政府办公室',
      发布时间: '2020-04-20 16:52'
    })
  })

  it('maps the portal fields to canonical keys', () => {
    expect(tree.meta.source.canonical).toStrictEqual({
      index: '201140958/2022-03057',
      issuer: '公安县人民政府办公室',
      docNumber: '无',
      published: '2020-04-20 16:52:29',
      validity: '有效',
      topic: '政务公开',
      source: '公安县人民政府办公室'
    })
  })

  it('lists the chrome as written', () => {
    expect(tree.meta.source.chrome).toEqual([
      '• 登录',
      '• 注册',
      '• 无障碍阅读',
      '今天是:',
      '打印|关闭',
      '鄂ICP备11002588号-1 鄂公网安备 42102202000035号 网站标识码:4210220025',
      '主办:公安县人民政府办公室 承办:公安县政务服务和大数据管理局 网站编辑部电话:0716-5227196',
      '地址:湖北省公安县斗湖堤镇油江路122号 邮箱:gaxzfwz@gongan.gov.cn 网站地图'
    ])
  })

  it('finds nine top-level sections', () => {
    expect(topSections(tree).map((section) => titleOf(section))).toEqual([
      '全面落实法治政府建设的组织领导,巩固法治建设成果',
      '进一步推进政府职能转变,全面履行政府职能,着力加强和创新社会治理',
      '加强行政规范性文件制定和监督管理,确保政府抽象行政行为合法',
      '坚决推进依法科学民主决策,提升行政决策水平',
      '严格规范行政执法,执法行为公正文明',
      '公开透明行使行政权力,强化对权力的制约和监督',
      '有效化解社会矛盾纠纷,维护社会稳定大局',
      '存在的困难和问题',
      '加强法治政府建设的建议'
    ])
  })

  it('splits run-in level-2 headings from their body', () => {
    const first = topSections(tree)[0]?.children[1] as Section
    expect(first.numbering).toEqual({marker: '(一)', ordinal: 1, style: '(一)'})
    expect(first.children[0]).toMatchObject({type: 'heading', runIn: true})
    expect(textOf(first.children[0] as Section)).toBe('认真研究,科学部署。')
    expect(titleOf(first)).toBe('认真研究,科学部署')
    expect(
      textOf(first.children[1] as Paragraph).startsWith(
        '根据省、市关于2019年法治政府建设的工作安排'
      )
    ).toBe(true)
  })

  it('reads the salutation, closing and the damaged signature date', () => {
    expect(tree.children.map((child) => child.type).filter((type) => type !== 'section')).toEqual([
      'title',
      'salutation',
      'paragraph',
      'closing',
      'signature'
    ])
    const signature = tree.children.at(-1)
    expect(signature).toMatchObject({
      type: 'signature',
      children: [
        {type: 'signatureDate', date: '2020-04-14', children: [{type: 'text', value: '2020414'}]}
      ]
    })
    const damaged = file.messages.filter((message) => message.ruleId === 'damaged-date')
    expect(damaged.map((message) => [message.line, message.column, message.reason])).toEqual([
      [
        157,
        1,
        'Unexpected damaged date `2020414`, expected a date such as `2021年1月8日`; read as `2020-04-14`'
      ]
    ])
  })

  it('keeps every chrome line out of the body', () => {
    const body = bodyText(seed['001'])
    for (const chrome of [
      ...tree.meta.source.chrome,
      '登录',
      '今天是',
      '打印|关闭',
      'ICP',
      '公网安备',
      '地址:',
      '邮箱',
      '索引号',
      '发文单位'
    ]) {
      expect(body.includes(chrome), chrome).toBe(false)
    }
  })
})

describe('seed 002: split and repeated title, 一是/二是 runs', () => {
  const {tree, file} = parsePath(seed['002'])

  it('makes one title of the repeated, split title lines', () => {
    expect(tree.meta.title).toBe('黔江区黎水镇人民政府2020年法治政府建设情况报告')
    expect(tree.children[0]).toMatchObject({
      type: 'title',
      children: [
        {type: 'text', value: '黔江区黎水镇人民政府2020年法治政府建设情况报告'},
        {type: 'text', value: '黔江区黎水镇人民政府'},
        {type: 'text', value: '2020年法治政府建设情况报告'}
      ],
      position: {start: {line: 1, column: 1, offset: 0}, end: {line: 3, column: 16, offset: 52}}
    })
    expect(tree.children.filter((child) => child.type === 'title')).toHaveLength(1)
    expect(ruleIds(file)).toEqual([])
  })

  it('reads the metadata', () => {
    expect({...tree.meta, source: undefined}).toEqual({
      title: '黔江区黎水镇人民政府2020年法治政府建设情况报告',
      issuer: '黔江区黎水镇人民政府',
      kind: 'annual-report',
      year: 2020,
      published: null,
      signed: null,
      salutation: null,
      source: undefined
    })
  })

  it('recognises 一是/二是 enumerations', () => {
    const last = topSections(tree).at(-1) as Section
    expect(titleOf(last)).toBe('下一步工作计划')
    const enumeration = (last.children[1] as Paragraph).children[0] as Enumeration
    expect(enumeration.type).toBe('enumeration')
    expect(enumeration.style).toBe('一是')
    expect(enumeration.children.map((item) => item.numbering.marker)).toEqual([
      '一是',
      '二是',
      '三是',
      '四是'
    ])
    expect(textOf(enumeration.children[1] as Enumeration)).toBe(
      '二是完善规范性文件备案制度和监督制度,对不进行报备的加大责任追究力度。'
    )
    expect(textOf(enumeration.children[3] as Enumeration)).toBe(
      '四是加强监督,大力推行行政执法责任制。完善各级领导班子和领导干部绩效考核办法,完善法治政府建设工作的考核监督办法,提高政府的执行力。'
    )
    const enumerations = allNodes(tree).filter((node) => node.type === 'enumeration')
    expect(enumerations.map((node) => (node as Enumeration).children.length)).toEqual([2, 2, 3, 4])
  })
})

describe('seed 003: duty report without a title', () => {
  const {tree, file} = parsePath(seed['003'])

  it('gives a null title with a `title-not-found` message at the first line', () => {
    expect(tree.meta.title).toBe(null)
    const message = file.messages.find((found) => found.ruleId === 'title-not-found')
    expect([message?.line, message?.column, message?.reason]).toEqual([
      1,
      1,
      'Unexpected report without title, expected a title line such as `…2020年法治政府建设工作报告`'
    ])
  })

  it('reads issuer, year and kind from the body', () => {
    expect({...tree.meta, source: undefined}).toEqual({
      title: null,
      // The subject of the first sentence: `2024年以来,海润街道认真…`.
      issuer: '海润街道',
      kind: 'duty-report',
      year: 2024,
      published: null,
      signed: null,
      salutation: null,
      source: undefined
    })
  })

  it('starts with the preamble and finds the three parts', () => {
    expect(tree.children[0]?.type).toBe('paragraph')
    expect(topSections(tree).map((section) => titleOf(section))).toEqual([
      '街道党工委主要负责人履行推进法治建设第一责任人职责落实情况',
      '主要成效',
      '街道办事处主要负责人履行推进法治建设第一责任人职责落实情况'
    ])
  })
})

describe('seed 004: portal page dump with unnumbered closing paragraphs', () => {
  const {tree} = parsePath(seed['004'])

  it('reads the metadata and fields', () => {
    expect({...tree.meta, source: {...tree.meta.source, chrome: undefined}}).toEqual({
      title: '海陵试验区管委会2021年法治政府建设工作报告',
      issuer: '海陵试验区管委会',
      kind: 'annual-report',
      year: 2021,
      published: '2022-01-29',
      signed: null,
      salutation: null,
      source: {
        kind: 'plain-text',
        path: seed['004'],
        fields: {编辑日期: '2022/01/29 12:07:22', 来源: '本网', 阅读次数: '-'},
        canonical: {edited: '2022/01/29 12:07:22', source: '本网'},
        site: {},
        chrome: undefined,
        assets: []
      }
    })
  })

  it('keeps header and footer chrome out of the body', () => {
    expect(tree.meta.source.chrome).toEqual([
      '您好,欢迎访问海陵试验区政务网站!',
      '中文简体 中文繁体| 无障碍| 适老版',
      '今天是:',
      '当前位置:',
      '[ 关 闭 ]',
      'Copyright © 2014 海陵岛政务网 All rights reserved.',
      '阳江海陵岛经济开发试验区管理委员会 主办 海陵岛经济开发试验区电子政务中心 管理维护 电话: 0662-3890040 0662-3800009',
      '粤ICP备2021014343号 \u00A0\u00A0\u00A0\u00A0网站标识码:4417900001'
    ])
    const body = bodyText(seed['004'])
    for (const chrome of ['Copyright', '电话', 'ICP', '网站标识码', '欢迎访问', '关 闭']) {
      expect(body.includes(chrome), chrome).toBe(false)
    }
  })

  it('keeps the unnumbered closing paragraphs as body', () => {
    expect(tree.children.at(-1)?.type).toBe('section')
    const last = topSections(tree).at(-1) as Section
    expect(titleOf(last)).toBe('坚持公平正义,依法化解矛盾取得新进步')
    // The sectionizer keeps them in the open section, the last `(三)`.
    const inner = last.children.at(-1) as Section
    expect(inner.numbering).toEqual({marker: '(三)', ordinal: 3, style: '(一)'})
    const paragraphs = inner.children
      .filter((child) => child.type === 'paragraph')
      .map((child) => textOf(child))
    expect(paragraphs.map((text) => text.slice(0, 20))).toEqual([
      '持续深化部门协作联动,助力全域旅游示范区',
      '回顾2021年法治政府建设工作,总体上进',
      '2022年,我区将坚持以习近平新时代中国'
    ])
    expect(paragraphs[1]?.includes('还存在一些问题和不足')).toBe(true)
  })

  it('finds six top-level sections', () => {
    expect(topSections(tree).map((section) => titleOf(section))).toEqual([
      '深入贯彻习近平法治思想,法治政府建设迈出新步伐',
      '坚持全面履职,政府职能转变实现新突破',
      '坚持科学民主,行政决策质量实现新提高',
      '坚持严格规范,行政执法能力有了新提升',
      '坚持法律服务,法治社会建设开创新局面',
      '坚持公平正义,依法化解矛盾取得新进步'
    ])
  })
})
