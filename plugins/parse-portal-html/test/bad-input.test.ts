import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import parsePortalHtml from '../src/index.ts'
import {bodyLines, parseHtml, utf8} from './helpers.ts'

const article =
  '<p>示例县人民政府2021年法治政府建设工作报告</p>' +
  '<p>2021年，县政府坚持依法行政，严格规范公正文明执法，法治政府建设取得新进展。</p>' +
  '<p>一、主要工作</p><p>全面推行行政执法三项制度，执法规范化水平明显提升。</p>'

/** Parse and return the fatal message the parser failed the file with. */
function failure(
  value: Uint8Array | string,
  options?: Parameters<typeof parseHtml>[1]
): {message: VFileMessage; file: VFile} {
  const file = new VFile({path: 'bad.html', value})
  try {
    unified().use(parsePortalHtml, options).parse(file)
  } catch (error) {
    const message = error as VFileMessage
    expect(file.messages).toEqual([message])
    expect(message.fatal).toBe(true)
    return {message, file}
  }

  throw new Error('Expected the page to fail')
}

describe('bad input', () => {
  it('fails an empty page', () => {
    for (const value of [new Uint8Array(0), utf8(' \n\t '), '', utf8('\uFEFF')]) {
      const {message} = failure(value)
      expect([message.ruleId, message.source, message.reason, message.url]).toEqual([
        'empty-document',
        '@baogao/parse-portal-html',
        'Unexpected empty page, expected HTML',
        'https://github.com/baogao/baogao/tree/main/plugins/parse-portal-html#empty-document'
      ])
    }
  })

  it('fails binary data', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52
    ])
    const random = new Uint8Array(4096)
    for (let index = 0; index < random.length; index++) random[index] = (index * 7919 + 13) % 256
    for (const value of [png, random]) {
      const {message} = failure(value)
      expect([message.ruleId, message.reason]).toEqual([
        'binary-document',
        'Unexpected binary data, expected an HTML page'
      ])
    }
  })

  it('fails a page without article text', () => {
    const {message} = failure(
      utf8('<html><body><ul><li><a href="/">Home</a></li></ul><p>Hello world</p></body></html>')
    )
    expect([message.ruleId, message.reason]).toEqual([
      'article-not-found',
      'Unexpected page without article text, expected paragraphs of Chinese text'
    ])
  })

  it('fails a page over `maxSize` without reading it', () => {
    // 50 MB, generated here: a page of repeated paragraphs.
    const paragraph = utf8('<p>' + '法治政府建设稳步推进，各项工作扎实开展。'.repeat(20) + '</p>\n')
    const bytes = new Uint8Array(50 * 1024 * 1024)
    for (let offset = 0; offset < bytes.length; offset += paragraph.length) {
      bytes.set(paragraph.subarray(0, Math.min(paragraph.length, bytes.length - offset)), offset)
    }

    const {message} = failure(bytes)
    expect([message.ruleId, message.reason]).toEqual([
      'document-too-large',
      'Unexpected page of `52428800` bytes, expected at most `20971520` (option `maxSize`)'
    ])
    expect(
      failure(utf8('<html><body>' + article + '</body></html>'), {maxSize: 100}).message.ruleId
    ).toBe('document-too-large')
  }, 60_000)

  it('parses a truncated page and warns', () => {
    const html =
      '<html><head><title>报告</title></head><body><div class="TRS_Editor">' +
      article +
      '<p>二、存在的问题</p><p>部分干部依法行政意'
    const {report, file} = parseHtml(utf8(html))
    expect(bodyLines(report).at(-1)).toBe('部分干部依法行政意')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['truncated-document'])
  })

  it('flattens 10,000-deep nesting without overflowing the stack', () => {
    for (const tag of ['div', 'b']) {
      const html =
        '<html><body>' +
        ('<' + tag + '>').repeat(10_000) +
        article +
        ('</' + tag + '>').repeat(10_000) +
        '</body></html>'
      const {report, file} = parseHtml(utf8(html))
      expect(report.meta.title).toBe('示例县人民政府2021年法治政府建设工作报告')
      expect(bodyLines(report)).toEqual([
        '2021年，县政府坚持依法行政，严格规范公正文明执法，法治政府建设取得新进展。',
        '一、主要工作',
        '全面推行行政执法三项制度，执法规范化水平明显提升。'
      ])
      const deep = file.messages.find((message) => message.ruleId === 'deep-nesting')
      expect(
        deep?.reason.startsWith(
          'Unexpected elements nested deeper than `256`, expected at most `256` levels'
        )
      ).toBe(true)
    }
  }, 60_000)

  it('survives 10,000 nested tables', () => {
    const html = '<html><body>' + '<table><tr><td>'.repeat(10_000) + article + '</body></html>'
    const {report} = parseHtml(utf8(html))
    expect(report.meta.title).toBe('示例县人民政府2021年法治政府建设工作报告')
  }, 60_000)

  it('goes on with the next files of a run after a bad one', async () => {
    const processor = unified()
      .use(parsePortalHtml)
      .use(function () {
        this.compiler = (tree) => String((tree as {meta: {title: string | null}}).meta.title)
      })
      .freeze()
    const inputs = [
      utf8(''),
      new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]),
      utf8('<body>' + article + '</body>')
    ]
    const results = await Promise.allSettled(
      inputs.map((value) => processor.process(new VFile({value})))
    )
    expect(
      results.map((result) =>
        result.status === 'fulfilled'
          ? String(result.value)
          : (result.reason as VFileMessage).ruleId
      )
    ).toEqual(['empty-document', 'binary-document', '示例县人民政府2021年法治政府建设工作报告'])
  })
})
