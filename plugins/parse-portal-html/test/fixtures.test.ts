import {readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {allBodyText, bodyLines, fixtures, parseFile} from './helpers.ts'

/**
 * Pages in templates the samples do not use, written by hand after real
 * portals: what a reader checks on each, then the whole normalized report
 * against `expected.json` (regenerate with `UPDATE=1`, review the diff).
 */
const cases: Record<
  string,
  {
    title: string
    published: string | null
    issuer: string
    fields: Record<string, string>
    first: string
    last: string
    chrome: Array<string>
  }
> = {
  'gov-cn-ucap': {
    title: '示例市司法局2022年度法治政府建设工作情况报告',
    published: '2023-02-28',
    issuer: '示例市司法局',
    fields: {
      '索　引　号': '11330100002495837T/2023-01234',
      发文机关: '示例市司法局',
      成文日期: '2023年02月20日',
      '标　　题': '示例市司法局2022年度法治政府建设工作情况报告',
      发布日期: '2023年02月28日',
      '有 效 性': '有效',
      来源: '示例市司法局'
    },
    first: '2022年，市司法局在市委、市政府的坚强领导下，',
    last: '特此报告。',
    chrome: [
      '当前位置',
      '字号',
      '分享到',
      '打印本页',
      '相关链接',
      '2021年度',
      '网站标识码',
      'ICP',
      '0571',
      '附件'
    ]
  },
  'word-paste': {
    title: '示例县人民政府关于2021年度法治政府建设情况的报告',
    published: '2022-03-18',
    issuer: '示例县人民政府',
    fields: {发布时间: '2022-03-18', 来源: '县司法局'},
    first:
      '2021年，县政府坚持以习近平法治思想为指导，认真落实法治政府建设各项任务，法治政府建设取得明显成效。',
    last: '特此报告。',
    chrome: [
      '当前位置',
      '打印',
      '关闭',
      '版权所有',
      '地址',
      '邮编',
      'mso',
      'Normal',
      '\u00a0\u00a0'
    ]
  },
  fragment: {
    title: '示例区应急管理局2023年法治政府建设年度报告',
    published: null,
    issuer: '示例区应急管理局',
    fields: {},
    first: '2023年，区应急管理局深入学习贯彻习近平法治思想，',
    last: '推动法治政府建设各项任务落到实处。',
    chrome: []
  },
  'no-marker': {
    title: '示例镇人民政府2020年法治政府建设工作总结',
    published: '2021-03-30',
    issuer: '示例镇人民政府',
    fields: {发布日期: '2021-03-30', 信息来源: '示例镇人民政府'},
    first: '2020年，示例镇在县委、县政府的正确领导下，',
    last: '推动法治政府建设再上新台阶。',
    chrome: [
      '您的位置',
      '热点推荐',
      '安全生产工作会议',
      '打印本页',
      '上一篇',
      '下一篇',
      '主办',
      'ICP',
      '点击数'
    ]
  }
}

describe('fixtures', () => {
  for (const [name, expected] of Object.entries(cases)) {
    describe(name, () => {
      const {report} = parseFile(new URL(name + '/input.html', fixtures))
      const lines = bodyLines(report)

      it('finds the title, publication date, issuer and source', () => {
        expect([report.meta.title, report.meta.published, report.meta.issuer]).toEqual([
          expected.title,
          expected.published,
          expected.issuer
        ])
        expect(report.meta.source.fields).toMatchObject(expected.fields)
      })

      it('starts at the article’s first line and ends at its last, without chrome', () => {
        expect(lines[0]?.startsWith(expected.first)).toBe(true)
        expect(lines.at(-1)?.endsWith(expected.last)).toBe(true)
        const text = allBodyText(report)
        expect(expected.chrome.filter((piece) => text.includes(piece))).toEqual([])
      })

      it('matches `expected.json`', () => {
        const url = new URL(name + '/expected.json', fixtures)
        const actual = JSON.stringify(report, null, 2) + '\n'
        if (process.env['UPDATE'] === '1') writeFileSync(url, actual)
        expect(actual).toBe(readFileSync(url, 'utf8'))
      })
    })
  }

  it('reads the body table of the gov.cn page as a table', () => {
    const {report} = parseFile(new URL('gov-cn-ucap/input.html', fixtures))
    const section = report.sections[0]?.sections[1]
    expect(section?.tables).toEqual([
      [
        ['项目', '2021年', '2022年'],
        ['行政复议案件（件）', '312', '356'],
        ['行政诉讼应诉（件）', '205', '198']
      ]
    ])
  })

  it('reads the Word numbering of the pasted page as a section', () => {
    const {report} = parseFile(new URL('word-paste/input.html', fixtures))
    const nested = report.sections[0]?.sections[0]?.sections[0]
    expect([nested?.marker, nested?.title, nested?.paragraphs]).toEqual([
      '1.',
      '推行政府法律顾问制度',
      ['县政府聘请3名法律顾问，全年出具法律意见书46份。']
    ])
  })
})
