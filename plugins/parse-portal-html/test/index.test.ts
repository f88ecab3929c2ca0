import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import parsePortalHtml from '../src/index.ts'
import {parseHtml, utf8} from './helpers.ts'

const page =
  '<html><head><title>示例县2021年法治政府建设工作报告_示例县人民政府</title></head><body>' +
  '<div id="zoom"><p>2021年，示例县深入推进依法行政，法治政府建设取得新成效。</p>' +
  '<p>一、主要工作</p><p>全面落实行政执法三项制度，执法规范化水平明显提升。</p></div></body></html>'

describe('@baogao/parse-portal-html', () => {
  it('exposes its public API', async () => {
    expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
      'default',
      'parsePortalHtml'
    ])
  })

  it('parses bytes and a string the same way', () => {
    const fromBytes = parseHtml(utf8(page))
    const fromString = parseHtml(page)
    expect(fromString.report).toEqual(fromBytes.report)
    expect(fromBytes.report.meta.title).toBe('示例县2021年法治政府建设工作报告')
    expect(fromBytes.report.preamble).toEqual([
      '2021年，示例县深入推进依法行政，法治政府建设取得新成效。'
    ])
  })

  it('replaces the bytes of `file.value` by the decoded page', () => {
    const {file} = parseHtml(utf8(page))
    expect(file.value).toBe(page)
  })

  it('works in `process` and with a frozen processor over several files', async () => {
    const processor = unified()
      .use(parsePortalHtml)
      .use(function () {
        this.compiler = (tree) =>
          JSON.stringify((tree as {meta: {title: string | null}}).meta.title)
      })
      .freeze()
    const first = await processor.process(new VFile({value: utf8(page)}))
    const second = await processor.process(
      new VFile({value: utf8(page.replace('2021年法治', '2022年法治'))})
    )
    expect([String(first), String(second)]).toEqual([
      '"示例县2021年法治政府建设工作报告"',
      '"示例县2022年法治政府建设工作报告"'
    ])
  })

  it('throws at attach time for bad options, naming the plugin and the field', () => {
    const attach = (options: unknown) => () =>
      unified()
        .use(parsePortalHtml, options as never)
        .freeze()

    expect(attach('gbk')).toThrow(
      '@baogao/parse-portal-html: unexpected options `gbk`, expected an object'
    )
    expect(attach({encoding: 'klingon'})).toThrow(
      '@baogao/parse-portal-html: unexpected `encoding` option `klingon`, expected a charset label such as `gbk` or `utf-8`'
    )
    expect(attach({maxSize: 0})).toThrow(
      '@baogao/parse-portal-html: unexpected `maxSize` option `0`, expected a positive integer'
    )
    expect(attach({maxDepth: 1.5})).toThrow(
      '@baogao/parse-portal-html: unexpected `maxDepth` option `1.5`, expected a positive integer'
    )
    expect(attach({maxDepth: 5000})).toThrow(
      '@baogao/parse-portal-html: unexpected `maxDepth` option `5000`, expected at most `2000`'
    )
    expect(attach({encoding: 'GB2312', maxSize: 1024, maxDepth: 64})).not.toThrow()
    expect(attach(null)).not.toThrow()
  })
})
