#!/usr/bin/env node
/**
 * Render the text seeds (`samples/text/*.txt`) as portal pages
 * (`samples/html/*.html`), in the page templates of the CMSes government
 * portals run on. Deterministic: same seeds, same bytes.
 *
 *   node samples/html/render.mjs          write the pages
 *   node samples/html/render.mjs --check  exit 1 when a page is stale
 *
 * Each seed's body lines are copied verbatim (escaped), one block per
 * line; a page adds only what the seed's own text shows (fields, dates,
 * footers), so the parsed HTML must give the same report as the text.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const textDirectory = join(here, '..', 'text')

/** Trim as the parsers do (NBSP and U+3000 included). */
const trim = (line) => line.replace(/^[\s\u00A0\u3000]+|[\s\u00A0\u3000]+$/g, '')

function readSeed(stem) {
  return readFileSync(join(textDirectory, stem + '.txt'), 'utf8').split(/\r?\n/)
}

/** Escape text for HTML element content. */
function escapeText(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Escape text for a double-quoted attribute. */
function escapeAttribute(text) {
  return escapeText(text).replace(/"/g, '&quot;')
}

/** TRS writes curly quotes and the middle dot as named references. */
function trsEntities(html) {
  return html.replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;').replace(/·/g, '&middot;')
}

/** Lines between the first line equal to `from` and the line equal to `to`. */
function between(lines, from, to) {
  const start = lines.findIndex((line) => trim(line) === from)
  const end = lines.findIndex((line, index) => index >= start && trim(line) === to)
  if (start === -1 || end === -1) throw new Error('Cannot find `' + from + '` … `' + to + '`')
  return lines
    .slice(start, end + 1)
    .map(trim)
    .filter((line) => line !== '')
}

const numberedHeading = /^[一二三四五六七八九十]+、/
const runIn = /^([((][一二三四五六七八九十]+[))][^。]{1,38}。)(.+)$/

/** Whether a body line is a whole-line heading worth bolding. */
function isHeadingLine(line) {
  return numberedHeading.test(line) && !line.includes('。') && line.length <= 60
}

/** Break a paragraph's source between two Han characters every ~`width` characters. */
function wrapSource(text, width) {
  let result = ''
  let column = 0
  for (let index = 0; index < text.length; index++) {
    const character = text.charAt(index)
    result += character
    column++
    const next = text.charAt(index + 1)
    if (column >= width && /\p{Script=Han}/u.test(character) && /\p{Script=Han}/u.test(next)) {
      result += '\n'
      column = 0
    }
  }

  return result
}

/** Word-style runs: the paragraph cut into spans at commas. */
function wordRuns(text) {
  const parts = text.split(/(?<=[,、])/)
  return parts
    .map(
      (part) =>
        '<span style="font-family:仿宋_GB2312;font-size:16pt">' +
        wrapSource(escapeText(part), 60) +
        '</span>'
    )
    .join('')
}

// ---------------------------------------------------------------------------
// Encoding: GBK bytes for the pages a CMS still saves as GB2312/GBK.

let gbkTable
function encodeGbk(text) {
  if (!gbkTable) {
    gbkTable = new Map()
    const decoder = new TextDecoder('gbk')
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue
        const character = decoder.decode(new Uint8Array([lead, trail]))
        if (character.length === 1 && character !== '\uFFFD' && !gbkTable.has(character)) {
          gbkTable.set(character, [lead, trail])
        }
      }
    }
  }

  const bytes = []
  for (const character of text) {
    const code = character.codePointAt(0)
    if (code < 0x80) bytes.push(code)
    else if (gbkTable.has(character)) bytes.push(...gbkTable.get(character))
    // What a CMS saving GBK does with a character outside it.
    else for (const byte of Buffer.from('&#' + code + ';', 'ascii')) bytes.push(byte)
  }

  return Uint8Array.from(bytes)
}

// ---------------------------------------------------------------------------
// Shared page furniture.

function guidelineMeta(tags) {
  return Object.entries(tags)
    .map(
      ([name, content]) => '<meta name="' + name + '" content="' + escapeAttribute(content) + '">'
    )
    .join('\n')
}

const scripts = `<script type="text/javascript" src="/js/jquery.min.js"></script>
<script type="text/javascript">
  var _hmt = _hmt || [];
  function setFontSize(size) { document.getElementById('zoom').style.fontSize = size + 'px'; }
</script>
<style type="text/css">
  body { margin: 0; font-family: "Microsoft YaHei", SimSun; }
  .hidden-print { display: none; }
</style>`

function navigation(items) {
  return (
    '<ul class="nav-list">\n' +
    items
      .map((item) => '  <li><a href="/' + encodeURI(item) + '/">' + escapeText(item) + '</a></li>')
      .join('\n') +
    '\n</ul>'
  )
}

const mainNavigation = ['首页', '政务公开', '政务服务', '互动交流', '走进本地', '专题专栏']

// ---------------------------------------------------------------------------
// Template 1: TRS WCM (`div.TRS_Editor`), UTF-8, guideline meta tags.

function renderTrs(seed) {
  const [titleLine, ...rest] = seed.lines
  const closingIndex = rest.findIndex((line) => /^特此报告/.test(line))
  const body = rest.slice(0, closingIndex + 1)
  const signature = rest.slice(closingIndex + 1)
  const paragraphs = body.map((line) => {
    if (isHeadingLine(line))
      return '<p style="text-indent:2em"><strong>' + escapeText(line) + '</strong></p>'
    const match = runIn.exec(line)
    if (match) {
      return (
        '<p style="text-indent:2em">&nbsp;&nbsp;<strong>' +
        escapeText(match[1]) +
        '</strong>' +
        escapeText(match[2]) +
        '</p>'
      )
    }

    return '<p style="text-indent:2em">&nbsp;&nbsp;' + escapeText(line) + '</p>'
  })
  const signed = signature.map((line) => '<p style="text-align:right">' + escapeText(line) + '</p>')

  return trsEntities(`<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
${guidelineMeta({
  SiteName: seed.site,
  sitename: seed.site,
  SiteDomain: seed.domain,
  ColumnName: '法治政府建设年度报告',
  ColumnType: '法治政府建设',
  ArticleTitle: titleLine,
  PubDate: '',
  ContentSource: '',
  Keywords: '法治政府建设,年度报告'
})}
<title>${escapeText(titleLine)}_${escapeText(seed.site)}</title>
${scripts}
</head>
<body>
<div class="top-bar">
  <div class="w1200"><span class="welcome">欢迎访问${escapeText(seed.site)}门户网站</span>
  <a href="/login">登录</a> | <a href="/register">注册</a> | <a href="javascript:void(0)" id="wza">无障碍</a> | <a href="/elder">长者模式</a></div>
</div>
<div class="header">
  <div class="logo"><img src="/images/logo.png" alt="${escapeAttribute(seed.site)}" /></div>
  <div class="search"><form action="/search"><input type="text" name="q" value="请输入关键字" /><button type="submit">搜索</button></form></div>
</div>
<div class="nav">
${navigation(mainNavigation)}
</div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fzzf/">法治政府建设年度报告</a></div>
<div class="article">
  <h1 class="article-title">${escapeText(titleLine)}</h1>
  <div class="article-info">浏览次数：<span id="hits"></span>&nbsp;&nbsp;字号：<a href="javascript:setFontSize(18)">大</a> <a href="javascript:setFontSize(16)">中</a> <a href="javascript:setFontSize(14)">小</a></div>
  <div class="article-body">
<div class="TRS_Editor"><div class="Custom_UnionStyle">
${paragraphs.join('\n')}
<p style="text-align:center"><img src="./W020210120123456.png" alt="${escapeAttribute(
    titleLine
  )}" oldsrc="W020210120123456.png" /></p>
${signed.join('\n')}
</div></div>
  </div>
  <div class="article-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
  <div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a><a class="bds_qzone">QQ空间</a></div>
  <div class="related">
    <h3>相关链接</h3>
    <ul><li><a href="/zwgk/fzzf/202001/t20200115_1.html">2019年度法治政府建设工作报告</a></li>
    <li><a href="/zwgk/fzzf/201901/t20190118_1.html">2018年度法治政府建设工作报告</a></li></ul>
  </div>
</div>
<div class="footer">
  <p>版权所有：${escapeText(seed.site)}&nbsp;&nbsp;主办单位：${escapeText(seed.site)}办公室</p>
  <p>建议使用1920×1080分辨率浏览本网站</p>
</div>
</body>
</html>
`)
}

// ---------------------------------------------------------------------------
// Template 2: 政务公开 page with an info table, GBK, guideline meta tags.

function renderOpenGovernment(seed) {
  const rows = []
  for (let index = 0; index < seed.fields.length; index += 2) {
    const pair = seed.fields.slice(index, index + 2)
    rows.push(
      '<tr>' +
        pair
          .map(
            ([label, value]) =>
              '<th class="xxgk-label">' +
              escapeText(seed.padLabel(label)) +
              '：</th><td>' +
              escapeText(value) +
              '</td>'
          )
          .join('') +
        '</tr>'
    )
  }

  const paragraphs = seed.body.map((line) => {
    if (isHeadingLine(line)) return '<h3 style="font-size:16pt">' + escapeText(line) + '</h3>'
    const match = runIn.exec(line)
    if (match) return '<p>　　<b>' + escapeText(match[1]) + '</b>' + escapeText(match[2]) + '</p>'
    if (/^\d{6,8}$/.test(line)) return '<p align="right">' + escapeText(line) + '</p>'
    return '<p>　　' + escapeText(line) + '</p>'
  })

  return `<!DOCTYPE html>
<html>
<head>
<meta charset="gb2312">
<meta name="viewport" content="width=device-width, initial-scale=1">
${guidelineMeta({
  SiteName: seed.site,
  SiteDomain: seed.domain,
  SiteIDCode: seed.siteCode,
  ColumnName: '法治政府建设年度报告',
  ColumnDescription: '',
  ColumnType: '政务公开',
  ArticleTitle: seed.title,
  PubDate: seed.pubDate,
  ContentSource: seed.source,
  contentSource: seed.source
})}
<title>${escapeText(seed.title)}_${escapeText(seed.site)}</title>
${scripts}
</head>
<body>
<div class="toolbar"><ul><li><a href="/login.jsp">登录</a></li><li><a href="/reg.jsp">注册</a></li><li><a href="javascript:;" class="barrier">无障碍阅读</a></li></ul></div>
<div class="date-bar">今天是：<span id="today"><script>document.write(new Date().toLocaleDateString())</script></span></div>
<div class="nav">
${navigation(mainNavigation)}
</div>
<div class="xxgk-info">
<table class="xxgk-table" cellspacing="0" cellpadding="0">
${rows.join('\n')}
</table>
</div>
<div class="xxgk-article">
<h1 class="title">${escapeText(seed.title)}</h1>
<div class="source-line">信息来源：${escapeText(seed.source)} | 发布时间：${escapeText(
    seed.pubDate
  )}</div>
<div class="article-content">
${paragraphs.join('\n')}
</div>
<div class="attachments">附件：<a href="/u/cms/www/202004/${escapeAttribute(
    seed.title
  )}.doc">${escapeText(seed.title)}.doc</a></div>
</div>
<div class="print-bar"><a href="javascript:window.print()">打印</a>|<a href="javascript:window.close()">关闭</a></div>
<div class="footer">
${seed.footer.map((line) => '<p>' + escapeText(line) + '</p>').join('\n')}
</div>
</body>
</html>
`
}

// ---------------------------------------------------------------------------
// Template 3: Hanweb (`#zoom`, ZJEG_RSS comments), layout tables, Word
// runs; declares GB2312 but is saved as UTF-8 (a common CMS migration bug).

function renderHanweb(seed) {
  const [titleLine, ...rest] = seed.lines
  const paragraphs = rest.map((line, index) => {
    if (index < seed.titleRepeat)
      return (
        '<p align="center"><b><span style="font-size:22pt">' + escapeText(line) + '</span></b></p>'
      )
    if (isHeadingLine(line))
      return (
        '<p style="text-indent:2em"><b><span style="font-family:黑体">' +
        escapeText(line) +
        '</span></b></p>'
      )
    return '<p class="MsoNormal" style="text-indent:32pt">' + wordRuns(line) + '</p>'
  })

  return `<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>${escapeText(titleLine)}</title>
${scripts}
</head>
<body>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="top-table">
  <tr><td><a href="/">网站首页</a> | <a href="javascript:;">简体</a> | <a href="javascript:;">繁體</a> | <a href="javascript:;">无障碍浏览</a></td></tr>
</table>
<table width="1000" align="center" border="0" cellspacing="0" cellpadding="0">
  <tr><td class="nav-td">${navigation(mainNavigation)}</td></tr>
  <tr><td class="location">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/col/col1/">镇街动态</a> &gt;&gt; 正文</td></tr>
  <tr>
    <td class="bt_content">
      <table width="100%" id="article">
        <tr><td class="title" align="center">${escapeText(titleLine)}</td></tr>
        <tr><td class="info" align="center">【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
        <tr>
          <td>
            <div id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
${paragraphs.join('\n')}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
            </div>
          </td>
        </tr>
      </table>
    </td>
  </tr>
  <tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table>
<table width="1000" align="center" class="footer-table">
  <tr><td>主办：${escapeText(seed.site)}&nbsp;&nbsp;&nbsp;技术支持：大汉网络</td></tr>
</table>
</body>
</html>
`
}

// ---------------------------------------------------------------------------
// Template 4: a home-grown template, no CMS marker, no meta tags, lots of
// links, and a hidden print copy of the body (found by scoring only).

function renderPlain(seed) {
  const paragraphs = seed.lines.map((line) => '<p>' + escapeText(line) + '</p>')
  const topics = [
    '平安建设',
    '消防安全',
    '环境整治',
    '文明创建',
    '共同富裕',
    '安全生产',
    '防汛防台',
    '基层治理'
  ]
  const links = topics
    .map(
      (topic, index) =>
        '<li><a href="/news/' +
        (index + 1) +
        '.html">海润街道召开' +
        topic +
        '工作会议</a><span>2024-12-' +
        String(10 + index) +
        '</span></li>'
    )
    .join('\n')

  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeText(seed.site)}</title>
${scripts}
</head>
<body>
<header class="site-header"><a href="/"><img src="/logo.png" alt="${escapeAttribute(
    seed.site
  )}"></a>
<nav>${navigation(mainNavigation)}</nav></header>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xzjd/">乡镇街道</a> &gt; <a href="/xzjd/hr/">海润街道</a></div>
<div class="main clearfix">
  <div class="left-column">
    <h2>乡镇街道</h2>
    <ul>${links}</ul>
  </div>
  <div class="right-column">
    <div class="detail">
${paragraphs.join('\n')}
    </div>
    <div class="page-tools"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></div>
    <div class="qr"><img src="/qrcode.png" alt="扫一扫在手机打开当前页"><p>扫一扫在手机打开当前页</p></div>
  </div>
</div>
<div id="print-copy" style="display:none">
${paragraphs.join('\n')}
</div>
<footer><p>主办：${escapeText(seed.site)}</p></footer>
</body>
</html>
`
}

// ---------------------------------------------------------------------------
// Template 5: 开普云 / gov.cn style (`.pages_content #UCAP-CONTENT`), UTF-8.

function renderUcap(seed) {
  const paragraphs = seed.body.map((line) => {
    if (isHeadingLine(line))
      return '<p style="text-indent: 2em;"><strong>' + escapeText(line) + '</strong></p>'
    return '<p style="text-indent: 2em;">' + escapeText(line) + '</p>'
  })

  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
${guidelineMeta({
  SiteName: seed.site,
  SiteDomain: seed.domain,
  SiteIDCode: seed.siteCode,
  ColumnName: '通知公告',
  ArticleTitle: seed.title,
  PubDate: seed.pubDate,
  ContentSource: seed.source,
  Url: seed.url
})}
<title>${escapeText(seed.title)}-${escapeText(seed.site)}</title>
${scripts}
</head>
<body>
<div class="top">
  <div class="welcome">${escapeText(seed.header[0])}</div>
  <div class="tools"><a href="javascript:;">中文简体</a> <a href="javascript:;">中文繁体</a>| <a href="javascript:;">无障碍</a>| <a href="/old/">适老版</a></div>
  <div class="today">今天是：<span id="date"></span></div>
</div>
<div class="nav">${navigation(mainNavigation)}</div>
<div class="BreadcrumbNav">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a></div>
<div class="article oneColumn pub_border">
  <h1>${escapeText(seed.title)}</h1>
  <div class="pages-date">编辑日期：${escapeText(
    seed.edited
  )}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;来源：${escapeText(
    seed.source
  )}&nbsp;&nbsp;&nbsp;&nbsp;阅读次数：<span id="hits">-</span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<a href="javascript:window.close()">[ 关 闭 ]</a></div>
  <div class="pages_content" id="UCAP-CONTENT">
${paragraphs.join('\n')}
  </div>
  <div class="share">分享到：<a>微信</a> <a>微博</a></div>
</div>
<div class="footer">
${seed.footer.map((line) => '<p>' + escapeText(line) + '</p>').join('\n')}
</div>
</body>
</html>
`
}

// ---------------------------------------------------------------------------
// The five seeds.

/** `• 索引号:` / value on a later line, as the 001 text dump lists them. */
function bulletFields(lines) {
  const fields = []
  for (let index = 0; index < lines.length; index++) {
    const match = /^[•\s]*(索引号|发文单位|发文日期|效力状态|主题分类|发文字号):\s*$/.exec(
      lines[index]
    )
    if (!match) continue
    const value = lines
      .slice(index + 1)
      .map(trim)
      .find((line) => line !== '')
    fields.push([match[1], value])
  }

  return fields
}

const pages = [
  {
    stem: '000_c38c80df23ae400c',
    encoding: 'utf-8',
    render() {
      const lines = readSeed(this.stem)
        .map(trim)
        .filter((line) => line !== '')
      return renderTrs({lines, site: '四平市铁东区人民政府', domain: 'www.tiedong.gov.cn'})
    }
  },
  {
    stem: '001_3bbaca17e2977359',
    encoding: 'gbk',
    render() {
      const lines = readSeed(this.stem)
      const source = trim(lines.find((line) => line.startsWith('信息来源')))
      const [, from, published] = /^信息来源:(.+?) \| 发布时间:(.+)$/.exec(source)
      return renderOpenGovernment({
        site: '公安县人民政府',
        domain: 'www.gongan.gov.cn',
        siteCode: '4210220025',
        title: trim(lines[28]),
        source: from,
        pubDate: published,
        fields: bulletFields(lines.slice(0, 28)),
        padLabel: (label) => (label.length === 3 ? [...label].join(' ') : label),
        body: between(lines, '市人民政府:', '2020414'),
        footer: lines
          .slice(lines.findIndex((line) => trim(line) === '打印|关闭') + 1)
          .map(trim)
          .filter((line) => line !== '')
      })
    }
  },
  {
    stem: '002_003a9d8f3bacc8c6',
    encoding: 'utf-8',
    render() {
      const lines = readSeed(this.stem)
        .map(trim)
        .filter((line) => line !== '')
      return renderHanweb({lines, titleRepeat: 2, site: '重庆市黔江区黎水镇人民政府'})
    }
  },
  {
    stem: '003_8891a8d6d278ec13',
    encoding: 'utf-8',
    render() {
      const lines = readSeed(this.stem)
        .map(trim)
        .filter((line) => line !== '')
      return renderPlain({lines, site: '三门县人民政府'})
    }
  },
  {
    stem: '004_53ad0b29bc01cca5',
    encoding: 'utf-8',
    render() {
      const lines = readSeed(this.stem)
      const nonEmpty = lines.map(trim).filter((line) => line !== '')
      const first = nonEmpty.findIndex((line) => line.startsWith('2021年,'))
      const last = nonEmpty.findIndex((line) => line.startsWith('2022年,'))
      return renderUcap({
        site: '海陵岛政务网',
        domain: 'www.hailingdao.gov.cn',
        siteCode: '4417900001',
        url: 'http://www.hailingdao.gov.cn/tzgg/content/post_1.html',
        header: nonEmpty.slice(0, 1),
        title: nonEmpty[4],
        edited: '2022/01/29 12:07:22',
        pubDate: '2022-01-29 12:07',
        source: '本网',
        body: nonEmpty.slice(first, last + 1),
        footer: nonEmpty.slice(last + 1)
      })
    }
  }
]

const check = process.argv.includes('--check')
let stale = 0

for (const page of pages) {
  const html = page.render()
  const bytes = page.encoding === 'gbk' ? encodeGbk(html) : new TextEncoder().encode(html)
  const path = join(here, page.stem + '.html')
  if (check) {
    let current
    try {
      current = readFileSync(path)
    } catch {
      current = Buffer.alloc(0)
    }

    if (!Buffer.from(bytes).equals(current)) {
      console.error('stale: ' + page.stem + '.html')
      stale++
    }
  } else {
    writeFileSync(path, bytes)
  }
}

if (stale > 0) process.exitCode = 1
