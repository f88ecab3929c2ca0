/**
 * A deterministic corpus of plain-text reports for benchmarks, made by
 * recombining the seed reports in `samples/text/`: their top-level sections
 * are shuffled into new reports with other titles, issuers, years, dates and
 * layouts (plain, split title, no title, and the two portal text dumps with
 * their chrome). The same seed always gives the same bytes.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/** The folder of the seed reports. */
export const seedFolder = fileURLToPath(new URL('../text/', import.meta.url))

/** The default seed of the corpus (a report's signing date). */
export const defaultSeed = 20210108

/**
 * @typedef {{name: string, text: string}} Seed
 * @typedef {{
 *   name: string,
 *   lines: Array<string>,
 *   sections: Array<Array<string>>,
 *   preamble: string,
 *   prefix: Array<string>,
 *   metaLine: string | null,
 *   footer: Array<string>
 * }} SeedParts
 * @typedef {{name: string, text: string}} CorpusDocument
 * @typedef {{count?: number, seed?: number, seeds?: Array<Seed>}} CorpusOptions
 * @typedef {{parts: Array<SeedParts>, pool: Array<Array<string>>, portals: Array<SeedParts>}} SeedContext
 * @typedef {{year: number, month: number, day: number}} DateParts
 * @typedef {{
 *   issuer: string,
 *   year: number,
 *   published: DateParts,
 *   signed: DateParts,
 *   title: string,
 *   body: Array<Array<string>>,
 *   preamble: string,
 *   closing: string,
 *   signature: Array<string>
 * }} ComposedReport
 */

/** Read the seed reports from `samples/text/`, in name order. */
export function readSeeds() {
  return readdirSync(seedFolder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({name, text: readFileSync(seedFolder + name, 'utf8')}))
}

/**
 * Generate `count` documents (default 1,000) from `seed`.
 *
 * @param {CorpusOptions} [options]
 * @returns {Array<CorpusDocument>}
 */
export function generateCorpus(options = {}) {
  const count = options.count ?? 1000
  const random = mulberry32(options.seed ?? defaultSeed)
  const context = prepareSeeds(options.seeds ?? readSeeds())
  /** @type {Array<CorpusDocument>} */
  const documents = []

  for (let index = 0; index < count; index++) {
    const name = `${String(index).padStart(5, '0')}.txt`
    const report = composeReport(random, context)
    documents.push({name, text: layoutText(random, report, context)})
  }

  return documents
}

/**
 * Take the seeds apart once for `composeReport` and `layoutText`.
 *
 * @param {Array<Seed>} seeds
 * @returns {SeedContext}
 */
export function prepareSeeds(seeds) {
  const parts = seeds.map((seed) => splitSeed(seed))
  const pool = parts.flatMap((part) => part.sections)
  const portals = parts.filter((part) => part.prefix.length > 0)
  if (pool.length === 0) throw new Error('generateCorpus: no numbered sections in the seeds')
  return {parts, pool, portals}
}

// ---------------------------------------------------------------------------
// Taking the seeds apart.

const numerals = '〇一二三四五六七八九'
const topLevel = /^\s*([一二三四五六七八九十]{1,3})、/
const tailStart = /^\s*(特此报告|请予审议|打印|Copyright|.*ICP备)/

/**
 * @param {Seed} seed
 * @returns {SeedParts}
 */
export function splitSeed(seed) {
  const lines = seed.text.replace(/\r\n?/g, '\n').split('\n')
  /** @type {Array<number>} */
  const starts = []
  let last = 0

  for (const [index, line] of lines.entries()) {
    const match = topLevel.exec(line)
    if (!match) continue
    const ordinal = fromChineseNumeral(match[1] ?? '')
    // Ordinals go up, perhaps skipping one lost in extraction.
    if (ordinal > last && ordinal <= last + 2) {
      starts.push(index)
      last = ordinal
    }
  }

  const firstSection = starts[0] ?? lines.length
  let end = lines.length
  for (let index = starts.at(-1) ?? lines.length; index < lines.length; index++) {
    if (tailStart.test(lines[index] ?? '')) {
      end = index
      break
    }
  }

  /** @type {Array<Array<string>>} */
  const sections = starts.map((start, position) =>
    lines
      .slice(start, starts[position + 1] ?? end)
      .map((line) => line.trim())
      .filter((line) => line !== '')
  )

  const head = lines.slice(0, firstSection)
  const titleIndex = head.findIndex((line) => /法治.*报告\s*$/.test(line) && line.trim().length <= 60)
  const preamble = [...head].reverse().find((line) => line.trim() !== '')?.trim() ?? ''
  // Portal dumps: chrome and fields before the title, a source/date line after it.
  const prefix = titleIndex > 0 ? head.slice(0, titleIndex) : []
  const metaLine =
    titleIndex > 0
      ? (head.slice(titleIndex + 1).find((line) => /(发布时间|编辑日期|来源)[::]/.test(line)) ?? null)
      : null
  const footerIndex = lines.findIndex((line, index) => index >= end && /打印|Copyright|ICP备/.test(line))

  return {
    name: seed.name,
    lines,
    sections,
    preamble,
    prefix,
    metaLine,
    footer: footerIndex === -1 ? [] : lines.slice(footerIndex)
  }
}

// ---------------------------------------------------------------------------
// Putting new reports together.

const regions = [
  '四平市铁东区', '公安县', '黔江区黎水镇', '三门县海润街道', '海陵试验区',
  '襄阳市樊城区', '南京市江宁区', '成都市郫都区', '杭州市余杭区', '长沙县',
  '赣州市章贡区', '淄博市张店区', '洛阳市西工区', '柳州市鱼峰区', '大理市',
  '遵义市汇川区', '西宁市城中区', '银川市金凤区', '哈尔滨市南岗区', '泉州市丰泽区'
]
const organs = ['人民政府', '人民政府', '人民政府办公室', '司法局', '管委会', '市场监督管理局']
const salutations = ['市人民政府:', '区委、区政府:', '县人民政府:', '']
const closings = ['特此报告。', '特此报告!', '请予审议。', '']

/**
 * A new report from the seeds: issuer, year, dates, title (annual or duty
 * report), 3 to 8 top-level sections drawn from every seed and renumbered,
 * a preamble, a closing and a signature. Layouts come after, as text
 * (`layoutText`) or as a portal page (`html-corpus.js`).
 *
 * @param {() => number} random
 * @param {SeedContext} context
 * @returns {ComposedReport}
 */
export function composeReport(random, context) {
  const issuer = pick(random, regions) + pick(random, organs)
  const year = 2015 + Math.floor(random() * 10)
  const published = {year: year + 1, month: 1 + Math.floor(random() * 3), day: 1 + Math.floor(random() * 28)}
  const signed = {...published, day: Math.max(1, published.day - Math.floor(random() * 5))}
  const duty = random() < 0.1
  const title = duty
    ? `${issuer}党政主要负责人${year}年履行推进法治建设第一责任人职责情况报告`
    : `${issuer}${year}${pick(random, ['年', '年度'])}法治政府建设${pick(random, ['工作报告', '情况报告', '年度报告'])}`
  const sections = shuffle(random, context.pool).slice(0, 3 + Math.floor(random() * 6))
  const body = sections.map((lines, index) => [
    chineseNumeral(index + 1) + '、' + (lines[0] ?? '').replace(topLevel, ''),
    ...lines.slice(1)
  ])
  const preamble = pick(random, context.parts).preamble
  const closing = pick(random, closings)
  const signature = [issuer, random() < 0.3 ? chineseDate(signed) : `${signed.year}年${signed.month}月${signed.day}日`]
  return {issuer, year, published, signed, title, body, preamble, closing, signature}
}

/**
 * A composed report as plain text, in one of five layouts: a title line, a
 * title split over two lines and repeated (as in 002), no title (as in
 * 003), or one of the portal text dumps (001, 004) with their chrome.
 *
 * @param {() => number} random
 * @param {ComposedReport} report
 * @param {SeedContext} context
 * @returns {string}
 */
export function layoutText(random, report, context) {
  const {issuer, published, signed, title, body, preamble, closing, signature} = report
  const {portals} = context
  const layout = random()

  // Portal text dumps: the chrome of a seed page around the new report.
  if (layout < 0.3 && portals.length > 0) {
    const portal = pick(random, portals)
    const indent = portal.preamble === portal.lines.find((line) => line.trim() === portal.preamble) ? '' : '  '
    const date = isoDate(published)
    const redate = (/** @type {string} */ line) =>
      line
        .replace(/\d{4}-\d{2}-\d{2}/g, date)
        .replace(/\d{4}\/\d{2}\/\d{2}/g, date.replaceAll('-', '/'))
        .replace(/(信息来源|来源)([::])[^|\s]+/, `$1$2${issuer}`)
    return [
      ...portal.prefix.map(redate),
      title,
      ...(portal.metaLine === null ? [] : [redate(portal.metaLine), '']),
      ...paragraphs([preamble, ...body.flat()], indent),
      ...(closing ? [closing, '', ''] : []),
      // Portal dumps lose the signature's 年月日 (`2020414`).
      `${signed.year}${signed.month}${signed.day}`,
      '',
      ...portal.footer
    ].join('\n')
  }

  const salutation = pick(random, salutations)
  /** @type {Array<string>} */
  let head
  if (layout < 0.45) head = []
  else if (layout < 0.6) head = [title, issuer, title.slice(issuer.length)]
  else head = [title]

  return [
    ...head,
    ...(salutation && head.length > 0 ? [salutation] : []),
    preamble,
    ...body.flat(),
    ...(closing ? [closing] : []),
    ...(head.length > 0 ? signature : []),
    ''
  ].join('\n')
}

/**
 * `2021-03-05`.
 *
 * @param {DateParts} date
 */
export function isoDate(date) {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`
}

/**
 * @param {Array<string>} lines
 * @param {string} indent
 */
function paragraphs(lines, indent) {
  return lines.flatMap((line) => [indent + line, ''])
}

/**
 * @template T
 * @param {() => number} random
 * @param {ReadonlyArray<T>} values
 * @returns {T}
 */
export function pick(random, values) {
  return /** @type {T} */ (values[Math.floor(random() * values.length)])
}

/**
 * Fisher–Yates on a copy.
 *
 * @template T
 * @param {() => number} random
 * @param {ReadonlyArray<T>} values
 * @returns {Array<T>}
 */
function shuffle(random, values) {
  const result = [...values]
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    const value = /** @type {T} */ (result[index])
    result[index] = /** @type {T} */ (result[other])
    result[other] = value
  }

  return result
}

/**
 * A small, fast, seedable PRNG (mulberry32): numbers in [0, 1).
 *
 * @param {number} seed
 * @returns {() => number}
 */
export function mulberry32(seed) {
  let state = seed >>> 0
  return function () {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * `1` … `99` as Chinese numerals (`十一`, `二十`).
 *
 * @param {number} value
 */
function chineseNumeral(value) {
  const tens = Math.floor(value / 10)
  const ones = value % 10
  if (tens === 0) return numerals.charAt(ones)
  return (tens === 1 ? '' : numerals.charAt(tens)) + '十' + (ones === 0 ? '' : numerals.charAt(ones))
}

/** @param {string} text */
function fromChineseNumeral(text) {
  if (text === '十') return 10
  const [tens = '', ones = ''] = text.includes('十') ? text.split('十') : ['', text]
  const tensValue = text.includes('十') ? (tens === '' ? 1 : numerals.indexOf(tens)) : 0
  return tensValue * 10 + (ones === '' ? 0 : numerals.indexOf(ones))
}

/** @param {DateParts} date */
function chineseDate(date) {
  const year = [...String(date.year)].map((digit) => numerals.charAt(Number(digit))).join('')
  return `${year}年${chineseNumeral(date.month)}月${chineseNumeral(date.day)}日`
}

/** @param {number} value */
function pad(value) {
  return String(value).padStart(2, '0')
}
