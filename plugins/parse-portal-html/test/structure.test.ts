import type {Heading, Paragraph, Section, Table, Text} from '@baogao/core'
import {describe, expect, it} from 'vitest'
import {bodyLines, gbk, nodesOf, parseHtml, utf8} from './helpers.ts'

const preamble = '<p>2021年，县政府坚持依法行政，法治政府建设取得新进展。现将有关情况报告如下：</p>'

/** A page with `body` as its TRS article. */
function trs(body: string, head = ''): string {
  return (
    '<!DOCTYPE html><html><head><meta charset="utf-8">' +
    head +
    '</head><body>' +
    '<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>' +
    '<div class="TRS_Editor">' +
    body +
    '</div>' +
    '<div class="footer">主办：示例县人民政府办公室</div></body></html>'
  )
}

describe('positions', () => {
  it('maps every text node back to its source, entities and tags included', () => {
    const html = trs(
      preamble +
        '<p><span>一、</span><strong>总体&nbsp;情况</strong></p>' +
        '<p>推进&ldquo;放管服&rdquo;改革&amp;优化<span>营商</span>环境。</p>'
    )
    const {tree, file} = parseHtml(utf8(html))
    const source = String(file.value)
    expect(source).toBe(html)
    const texts = nodesOf(tree).filter((node): node is Text => node.type === 'text')
    const spans = texts.map((node) => [
      node.value,
      source.slice(node.position?.start.offset, node.position?.end.offset)
    ])
    expect(spans).toEqual([
      [
        '2021年，县政府坚持依法行政，法治政府建设取得新进展。现将有关情况报告如下：',
        '2021年，县政府坚持依法行政，法治政府建设取得新进展。现将有关情况报告如下：'
      ],
      ['总体\u00a0情况', '总体&nbsp;情况'],
      [
        '推进“放管服”改革&优化营商环境。',
        '推进&ldquo;放管服&rdquo;改革&amp;优化<span>营商</span>环境。'
      ]
    ])
  })

  it('gives lines and columns of the decoded page', () => {
    const html = trs('\n' + preamble + '\n<p>一、主要工作</p>\n<p>全面推行行政执法三项制度。</p>\n')
    const {tree} = parseHtml(utf8(html))
    const section = tree.children.find((node): node is Section => node.type === 'section')
    const heading = section?.children[0] as Heading
    expect(heading.position).toEqual({
      start: {line: 3, column: 4, offset: html.indexOf('一、')},
      end: {line: 3, column: 10, offset: html.indexOf('</p>', html.indexOf('一、'))}
    })
    expect(section?.numbering).toEqual({marker: '一、', ordinal: 1, style: '一、'})
  })

  it('points into a GBK page’s decoded text, not its bytes', () => {
    const html =
      '<html><head><meta charset="gbk"></head><body><div id="zoom">' +
      preamble +
      '</div></body></html>'
    const {tree, file} = parseHtml(gbk(html))
    expect(file.value).toBe(html)
    const paragraph = tree.children.find((node): node is Paragraph => node.type === 'paragraph')
    expect(paragraph?.position?.start).toEqual({
      line: 1,
      column: html.indexOf('2021年') + 1,
      offset: html.indexOf('2021年')
    })
  })
})

describe('lines', () => {
  it('cuts `<br>`-separated text into paragraphs and collapses whitespace as a browser does', () => {
    const html = trs(
      '<div>&nbsp;&nbsp;2021年，县政府坚持依法行政，\n   法治政府建设取得新进展。<br><br>　　一、主要工作<br>\n' +
        '全面推行 行政执法  三项制度，\n覆盖 100 个部门。</div>'
    )
    expect(bodyLines(parseHtml(utf8(html)).report)).toEqual([
      '2021年，县政府坚持依法行政，法治政府建设取得新进展。',
      '一、主要工作',
      '全面推行 行政执法 三项制度，覆盖 100 个部门。'
    ])
  })

  it('takes `h1`–`h6` and short bold lines as headings, bold sentences not', () => {
    const html = trs(
      preamble +
        '<h3>工作措施</h3><p>完善制度体系，强化执法监督。</p>' +
        '<p><strong>存在问题</strong></p><p>执法队伍专业化水平有待提高。</p>' +
        '<p><b>各部门要切实提高认识。</b></p>'
    )
    const {report} = parseHtml(utf8(html))
    expect(
      report.sections.map((section) => [section.marker, section.title, section.paragraphs])
    ).toEqual([
      [null, '工作措施', ['完善制度体系，强化执法监督。']],
      [null, '存在问题', ['执法队伍专业化水平有待提高。', '各部门要切实提高认识。']]
    ])
  })

  it('splits a run-in heading inside one paragraph', () => {
    const html = trs(
      preamble +
        '<p>一、主要工作</p><p><strong>（一）认真研究，科学部署。</strong>根据省、市工作安排，制定了<span>工作要点</span>。</p>'
    )
    const {tree, report} = parseHtml(utf8(html))
    expect(report.sections[0]?.sections[0]).toMatchObject({
      marker: '（一）',
      title: '认真研究，科学部署',
      paragraphs: ['根据省、市工作安排，制定了工作要点。']
    })
    const heading = nodesOf(tree).find(
      (node): node is Heading => node.type === 'heading' && node.runIn
    )
    expect(heading?.runIn).toBe(true)
  })

  it('keeps widgets inside the container out', () => {
    const html = trs(
      preamble +
        '<div class="share">分享到：<a>微信</a><a>微博</a></div><p>一、主要工作</p><p>强化执法监督。</p>' +
        '<div class="bdsharebuttonbox"><a class="bds_weixin">微信</a></div><p>【<a href="javascript:window.print()">打印本页</a>】【<a>关闭窗口</a>】</p>'
    )
    expect(bodyLines(parseHtml(utf8(html)).report)).toEqual([
      '2021年，县政府坚持依法行政，法治政府建设取得新进展。现将有关情况报告如下：',
      '一、主要工作',
      '强化执法监督。'
    ])
  })
})

describe('tables', () => {
  it('reads a data table as a table node with header, spans and positions', () => {
    const html = trs(
      preamble +
        '<table><thead><tr><th>项目</th><th colspan="2">数量</th></tr></thead>' +
        '<tbody><tr><td>行政复议</td><td>12</td><td rowspan="2">件</td></tr><tr><td><p>行政</p><p>诉讼</p></td><td>8</td></tr></tbody></table>'
    )
    const {tree, file} = parseHtml(utf8(html))
    const table = tree.children.find((node): node is Table => node.type === 'table')
    expect(
      table?.children.map((row) =>
        row.children.map((cell) => [
          cell.header,
          cell.colSpan,
          cell.rowSpan,
          (cell.children[0] as Text | undefined)?.value
        ])
      )
    ).toEqual([
      [
        [true, 1, 1, '项目'],
        [true, 2, 1, '数量']
      ],
      [
        [false, 1, 1, '行政复议'],
        [false, 1, 1, '12'],
        [false, 1, 2, '件']
      ],
      [
        [false, 1, 1, '行政\n诉讼'],
        [false, 1, 1, '8']
      ]
    ])
    const start = table?.position?.start.offset ?? -1
    expect(String(file.value).slice(start, start + 7)).toBe('<table>')
  })

  it('reads layout tables as text', () => {
    const html = trs(
      '<table><tr><td>' + preamble + '<p>一、主要工作</p><p>强化执法监督。</p></td></tr></table>'
    )
    const {tree, report} = parseHtml(utf8(html))
    expect(tree.children.some((node) => node.type === 'table')).toBe(false)
    expect(bodyLines(report)).toEqual([
      '2021年，县政府坚持依法行政，法治政府建设取得新进展。现将有关情况报告如下：',
      '一、主要工作',
      '强化执法监督。'
    ])
  })
})

describe('containers', () => {
  const body = preamble + '<p>一、主要工作</p><p>强化执法监督，规范执法行为。</p>'
  const expectedLines = [
    '2021年，县政府坚持依法行政，法治政府建设取得新进展。现将有关情况报告如下：',
    '一、主要工作',
    '强化执法监督，规范执法行为。'
  ]

  it('prefers a known container to a bigger block of text', () => {
    const html =
      '<html><body><div class="sidebar"><p>' +
      '热点新闻：示例县召开全县安全生产工作会议，部署年度重点任务。'.repeat(10) +
      '</p></div><div id="UCAP-CONTENT">' +
      body +
      '</div></body></html>'
    expect(bodyLines(parseHtml(utf8(html)).report)).toEqual(expectedLines)
  })

  it('joins an article split over several `TRS_Editor` blocks, and keeps a copy once', () => {
    const html =
      '<html><body><div class="TRS_Editor">' +
      preamble +
      '</div><div class="TRS_Editor"><p>一、主要工作</p><p>强化执法监督，规范执法行为。</p></div>' +
      '<div class="print"><div class="TRS_Editor">' +
      preamble +
      '</div></div></body></html>'
    expect(bodyLines(parseHtml(utf8(html)).report)).toEqual(expectedLines)
  })

  it('keeps a body printed twice in its container once', () => {
    expect(bodyLines(parseHtml(utf8(trs(body + body))).report)).toEqual(expectedLines)
  })

  it('reads the ZJEG_RSS range even when its comments have different parents', () => {
    const html =
      '<html><body><div id="zoom"><div><!--ZJEG_RSS.content.begin-->' +
      preamble +
      '<p>一、主要工作</p></div>' +
      '<p>强化执法监督，规范执法行为。</p><!--ZJEG_RSS.content.end--><p>【打印本页】【关闭窗口】</p></div></body></html>'
    expect(bodyLines(parseHtml(utf8(html)).report)).toEqual(expectedLines)
  })

  it('prefers the most specific class of a container (`view TRS_UEDITOR`)', () => {
    const html =
      '<html><body><div class="view"><h1>页面</h1><div class="side">' +
      '示例县政务动态新闻，欢迎关注。'.repeat(6) +
      '</div>' +
      '<div class="view TRS_UEDITOR trs_paper_default">' +
      body +
      '</div></div></body></html>'
    expect(bodyLines(parseHtml(utf8(html)).report)).toEqual(expectedLines)
  })

  it('does not join a distant block of the same kind (a sidebar)', () => {
    const html =
      '<html><body><div class="TRS_Editor"><p>本栏目发布示例县法治政府建设年度报告及相关信息。</p></div>' +
      '<div class="filler">' +
      '<span>导航</span>'.repeat(400) +
      '</div>' +
      '<div class="TRS_Editor">' +
      body +
      '</div></body></html>'
    expect(bodyLines(parseHtml(utf8(html)).report)).toEqual(expectedLines)
  })

  it('reads an info table inside the container as fields, and editor lines at its end', () => {
    const html = trs(
      '<table><tr><td>索 引 号：</td><td>000000000/2022-00001</td><td>发布机构：</td><td>示例县司法局</td></tr>' +
        '<tr><td>发布日期：</td><td>2022-03-01</td><td>文号：</td><td>无</td></tr></table>' +
        body +
        '<p>（责任编辑：王五）</p>'
    )
    const {report, tree} = parseHtml(utf8(html))
    expect(bodyLines(report)).toEqual(expectedLines)
    expect(report.meta.source.fields).toEqual({
      '索 引 号': '000000000/2022-00001',
      发布机构: '示例县司法局',
      发布日期: '2022-03-01',
      文号: '无',
      责任编辑: '王五'
    })
    expect(tree.meta.source.chrome).toEqual(['（责任编辑：王五）'])
  })

  it('finds an article inside an element named like a menu or footer', () => {
    const html =
      '<html><body><div class="nav-wrap"><ul><li><a href="/">首页</a></li></ul><div class="TRS_Editor">' +
      body +
      '</div></div></body></html>'
    expect(bodyLines(parseHtml(utf8(html)).report)).toEqual(expectedLines)
  })

  it('falls back to the element with the most Chinese prose, not the most links', () => {
    const links = Array.from(
      {length: 30},
      (_, index) =>
        '<li><a href="/' +
        index +
        '">示例县政务动态新闻标题第' +
        index +
        '条，点击查看详情</a></li>'
    ).join('')
    const html =
      '<html><body><ul class="list">' +
      links +
      '</ul><div class="wrap"><div class="x">' +
      body +
      '</div></div></body></html>'
    expect(bodyLines(parseHtml(utf8(html)).report)).toEqual(expectedLines)
  })
})

describe('metadata', () => {
  const body = '<div id="zoom">' + preamble + '<p>一、主要工作</p><p>强化执法监督。</p></div>'

  it('reads 政府网站发展指引 tags without case, skipping empty and repeated ones', () => {
    const head =
      '<meta name="sitename" content=""><meta name="SiteName" content="示例县人民政府"><meta name="SITENAME" content="别的名字">' +
      '<meta name="contentsource" content="示例县司法局"><meta name="PubDate" content="2022-03-01 10:00"><meta name="keywords">' +
      '<meta name="description" content="  示例县 法治政府建设  ">'
    const {report} = parseHtml(
      utf8('<html><head>' + head + '</head><body>' + body + '</body></html>')
    )
    expect(report.meta.source.site).toEqual({
      SiteName: '示例县人民政府',
      ContentSource: '示例县司法局',
      PubDate: '2022-03-01 10:00',
      Description: '示例县 法治政府建设'
    })
    expect(report.meta.published).toBe('2022-03-01')
  })

  it('prefers a visible publication date to `PubDate`, and `PubDate` to weaker dates', () => {
    const page = (head: string, info: string) =>
      utf8(
        '<html><head>' +
          head +
          '</head><body><h1>示例县2021年法治政府建设工作报告</h1><div class="info">' +
          info +
          '</div>' +
          body +
          '</body></html>'
      )
    const pubDate = '<meta name="PubDate" content="2022-03-02 08:00">'
    expect(parseHtml(page(pubDate, '发布日期：2022-03-01')).report.meta.published).toBe(
      '2022-03-01'
    )
    expect(parseHtml(page(pubDate, '更新时间：2022-05-01')).report.meta.published).toBe(
      '2022-03-02'
    )
    expect(parseHtml(page('', '更新时间：2022-05-01')).report.meta.published).toBe('2022-05-01')
  })

  it('strips the site name from `<title>`', () => {
    for (const title of [
      '示例县2021年法治政府建设工作报告_示例县人民政府',
      '示例县人民政府 - 示例县2021年法治政府建设工作报告',
      '示例县2021年法治政府建设工作报告|示例县人民政府门户网站',
      '示例县2021年法治政府建设工作报告——示例县人民政府',
      '示例县2021年法治政府建设工作报告-法治政府建设-示例县人民政府'
    ]) {
      const {report} = parseHtml(
        utf8('<html><head><title>' + title + '</title></head><body>' + body + '</body></html>')
      )
      expect(report.meta.title).toBe('示例县2021年法治政府建设工作报告')
    }
  })

  it('reads info blocks as tables, `<strong>` labels and list items, keeping labels as written', () => {
    const forms = [
      '<table><tr><td>索　引　号：</td><td>000000000/2022-00001</td><td>发布机构：</td><td>示例县司法局</td></tr>' +
        '<tr><th>发布日期</th><td>2022-03-01</td><th>效力状态</th><td>有效</td></tr></table>',
      '<div class="info"><p><strong>索　引　号：</strong>000000000/2022-00001<strong>发布机构：</strong>示例县司法局</p>' +
        '<p><b>发布日期：</b>2022-03-01 <b>效力状态：</b>有效</p></div>',
      '<ul class="xxgk"><li><span>索　引　号：</span><span>000000000/2022-00001</span></li><li><span>发布机构：</span><span>示例县司法局</span></li>' +
        '<li><span>发布日期：</span>2022-03-01</li><li><span>效力状态：</span>有效</li></ul>'
    ]
    for (const form of forms) {
      const html =
        '<html><body>' +
        form +
        '<h1>示例县司法局2021年法治政府建设工作报告</h1>' +
        body +
        '</body></html>'
      const {report} = parseHtml(utf8(html))
      expect(report.meta.source.fields).toEqual({
        '索　引　号': '000000000/2022-00001',
        发布机构: '示例县司法局',
        发布日期: '2022-03-01',
        效力状态: '有效'
      })
      expect([report.meta.title, report.meta.published, report.meta.issuer]).toEqual([
        '示例县司法局2021年法治政府建设工作报告',
        '2022-03-01',
        '示例县司法局'
      ])
    }
  })

  it('reads the visible source and date line, and a bare date by the title', () => {
    const html =
      '<html><body><h2>示例县2021年法治政府建设工作报告</h2><div class="info">来源：示例县司法局 | 发布时间：2022-03-05 09:00 | 浏览量：<span>12</span></div>' +
      body +
      '</body></html>'
    const {report} = parseHtml(utf8(html))
    expect([report.meta.published, report.meta.issuer, report.meta.source.fields]).toEqual([
      '2022-03-05',
      '示例县司法局',
      {来源: '示例县司法局', 发布时间: '2022-03-05 09:00', 浏览量: '12'}
    ])
    const bare =
      '<html><body><h2>示例县2021年法治政府建设工作报告</h2><div class="date">2022-03-06</div>' +
      body +
      '</body></html>'
    expect(parseHtml(utf8(bare)).report.meta.published).toBe('2022-03-06')
  })
})
