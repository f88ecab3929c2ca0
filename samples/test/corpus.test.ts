import {createProcessor, getPipeline} from '@baogao/pipelines'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {defaultSeed, generateCorpus, mulberry32, readSeeds, splitSeed} from '../lib/corpus.js'

const topLevel = /^\s*([一二三四五六七八九十]{1,3})、/
const ordinals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

describe('splitSeed', () => {
  it('finds the top-level sections of each seed, tolerating a lost ordinal (004 has no `四、`)', () => {
    expect(readSeeds().map((seed) => {
      const parts = splitSeed(seed)
      return [seed.name, parts.sections.length, parts.prefix.length > 0, parts.footer.length > 0]
    })).toEqual([
      ['000_c38c80df23ae400c.txt', 4, false, false],
      ['001_3bbaca17e2977359.txt', 9, true, true],
      ['002_003a9d8f3bacc8c6.txt', 7, false, false],
      ['003_8891a8d6d278ec13.txt', 3, false, false],
      ['004_53ad0b29bc01cca5.txt', 6, true, true]
    ])
  })

  it('keeps the closing and the footer out of the last section', () => {
    const parts = splitSeed(readSeeds()[1]!)
    const last = parts.sections.at(-1)!
    expect(last[0]).toBe('九、加强法治政府建设的建议')
    expect(last.some((line) => /特此报告|ICP|打印/.test(line))).toBe(false)
    expect(parts.metaLine).toBe('信息来源:公安县人民政府办公室 | 发布时间:2020-04-20 16:52')
  })
})

describe('generateCorpus', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const first = generateCorpus({count: 40, seed: 7})
    expect(generateCorpus({count: 40, seed: 7})).toEqual(first)
    expect(generateCorpus({count: 40, seed: 8})).not.toEqual(first)
  })

  it('makes 1,000 documents by default, named in order', () => {
    const documents = generateCorpus()
    expect(documents.length).toBe(1000)
    expect(documents[0]!.name).toBe('00000.txt')
    expect(documents[999]!.name).toBe('00999.txt')
    expect(new Set(documents.map((document) => document.text)).size).toBe(1000)
    expect(defaultSeed).toBe(20210108)
  })

  it('numbers the top-level sections of every document 一、二、三… in order', () => {
    for (const document of generateCorpus({count: 200})) {
      const markers = document.text.split('\n').flatMap((line) => topLevel.exec(line)?.[1] ?? [])
      expect(markers.length).toBeGreaterThanOrEqual(3)
      expect(markers).toEqual(ordinals.slice(0, markers.length))
    }
  })

  it('varies layouts: portal dumps, split titles, plain titles and no title', () => {
    const starts = generateCorpus().map((document) => document.text.split('\n').slice(0, 3))
    const portal = starts.filter(([line]) => line === '• 登录' || line === '您好,欢迎访问海陵试验区政务网站!').length
    const split = starts.filter(([first, , third]) => /报告$/.test(first!) && /报告$/.test(third!)).length
    const titled = starts.filter(([first]) => /报告$/.test(first!)).length
    expect(portal).toBeGreaterThan(200)
    expect(split).toBeGreaterThan(100)
    expect(titled - split).toBeGreaterThan(300)
    expect(1000 - portal - titled).toBeGreaterThan(100)
  })

  it('gives reports that text-to-json reads with their generated title and top-level sections', async () => {
    const processor = createProcessor(getPipeline('text-to-json')!, 'plain-text')
    for (const document of generateCorpus({count: 30, seed: 3})) {
      const lines = document.text.split('\n')
      const title = lines.find((line) => /^\S+法治政府建设\S*报告$|第一责任人职责情况报告$/.test(line)) ?? null
      const sections = lines.filter((line) => topLevel.test(line)).length
      const file = new VFile({path: document.name, value: document.text})
      const report = JSON.parse(String(processor.stringify(await processor.run(processor.parse(file), file), file))) as {meta: {title: string | null}; sections: Array<unknown>}
      expect([document.name, report.meta.title, report.sections.length]).toEqual([document.name, title, sections])
    }
  })

  it('draws from a seedable generator', () => {
    const random = mulberry32(1)
    const values = [random(), random(), random()]
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true)
    const again = mulberry32(1)
    expect([again(), again(), again()]).toEqual(values)
  })
})
