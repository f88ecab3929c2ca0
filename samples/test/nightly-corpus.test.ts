import {sniffKind, toVFile} from '@baogao/engine'
import {createProcessor, getPipeline} from '@baogao/pipelines'
import {describe, expect, it} from 'vitest'
import {defaultSeed} from '../lib/corpus.js'
import {encodeGbk, generateMixedCorpus, readTemplates, renderPage, templateSpecs} from '../lib/html-corpus.js'

const first = (count: number, options: {seed?: number, htmlShare?: number} = {}) => [...generateMixedCorpus({count, ...options})]
// Comparing bytes as text: deep equality of typed arrays is slow in vitest.
const printable = (corpus: ReturnType<typeof first>) =>
  corpus.map((document) => ({...document, bytes: Buffer.from(document.bytes).toString('base64')}))

describe('readTemplates', () => {
  it('cuts every sample page at its article container, keeping its encoding and its title', () => {
    expect(readTemplates().map((template) => [template.page, template.style, template.encoding, template.pieces.length, template.title])).toEqual([
      ['000_c38c80df23ae400c.html', 'trs', 'utf-8', 2, '四平市铁东区人民政府2020年度法治政府建设工作报告'],
      ['001_3bbaca17e2977359.html', 'open-government', 'gbk', 2, '公安县2019年法治政府建设工作报告'],
      ['002_003a9d8f3bacc8c6.html', 'hanweb', 'utf-8', 2, '黔江区黎水镇人民政府2020年法治政府建设情况报告'],
      // The plain template shows the report inside the page twice (a hidden print copy) and has no title outside.
      ['003_8891a8d6d278ec13.html', 'plain', 'utf-8', 3, null],
      ['004_53ad0b29bc01cca5.html', 'ucap', 'utf-8', 2, '海陵试验区管委会2021年法治政府建设工作报告']
    ])
    expect(templateSpecs.length).toBe(5)
  })
})

describe('generateMixedCorpus', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const corpus = printable(first(40, {seed: 7}))
    expect(printable(first(40, {seed: 7}))).toEqual(corpus)
    expect(printable(first(40, {seed: 8})).map((document) => document.bytes)).not.toEqual(corpus.map((document) => document.bytes))
  })

  it('makes about the asked share of portal pages, named and sniffed as such', () => {
    const corpus = first(1000)
    const pages = corpus.filter((document) => document.kind === 'portal-html')
    expect(pages.length).toBeGreaterThan(450)
    expect(pages.length).toBeLessThan(550)
    expect(corpus.map((document) => document.name.slice(0, 5))).toEqual(corpus.map((_, index) => String(index).padStart(5, '0')))
    for (const document of corpus) {
      expect([document.name, sniffKind(document.bytes)]).toEqual([document.name, document.kind])
      expect(document.name.endsWith(document.kind === 'portal-html' ? '.html' : '.txt')).toBe(true)
    }

    expect(new Set(corpus.map((document) => Buffer.from(document.bytes).toString('base64'))).size).toBe(1000)
    expect(first(50, {htmlShare: 0}).every((document) => document.kind === 'plain-text')).toBe(true)
    expect(first(50, {htmlShare: 1}).every((document) => document.kind === 'portal-html')).toBe(true)
    expect(defaultSeed).toBe(20210108)
  }, 60_000)

  it('uses every template, the GBK one in GBK', () => {
    const pages = first(200, {htmlShare: 1})
    const containers = ['TRS_Editor', 'article-content', 'ContentStart', 'print-copy', 'UCAP-CONTENT']
    expect(containers.map((container) => pages.some((page) => Buffer.from(page.bytes).includes(container)))).toEqual([true, true, true, true, true])
    const gbk = pages.filter((page) => Buffer.from(page.bytes).includes('article-content'))
    expect(gbk.every((page) => Buffer.from(page.bytes).includes(Buffer.from(encodeGbk(page.title))))).toBe(true)
    expect(gbk.some((page) => Buffer.from(page.bytes).includes(Buffer.from(page.title)))).toBe(false)
  })

  it('gives pages and texts that `nightly` reads with their composed title and top-level sections', async () => {
    const definition = getPipeline('nightly')!
    const processors = {'plain-text': createProcessor(definition, 'plain-text'), 'portal-html': createProcessor(definition, 'portal-html')}
    for (const document of first(40, {seed: 3})) {
      const processor = processors[document.kind]
      const file = toVFile({bytes: document.bytes, sha256: '', kind: document.kind}, document.name)
      const report = JSON.parse(String(processor.stringify(await processor.run(processor.parse(file), file), file))) as {meta: {title: string | null}; sections: Array<unknown>}
      expect([document.name, report.sections.length]).toEqual([document.name, document.sections])
      // Text layouts may leave the title out (as 003 does); pages always show it.
      if (document.kind === 'portal-html' || report.meta.title !== null) {
        expect([document.name, report.meta.title]).toEqual([document.name, document.title])
      }
    }
  }, 120_000)
})

describe('renderPage', () => {
  it('puts the report in the container, and its title and date in place of the page’s', () => {
    const [trs] = readTemplates()
    const report = {
      issuer: '某县人民政府',
      year: 2023,
      published: {year: 2024, month: 3, day: 5},
      signed: {year: 2024, month: 3, day: 1},
      title: '某县人民政府2023年法治政府建设<年度>报告',
      body: [['一、主要举措和成效', '(一)健全制度。完善规则。', '推进依法行政。']],
      preamble: '现将有关情况报告如下:',
      closing: '特此报告。',
      signature: ['某县人民政府', '2024年3月1日']
    }
    const html = new TextDecoder().decode(renderPage(trs!, report))
    const article = html.slice(html.indexOf('<div class="Custom_UnionStyle">\n') + 32, html.indexOf('\n</div></div>'))
    expect(article.split('\n')).toEqual([
      '<p style="text-indent:2em">&nbsp;&nbsp;现将有关情况报告如下:</p>',
      '<p style="text-indent:2em"><strong>一、主要举措和成效</strong></p>',
      '<p style="text-indent:2em">&nbsp;&nbsp;<strong>(一)健全制度。</strong>完善规则。</p>',
      '<p style="text-indent:2em">&nbsp;&nbsp;推进依法行政。</p>',
      '<p style="text-indent:2em">特此报告。</p>',
      '<p style="text-align:right">某县人民政府</p>',
      '<p style="text-align:right">2024年3月1日</p>'
    ])
    expect(html).toContain('<meta name="ArticleTitle" content="某县人民政府2023年法治政府建设&lt;年度&gt;报告">')
    expect(html).toContain('<h1 class="article-title">某县人民政府2023年法治政府建设&lt;年度&gt;报告</h1>')
    expect(html).not.toContain('四平市铁东区人民政府2020年度法治政府建设工作报告')
  })
})
