/**
 * Reports of shapes the seeds do not show, each with its exact metadata,
 * top-level headings and ending. Inputs are in `test/fixtures`.
 */
import type {ReportMeta, Root} from '@baogao/core'
import {describe, expect, it} from 'vitest'
import {parseFixture, ruleIds, textOf, titleOf, topSections} from './helpers.ts'

interface Expected {
  meta: Omit<ReportMeta, 'source'>
  fields?: Record<string, string>
  headings: Array<string>
  closing: string | null
  signatories: Array<string>
  date: string | null
  notes?: Array<string>
}

function summary(tree: Root) {
  const signature = tree.children.find((child) => child.type === 'signature')
  const closing = tree.children.find((child) => child.type === 'closing')
  const date = signature?.children.find((child) => child.type === 'signatureDate')
  const {source, ...meta} = tree.meta
  return {
    meta,
    fields: source.fields,
    headings: topSections(tree).map((section) => titleOf(section)),
    closing: closing ? textOf(closing) : null,
    signatories: (signature?.children ?? [])
      .filter((child) => child.type === 'signatory')
      .map((child) => textOf(child)),
    date: date ? textOf(date) : null,
    notes: tree.children.filter((child) => child.type === 'note').map((child) => textOf(child))
  }
}

const cases: Record<string, Expected> = {
  'county-department.txt': {
    meta: {
      title: '临泉县司法局2021年法治政府建设年度报告',
      issuer: '临泉县司法局',
      kind: 'annual-report',
      year: 2021,
      published: null,
      signed: '2022-01-20',
      salutation: '县人民政府:'
    },
    headings: [
      '2021年推进法治政府建设的主要举措和成效',
      '存在的不足和原因',
      '党政主要负责人履行推进法治建设第一责任人职责情况',
      '2022年推进法治政府建设的主要安排'
    ],
    closing: '特此报告。',
    signatories: ['临泉县司法局'],
    date: '2022年1月20日'
  },
  'province.txt': {
    meta: {
      title: '湖南省人民政府关于2021年法治政府建设情况的报告',
      issuer: '湖南省人民政府',
      kind: 'annual-report',
      year: 2021,
      published: null,
      signed: '2022-03-25',
      salutation: '国务院:'
    },
    headings: ['主要举措和成效', '存在的问题', '2022年工作安排'],
    closing: '请予审议。',
    signatories: ['湖南省人民政府'],
    date: '2022年3月25日'
  },
  'first-part-layout.txt': {
    meta: {
      title: '长沙市岳麓区2022年度法治政府建设工作报告',
      // The title names a place: the signatory of that place is the issuer.
      issuer: '长沙市岳麓区人民政府',
      kind: 'annual-report',
      year: 2022,
      published: null,
      signed: '2023-02-10',
      salutation: null
    },
    headings: ['2022年法治政府建设主要举措和成效', '存在的不足和原因', '2023年工作安排'],
    closing: null,
    signatories: ['长沙市岳麓区人民政府'],
    date: '2023年2月10日'
  },
  'bracket-only.txt': {
    meta: {
      title: '苏州市吴中区市场监督管理局2020年法治政府建设情况报告',
      issuer: '苏州市吴中区市场监督管理局',
      kind: 'annual-report',
      year: 2020,
      published: null,
      signed: '2021-01-15',
      salutation: null
    },
    headings: ['强化组织领导', '规范行政执法', '加强普法宣传', '存在的问题', '下一步工作打算'],
    closing: null,
    signatories: ['苏州市吴中区市场监督管理局'],
    date: '2021年1月15日'
  },
  'title-without-year.txt': {
    meta: {
      title: '宁波市交通运输局法治政府建设年度报告',
      issuer: '宁波市交通运输局',
      kind: 'annual-report',
      // From the body: `2022年,市交通运输局…`.
      year: 2022,
      published: null,
      signed: '2023-01-31',
      salutation: null
    },
    headings: ['主要工作举措', '存在的问题', '下一步工作计划'],
    closing: null,
    signatories: ['宁波市交通运输局'],
    date: '2023年1月31日'
  },
  'chinese-date.txt': {
    meta: {
      title: '中共铜陵市义安区委全面依法治区委员会办公室关于二〇二〇年度法治政府建设工作情况的报告',
      issuer: '中共铜陵市义安区委全面依法治区委员会办公室',
      kind: 'annual-report',
      year: 2020,
      published: null,
      signed: '2021-01-08',
      salutation: '区委全面依法治区委员会:'
    },
    headings: ['工作开展情况', '存在问题', '下步打算'],
    closing: '特此报告。',
    signatories: ['中共铜陵市义安区委全面依法治区委员会办公室'],
    date: '二〇二一年一月八日',
    notes: ['(此件公开发布)']
  },
  'two-signatories.txt': {
    meta: {
      title: '中共平江县委 平江县人民政府关于2021年度法治政府建设情况的报告',
      issuer: '中共平江县委 平江县人民政府',
      kind: 'annual-report',
      year: 2021,
      published: null,
      signed: '2022-02-18',
      salutation: '市委、市人民政府:'
    },
    headings: [
      '2021年度推进法治政府建设的主要举措和成效',
      '存在的不足和原因',
      '党政主要负责人履行推进法治建设第一责任人职责情况',
      '2022年度推进法治政府建设的主要安排'
    ],
    closing: '特此报告。',
    signatories: ['中共平江县委', '平江县人民政府'],
    date: '2022年2月18日'
  },
  'duty-title.txt': {
    meta: {
      title: '上海市闵行区区长2022年度履行推进法治建设第一责任人职责情况报告',
      // The position is not an organisation: its place stands in.
      issuer: '上海市闵行区',
      kind: 'duty-report',
      year: 2022,
      published: null,
      signed: null,
      salutation: null
    },
    headings: ['带头学习习近平法治思想', '统筹推进法治政府建设', '存在的不足', '下一步打算'],
    closing: null,
    signatories: [],
    date: null
  },
  'portal-gov-cn.txt': {
    meta: {
      title: '兰州市2021年法治政府建设情况报告',
      issuer: '兰州市人民政府',
      kind: 'annual-report',
      year: 2021,
      published: '2022-03-28',
      signed: '2022-03-25',
      salutation: null
    },
    fields: {
      '索\u3000引\u3000号': '11620100013897001G/2022-00089',
      发布机构: '兰州市司法局',
      成文日期: '2022-03-25',
      发布日期: '2022-03-28',
      来源: '兰州市司法局',
      浏览次数: '1285'
    },
    headings: [
      '2021年推进法治政府建设的主要举措和成效',
      '存在的不足和原因',
      '2022年推进法治政府建设的主要安排'
    ],
    closing: null,
    signatories: ['兰州市人民政府'],
    date: '2022年3月25日'
  },
  'portal-column.txt': {
    meta: {
      title: '郑州市金水区卫生健康委员会2022年法治政府建设年度报告',
      issuer: '郑州市金水区卫生健康委员会',
      kind: 'annual-report',
      year: 2022,
      published: '2023-03-15',
      signed: '2023-03-10',
      salutation: '区委依法治区办:'
    },
    fields: {时间: '2023-03-15', 来源: '区卫健委', 点击数: '326'},
    headings: ['2022年法治政府建设主要成效', '存在的不足', '2023年工作打算'],
    closing: null,
    signatories: ['郑州市金水区卫生健康委员会'],
    date: '2023年3月10日'
  },
  'portal-title-repeat.txt': {
    meta: {
      title: '西宁市城中区2022年法治政府建设年度报告',
      issuer: '西宁市城中区人民政府',
      kind: 'annual-report',
      year: 2022,
      published: '2023-03-20',
      signed: '2023-03-15',
      salutation: null
    },
    fields: {
      '索 引 号': 'b13-2023-00021',
      发布机构: '城中区司法局',
      发布日期: '2023-03-20',
      '文    号': '无'
    },
    headings: [
      '2022年度法治政府建设主要举措和成效',
      '存在的不足及原因',
      '2023年度法治政府建设主要安排'
    ],
    closing: null,
    signatories: ['西宁市城中区人民政府'],
    date: '2023年3月15日'
  },
  'title-bracket-year.txt': {
    meta: {
      title: '广州市黄埔区人民政府法治政府建设年度报告(2020年度)',
      issuer: '广州市黄埔区人民政府',
      kind: 'annual-report',
      year: 2020,
      published: null,
      signed: '2021-03-01',
      salutation: null
    },
    headings: ['深化“放管服”改革', '健全依法决策机制', '下一步工作安排'],
    closing: '以上报告,请审阅。',
    signatories: ['广州市黄埔区人民政府'],
    date: '\uFF12\uFF10\uFF12\uFF11年\uFF13月\uFF11日'
  },
  'inline-closing.txt': {
    meta: {
      title: '泉州市丰泽区城市管理局2022年法治政府建设工作总结',
      issuer: '泉州市丰泽区城市管理局',
      kind: 'annual-report',
      year: 2022,
      published: null,
      signed: null,
      salutation: null
    },
    headings: ['主要做法', '存在问题和下一步打算'],
    closing: '特此报告。',
    signatories: [],
    date: null
  },
  'fullwidth-township.txt': {
    meta: {
      title: '舟山市定海区盐仓街道办事处2022年度法治政府建设工作报告',
      issuer: '舟山市定海区盐仓街道办事处',
      kind: 'annual-report',
      year: 2022,
      published: null,
      signed: '2023-01-10',
      salutation: '区委全面依法治区委员会办公室\uFF1A'
    },
    headings: ['主要举措和成效', '存在的不足和原因', '2023年工作安排'],
    closing: '特此报告。',
    signatories: ['舟山市定海区盐仓街道办事处'],
    date: '\uFF12\uFF10\uFF12\uFF13年\uFF11月\uFF11\uFF10日'
  },
  'red-header.txt': {
    meta: {
      title: '长治市潞州区人民政府关于2020年度法治政府建设情况的报告',
      issuer: '长治市潞州区人民政府',
      kind: 'annual-report',
      year: 2020,
      published: null,
      signed: '2021-03-18',
      salutation: '市人民政府\uFF1A'
    },
    headings: ['2020年法治政府建设的主要举措和成效', '存在的不足和原因', '2021年的主要安排'],
    closing: null,
    signatories: ['长治市潞州区人民政府'],
    date: '2021年3月18日',
    notes: ['\uFF08此件公开发布\uFF09']
  },
  'pdf-extract.txt': {
    meta: {
      title: '古浪县人民政府关于2021年度法治政府建设工作情况的报告',
      issuer: '古浪县人民政府',
      kind: 'annual-report',
      year: 2021,
      published: null,
      signed: '2022-02-15',
      salutation: '市人民政府\uFF1A'
    },
    headings: ['2021年法治政府建设主要举措及成效', '存在的不足和原因', '2022年工作计划'],
    closing: '特此报告。',
    signatories: ['古浪县人民政府'],
    date: '2022年2月15日',
    notes: [
      '附件\uFF1A1.古浪县2021年度法治政府建设重点任务完成情况',
      '2.古浪县2021年度行政执法数据统计表',
      '\uFF08此件公开发布\uFF09'
    ]
  },
  'portal-date-under-title.txt': {
    meta: {
      title: '西安市雁塔区法治政府建设年度报告',
      issuer: '西安市雁塔区',
      kind: 'annual-report',
      // From the body (`2021年以来`): the title names no year.
      year: 2021,
      // The lone date under the title of a portal page.
      published: '2022-03-31',
      signed: null,
      salutation: null
    },
    fields: {来源: '雁塔区司法局', 责任编辑: '王某某'},
    headings: ['主要举措和成效', '存在的问题', '下一步工作安排'],
    closing: null,
    signatories: [],
    date: null
  },
  'head-signature.txt': {
    meta: {
      title: '大连市司法局2021年法治政府建设年度报告',
      issuer: '大连市司法局',
      kind: 'annual-report',
      year: 2021,
      published: null,
      signed: '2022-01-05',
      salutation: null
    },
    headings: ['主要工作成效', '存在的问题', '2022年工作安排'],
    closing: null,
    signatories: ['大连市司法局'],
    date: '2022年1月5日'
  },
  'table-fields.txt': {
    meta: {
      // No title line: the page's 名称 field gives it.
      title: '广州市2021年法治政府建设年度报告',
      issuer: '广州市人民政府',
      kind: 'annual-report',
      year: 2021,
      published: '2022-03-30',
      signed: '2022-03-30',
      salutation: null
    },
    fields: {
      索引号: '11440100007502823H/2022-00123',
      分类: '法治政府建设',
      发布机构: '广州市司法局',
      发文日期: '2022-03-30',
      名称: '广州市2021年法治政府建设年度报告',
      文号: '',
      主题词: ''
    },
    headings: [
      '2021年推进法治政府建设的主要举措和成效',
      '存在的不足和原因',
      '2022年推进法治政府建设的主要安排'
    ],
    closing: null,
    signatories: ['广州市人民政府'],
    date: '2022年3月30日'
  },
  'breadcrumb-title.txt': {
    meta: {
      // No title line: the breadcrumb's last item gives it.
      title: '武侯区2022年法治政府建设年度报告',
      issuer: '武侯区司法局',
      kind: 'annual-report',
      year: 2022,
      published: '2023-03-28',
      signed: null,
      salutation: null
    },
    fields: {发布时间: '2023-03-28', 来源: '区司法局'},
    headings: ['主要举措和成效', '存在的不足和原因', '下一步工作安排'],
    closing: null,
    signatories: [],
    date: null,
    notes: ['(完)']
  },
  'banner-title.txt': {
    meta: {
      title: '郫都区2022年法治政府建设年度报告',
      issuer: '郫都区',
      kind: 'annual-report',
      year: 2022,
      published: null,
      signed: null,
      salutation: null
    },
    headings: ['主要举措和成效', '存在的不足和原因', '下一步工作安排'],
    closing: null,
    signatories: [],
    date: null
  },
  'duty-person.txt': {
    meta: {
      title: '县委书记张三同志2022年度履行推进法治建设第一责任人职责情况述职报告',
      issuer: '县委',
      kind: 'duty-report',
      year: 2022,
      published: null,
      signed: null,
      salutation: null
    },
    headings: ['履职情况', '存在的不足', '下一步打算'],
    closing: null,
    signatories: [],
    date: null
  },
  'hanweb-table.txt': {
    meta: {
      title: 'XX市2021年度法治政府建设情况报告',
      issuer: 'XX市人民政府',
      kind: 'annual-report',
      year: 2021,
      published: '2022-03-25',
      signed: '2022-03-20',
      salutation: null
    },
    fields: {
      '索 引 号': '007234567/2022-00015',
      信息分类: '法治政府建设',
      发布机构: 'XX市司法局',
      发文日期: '2022-03-25',
      '文\u3000\u3000号': '',
      公开方式: '主动公开',
      '名\u3000\u3000称': 'XX市2021年度法治政府建设情况报告',
      来源: 'XX市司法局',
      发布时间: '2022-03-25 16:30',
      浏览次数: ''
    },
    headings: ['2021年法治政府建设主要举措和成效', '存在的不足', '2022年工作打算'],
    closing: null,
    signatories: ['XX市人民政府'],
    date: '2022年3月20日'
  },
  'bracket-fields.txt': {
    meta: {
      title: 'XX区关于2021年度法治政府建设情况的报告',
      issuer: 'XX区司法局',
      kind: 'annual-report',
      year: 2021,
      published: '2022-03-30',
      signed: null,
      salutation: '各位领导\uFF1A'
    },
    fields: {发布日期: '2022-03-30', 来源: 'XX区司法局'},
    headings: ['主要做法', '存在问题', '下一步打算'],
    closing: '以上报告\uFF0C请审议。',
    signatories: [],
    date: null
  },
  'date-under-title.txt': {
    meta: {
      title: 'XX县人民政府2021年度法治政府建设工作报告',
      issuer: 'XX县人民政府',
      kind: 'annual-report',
      year: 2021,
      published: null,
      signed: '2022-01-18',
      salutation: '市委全面依法治市委员会办公室\uFF1A'
    },
    headings: [
      '2021年度推进法治政府建设的主要举措和成效',
      '存在的不足和原因',
      '党政主要负责人履行推进法治建设第一责任人职责情况',
      '2022年度推进法治政府建设的主要安排',
      '其他需要报告的情况'
    ],
    closing: null,
    signatories: [],
    date: '\uFF082022年1月18日\uFF09'
  }
}

describe('synthetic reports', () => {
  it.each(Object.entries(cases))('%s', (name, expected) => {
    const {tree, file} = parseFixture(name)
    expect(summary(tree)).toEqual({fields: {}, notes: [], ...expected})
    expect(ruleIds(file)).toEqual([])
  })
})

describe('details of the synthetic reports', () => {
  it('splits a closing formula off the end of the last paragraph', () => {
    const {tree} = parseFixture('inline-closing.txt')
    const last = topSections(tree).at(-1)
    expect(last && textOf(last)).toBe(
      '存在问题和下一步打算执法人员数量不足,下一步将加强队伍建设,提升执法能力。'
    )
    expect(tree.children.at(-1)).toMatchObject({
      type: 'closing',
      position: {start: {line: 7, column: 28}, end: {line: 7, column: 33}}
    })
  })

  it('puts the page furniture of a portal page in chrome, in order', () => {
    const {tree} = parseFixture('portal-gov-cn.txt')
    expect(tree.meta.source.chrome).toEqual([
      '首页 | 政务公开 | 政务服务 | 互动交流 | 走进兰州',
      '兰州市人民政府门户网站',
      '无障碍浏览 | 长者模式 | English',
      '当前位置:首页 > 政务公开 > 法治政府建设年度报告',
      '【字体:大 中 小】 【打印】 【关闭】',
      '【打印本页】 【关闭窗口】',
      '相关链接',
      '兰州市2020年法治政府建设情况报告',
      '兰州市2019年法治政府建设情况报告',
      '上一篇:兰州市司法局2021年工作总结',
      '下一篇:关于印发兰州市法治宣传教育规划的通知',
      '主办单位:兰州市人民政府办公室  承办单位:兰州市大数据社会服务管理局',
      '网站标识码:6201000001  陇ICP备05000316号  甘公网安备 62010202000478号',
      '联系电话:0931-8888888  建议使用1920×1080分辨率浏览本网站'
    ])
  })

  it('keeps a red header and document number out of the title', () => {
    const {tree} = parseFixture('red-header.txt')
    expect(tree.meta.source.chrome).toEqual([
      '长治市潞州区人民政府文件',
      '潞政发\u30142021\u30155号'
    ])
    expect(tree.children[0]).toMatchObject({
      type: 'title',
      children: [
        {type: 'text', value: '长治市潞州区人民政府'},
        {type: 'text', value: '关于2020年度法治政府建设情况的报告'}
      ]
    })
  })

  it('reads CRLF input with U+3000 indents', () => {
    const {tree, source} = parseFixture('fullwidth-township.txt')
    expect(source.includes('\r\n')).toBe(true)
    const heading = topSections(tree)[0]?.children[0]
    expect(heading?.position?.start).toEqual({
      line: 8,
      column: 3,
      offset: source.indexOf('一、主要举措和成效')
    })
    // `１．` numbering (full-width) nests under `(一)`.
    const first = topSections(tree)[0]?.children[1]
    expect(first?.type === 'section' && first.children.map((child) => child.type)).toEqual([
      'heading',
      'paragraph',
      'section',
      'section'
    ])
  })

  it('keeps page numbers of a printed document out of the body, and orders the ending', () => {
    const {tree} = parseFixture('pdf-extract.txt')
    expect(tree.meta.source.chrome).toEqual([
      '\u2014 1 \u2014',
      '\u2014 2 \u2014',
      '\u2014 3 \u2014'
    ])
    expect(tree.children.slice(-5).map((child) => child.type)).toEqual([
      'closing',
      'note',
      'note',
      'signature',
      'note'
    ])
  })

  it('reads a signature printed under the title', () => {
    const {tree} = parseFixture('head-signature.txt')
    expect(tree.children.slice(0, 3).map((child) => child.type)).toEqual([
      'title',
      'signature',
      'paragraph'
    ])
    expect(tree.children[0]).toMatchObject({
      children: [{type: 'text', value: '大连市司法局2021年法治政府建设年度报告'}]
    })
  })

  it('splits page tools off a field line and takes a field value from the next line', () => {
    const {tree} = parseFixture('portal-date-under-title.txt')
    expect(tree.meta.source.chrome).toEqual([
      '网站首页 | 政府信息公开 | 办事服务 | 互动交流',
      '当前位置:首页 >> 政府信息公开 >> 法治政府建设',
      '2022-03-31 09:12',
      '字号:[大 中 小]',
      '打印',
      '【我要打印】【关闭窗口】'
    ])
  })

  it('sets banner sentences, page tools and a document number of a page header aside', () => {
    expect(parseFixture('banner-title.txt').tree.meta.source.chrome).toEqual([
      '登录 | 注册',
      '深入学习贯彻党的二十大精神,奋力谱写高质量发展新篇章!',
      '郫都府发〔2023〕6号'
    ])
    expect(parseFixture('breadcrumb-title.txt').tree.meta.source.chrome).toEqual([
      '武侯区人民政府门户网站',
      '深入学习贯彻党的二十大精神,奋力谱写武侯高质量发展新篇章!',
      '当前位置:首页 > 信息公开 > 法治政府建设 > 武侯区2022年法治政府建设年度报告',
      '分享到:'
    ])
  })
})
