import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {allBodyText, bodyLines, parseFile, samplesExpected, samplesHtml, stems} from './helpers.ts'

/** What a reader checks on each page: title, date, source, first and last line. */
const expectations: Record<
  string,
  {
    title: string | null
    published: string | null
    issuer: string | null
    source: Record<string, string>
    first: string
    last: string
  }
> = {
  '000_c38c80df23ae400c': {
    title: '四平市铁东区人民政府2020年度法治政府建设工作报告',
    published: null,
    issuer: '四平市铁东区人民政府',
    source: {},
    first: '近年来,在四平市委、市政府的坚强领导下,',
    last: '特此报告!'
  },
  '001_3bbaca17e2977359': {
    title: '公安县2019年法治政府建设工作报告',
    published: '2020-04-20',
    issuer: '公安县人民政府办公室',
    source: {信息来源: '公安县人民政府办公室', 发文单位: '公安县人民政府办公室'},
    first: '2019年以来,在市委、市政府和县委的坚强领导下,',
    last: '特此报告。'
  },
  '002_003a9d8f3bacc8c6': {
    title: '黔江区黎水镇人民政府2020年法治政府建设情况报告',
    published: null,
    issuer: '黔江区黎水镇人民政府',
    source: {},
    first: '2020年,黎水镇在区委、区政府的正确领导下,',
    last: '提高政府的执行力。'
  },
  '003_8891a8d6d278ec13': {
    title: null,
    published: null,
    issuer: '海润街道',
    source: {},
    first: '2024年以来,海润街道认真贯彻落实党的二十届三中全会精神,',
    last: '全面落实法律进企业、下基层,积极造浓法治氛围。'
  },
  '004_53ad0b29bc01cca5': {
    title: '海陵试验区管委会2021年法治政府建设工作报告',
    published: '2022-01-29',
    issuer: '海陵试验区管委会',
    source: {来源: '本网', 编辑日期: '2022/01/29 12:07:22'},
    first: '2021年,海陵试验区坚持以习近平新时代中国特色社会主义思想为指导,',
    last: '推动海陵岛新时代法治政府建设上新台阶。'
  }
}

/** Pieces of the templates' chrome (none is report text): none may reach the body. */
const chrome = [
  '登录',
  '无障碍',
  '今天是',
  '当前位置',
  '您现在的位置',
  '欢迎访问',
  '首页',
  '打印本页',
  '打印|关闭',
  '关闭窗口',
  '[ 关 闭 ]',
  '分享到',
  '字号：',
  '字体：',
  '浏览次数',
  '阅读次数',
  'ICP备',
  '公网安备',
  '网站标识码',
  '主办:',
  '主办：',
  '技术支持',
  '版权所有',
  'Copyright',
  '0716-5227196',
  '0662-3890040',
  'gaxzfwz@gongan.gov.cn',
  '油江路122号',
  '相关链接',
  '扫一扫',
  '附件：',
  '信息来源',
  '编辑日期',
  '建议使用',
  '2018年度法治政府建设工作报告',
  '海润街道召开'
]

describe('samples/html', () => {
  for (const stem of stems) {
    const expected = expectations[stem]
    if (expected === undefined) throw new Error('Missing expectations for ' + stem)

    describe(stem, () => {
      const {report, file} = parseFile(new URL(stem + '.html', samplesHtml))
      const lines = bodyLines(report)

      it('finds the title, publication date, issuer and source', () => {
        expect({
          title: report.meta.title,
          published: report.meta.published,
          issuer: report.meta.issuer
        }).toEqual({title: expected.title, published: expected.published, issuer: expected.issuer})
        expect(report.meta.source.fields).toMatchObject(expected.source)
      })

      it('starts the body at the first line of the article and ends it at its last', () => {
        expect(lines[0]?.startsWith(expected.first)).toBe(true)
        expect(lines.at(-1)?.endsWith(expected.last)).toBe(true)
      })

      it('keeps every line of portal chrome out of the body', () => {
        const text = allBodyText(report)
        expect(chrome.filter((word) => text.includes(word))).toEqual([])
      })

      it('gives the same report as the text sample (parity)', () => {
        const golden = JSON.parse(readFileSync(new URL(stem + '.json', samplesExpected), 'utf8'))
        const {source: _htmlSource, ...htmlMeta} = report.meta
        const {source: _textSource, ...textMeta} = golden.meta
        expect(htmlMeta).toEqual(textMeta)
        expect({
          preamble: report.preamble,
          sections: report.sections,
          epilogue: report.epilogue,
          closing: report.closing,
          signature: report.signature,
          notes: report.notes
        }).toEqual({
          preamble: golden.preamble,
          sections: golden.sections,
          epilogue: golden.epilogue,
          closing: golden.closing,
          signature: golden.signature,
          notes: golden.notes
        })
      })
    })
  }

  it('reads the 政府网站发展指引 tags where a page has them', () => {
    const {report} = parseFile(new URL('004_53ad0b29bc01cca5.html', samplesHtml))
    expect(report.meta.source.site).toEqual({
      SiteName: '海陵岛政务网',
      SiteDomain: 'www.hailingdao.gov.cn',
      SiteIDCode: '4417900001',
      ColumnName: '通知公告',
      ArticleTitle: '海陵试验区管委会2021年法治政府建设工作报告',
      PubDate: '2022-01-29 12:07',
      ContentSource: '本网',
      Url: 'http://www.hailingdao.gov.cn/tzgg/content/post_1.html'
    })
    // Tags repeated in another case, and empty ones, in the TRS page.
    const trs = parseFile(new URL('000_c38c80df23ae400c.html', samplesHtml)).report
    expect(trs.meta.source.site).toEqual({
      SiteName: '四平市铁东区人民政府',
      SiteDomain: 'www.tiedong.gov.cn',
      ColumnName: '法治政府建设年度报告',
      ColumnType: '法治政府建设',
      ArticleTitle: '四平市铁东区人民政府2020年度法治政府建设工作报告',
      Keywords: '法治政府建设,年度报告'
    })
    // No tags at all.
    expect(
      parseFile(new URL('002_003a9d8f3bacc8c6.html', samplesHtml)).report.meta.source.site
    ).toBeUndefined()
  })

  it('keeps the padded info-table labels as written', () => {
    const {report} = parseFile(new URL('001_3bbaca17e2977359.html', samplesHtml))
    expect(report.meta.source.fields).toEqual({
      '索 引 号': '201140958/2022-03057',
      发文单位: '公安县人民政府办公室',
      发文日期: '2020-04-20 16:52:29',
      效力状态: '有效',
      主题分类: '政务公开',
      发文字号: '无',
      信息来源: '公安县人民政府办公室',
      发布时间: '2020-04-20 16:52'
    })
  })

  it('maps the padded info-table labels to canonical keys, as the text dump gives them', () => {
    const {report} = parseFile(new URL('001_3bbaca17e2977359.html', samplesHtml))
    expect(report.meta.source.canonical).toStrictEqual({
      index: '201140958/2022-03057',
      issuer: '公安县人民政府办公室',
      docNumber: '无',
      published: '2020-04-20 16:52:29',
      validity: '有效',
      topic: '政务公开',
      source: '公安县人民政府办公室'
    })
    const golden = JSON.parse(
      readFileSync(new URL('001_3bbaca17e2977359.json', samplesExpected), 'utf8')
    )
    expect(report.meta.source.canonical).toStrictEqual(golden.meta.source.canonical)
  })

  it('decodes GBK and a wrongly declared charset, saying so only for the latter', () => {
    const gbkPage = parseFile(new URL('001_3bbaca17e2977359.html', samplesHtml))
    expect(gbkPage.file.messages.map((message) => message.ruleId)).toEqual(['damaged-date'])
    const wrong = parseFile(new URL('002_003a9d8f3bacc8c6.html', samplesHtml))
    expect(wrong.file.messages.map((message) => [message.ruleId, message.reason])).toEqual([
      [
        'charset-mismatch',
        'Unexpected bytes for declared charset `gb2312`, expected `utf-8`; decoded as `utf-8`'
      ]
    ])
  })

  it('lists images and attachments', () => {
    expect(
      parseFile(new URL('000_c38c80df23ae400c.html', samplesHtml)).tree.meta.source.assets
    ).toEqual([
      {
        kind: 'image',
        url: './W020210120123456.png',
        title: '四平市铁东区人民政府2020年度法治政府建设工作报告'
      }
    ])
    expect(
      parseFile(new URL('001_3bbaca17e2977359.html', samplesHtml)).tree.meta.source.assets
    ).toEqual([
      {
        kind: 'attachment',
        url: '/u/cms/www/202004/公安县2019年法治政府建设工作报告.doc',
        title: '公安县2019年法治政府建设工作报告.doc'
      }
    ])
  })

  it('keeps a hidden print copy of the body out (003)', () => {
    const {report} = parseFile(new URL('003_8891a8d6d278ec13.html', samplesHtml))
    const first = bodyLines(report)[0] ?? ''
    expect(bodyLines(report).filter((line) => line === first)).toHaveLength(1)
  })

  it('has pages that match their generator', () => {
    const script = fileURLToPath(new URL('render.mjs', samplesHtml))
    expect(() => execFileSync(process.execPath, [script, '--check'], {stdio: 'pipe'})).not.toThrow()
  })
})
