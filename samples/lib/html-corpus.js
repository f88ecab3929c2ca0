/**
 * A deterministic corpus of portal pages and plain-text reports for the
 * `nightly` benchmark. Reports are composed from the seeds as in
 * `corpus.js`; a share of them is laid out as text (plain, split title, no
 * title, portal text dumps), the rest as portal pages in the templates of
 * `samples/html/`: each rendered sample page is cut at its article container,
 * and the new report goes in its place, with the page's title and dates
 * replaced. The GBK sample stays GBK. The same seed always gives the same
 * bytes.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {composeReport, defaultSeed, isoDate, layoutText, mulberry32, pick, prepareSeeds, readSeeds} from './corpus.js'

/** The folder of the rendered sample pages. */
export const pageFolder = fileURLToPath(new URL('../html/', import.meta.url))

/**
 * @typedef {import('./corpus.js').ComposedReport} ComposedReport
 * @typedef {'trs' | 'open-government' | 'hanweb' | 'plain' | 'ucap'} TemplateStyle
 * @typedef {{start: string, end: string}} Region
 * @typedef {{page: string, style: TemplateStyle, regions: Array<Region>}} TemplateSpec
 * @typedef {{
 *   page: string,
 *   style: TemplateStyle,
 *   encoding: 'utf-8' | 'gbk',
 *   pieces: Array<string>,
 *   title: string | null
 * }} PageTemplate
 * @typedef {{name: string, kind: 'plain-text' | 'portal-html', bytes: Uint8Array, title: string, sections: number}} MixedDocument
 * @typedef {{count?: number, seed?: number, htmlShare?: number}} MixedCorpusOptions
 */

/**
 * Where the article sits in each sample page: the text right before and
 * right after it (the plain template repeats it in a hidden print copy).
 *
 * @type {Array<TemplateSpec>}
 */
export const templateSpecs = [
  {
    page: '000_c38c80df23ae400c.html',
    style: 'trs',
    regions: [{start: '<div class="TRS_Editor"><div class="Custom_UnionStyle">\n', end: '\n</div></div>'}]
  },
  {
    page: '001_3bbaca17e2977359.html',
    style: 'open-government',
    regions: [{start: '<div class="article-content">\n', end: '\n</div>\n<div class="attachments">'}]
  },
  {
    page: '002_003a9d8f3bacc8c6.html',
    style: 'hanweb',
    regions: [{start: '<meta name="ContentStart">\n', end: '\n<meta name="ContentEnd">'}]
  },
  {
    page: '003_8891a8d6d278ec13.html',
    style: 'plain',
    regions: [
      {start: '<div class="detail">\n', end: '\n    </div>\n    <div class="page-tools">'},
      {start: '<div id="print-copy" style="display:none">\n', end: '\n</div>\n<footer>'}
    ]
  },
  {
    page: '004_53ad0b29bc01cca5.html',
    style: 'ucap',
    regions: [{start: '<div class="pages_content" id="UCAP-CONTENT">\n', end: '\n  </div>\n  <div class="share">'}]
  }
]

/**
 * Read the sample pages and cut each at its article container. Throws when
 * a page no longer has the markers of `templateSpecs` (re-rendered pages):
 * update the table then.
 *
 * @returns {Array<PageTemplate>}
 */
export function readTemplates() {
  return templateSpecs.map((spec) => {
    const bytes = readFileSync(pageFolder + spec.page)
    const {text, encoding} = decodePage(bytes)
    /** @type {Array<string>} */
    const pieces = []
    let rest = text
    for (const region of spec.regions) {
      const start = rest.indexOf(region.start)
      const end = start === -1 ? -1 : rest.indexOf(region.end, start + region.start.length)
      if (start === -1 || end === -1) {
        throw new Error(`html-corpus: cannot find the article of \`samples/html/${spec.page}\` (\`${region.start.trim()}\` … \`${region.end.trim()}\`); update \`templateSpecs\``)
      }

      pieces.push(rest.slice(0, start + region.start.length))
      rest = rest.slice(end)
    }

    pieces.push(rest)
    return {page: spec.page, style: spec.style, encoding, pieces, title: pageTitle(text)}
  })
}

/**
 * Generate the mixed corpus one document at a time (50,000 pages do not fit
 * comfortably in memory): `htmlShare` of the documents (default one half)
 * are portal pages named `NNNNN.html`, the others plain text `NNNNN.txt`.
 * Each comes with the title and the number of top-level sections it was
 * composed with (a text layout may leave the title out).
 *
 * @param {MixedCorpusOptions} [options]
 * @returns {Generator<MixedDocument>}
 */
export function* generateMixedCorpus(options = {}) {
  const count = options.count ?? 1000
  const htmlShare = options.htmlShare ?? 0.5
  const random = mulberry32(options.seed ?? defaultSeed)
  const context = prepareSeeds(readSeeds())
  const templates = readTemplates()
  const encoder = new TextEncoder()

  for (let index = 0; index < count; index++) {
    const stem = String(index).padStart(5, '0')
    const report = composeReport(random, context)
    if (random() < htmlShare) {
      const template = pick(random, templates)
      yield {name: `${stem}.html`, kind: 'portal-html', bytes: renderPage(template, report), title: report.title, sections: report.body.length}
    } else {
      yield {name: `${stem}.txt`, kind: 'plain-text', bytes: encoder.encode(layoutText(random, report, context)), title: report.title, sections: report.body.length}
    }
  }
}

/**
 * A composed report in a page template, encoded as the template was.
 *
 * @param {PageTemplate} template
 * @param {ComposedReport} report
 * @returns {Uint8Array}
 */
export function renderPage(template, report) {
  const date = isoDate(report.published)
  const outside = (/** @type {string} */ piece) => {
    let result = piece
      .replace(/\d{4}-\d{2}-\d{2}/g, date)
      .replace(/\d{4}\/\d{2}\/\d{2}/g, date.replaceAll('-', '/'))
    if (template.title !== null) result = result.replaceAll(template.title, escapeText(report.title))
    return result
  }

  const article = renderArticle(template, report)
  const html = template.pieces.map((piece, index) => (index === 0 ? '' : article) + outside(piece)).join('')
  return template.encoding === 'gbk' ? encodeGbk(html) : new TextEncoder().encode(html)
}

// ---------------------------------------------------------------------------
// The article, in the markup each CMS writes.

const topLevelHeading = /^[一二三四五六七八九十]+、/
const runIn = /^([((][一二三四五六七八九十]+[))][^。]{1,38}。)(.+)$/

/**
 * @param {PageTemplate} template
 * @param {ComposedReport} report
 */
function renderArticle(template, report) {
  const heading = (/** @type {string} */ line) => topLevelHeading.test(line) && !line.includes('。') && line.length <= 60
  const body = [report.preamble, ...report.body.flat()]
  /** @type {Array<string>} */
  const lines = []

  // Templates without a title outside the article carry it inside.
  if (template.title === null || template.style === 'hanweb') {
    lines.push(`<p align="center"><b>${escapeText(report.title)}</b></p>`)
  }

  for (const line of body) {
    const text = escapeText(line)
    const match = runIn.exec(line)
    switch (template.style) {
      case 'trs':
        if (heading(line)) lines.push(`<p style="text-indent:2em"><strong>${text}</strong></p>`)
        else if (match) lines.push(`<p style="text-indent:2em">&nbsp;&nbsp;<strong>${escapeText(match[1] ?? '')}</strong>${escapeText(match[2] ?? '')}</p>`)
        else lines.push(`<p style="text-indent:2em">&nbsp;&nbsp;${text}</p>`)
        break
      case 'open-government':
        if (heading(line)) lines.push(`<h3 style="font-size:16pt">${text}</h3>`)
        else if (match) lines.push(`<p>　　<b>${escapeText(match[1] ?? '')}</b>${escapeText(match[2] ?? '')}</p>`)
        else lines.push(`<p>　　${text}</p>`)
        break
      case 'hanweb':
        if (heading(line)) lines.push(`<p style="text-indent:2em"><b><span style="font-family:黑体">${text}</span></b></p>`)
        else lines.push(`<p class="MsoNormal" style="text-indent:32pt">${line.split(/(?<=[,、])/).map((part) => `<span style="font-family:仿宋_GB2312;font-size:16pt">${escapeText(part)}</span>`).join('')}</p>`)
        break
      case 'ucap':
        lines.push(heading(line) ? `<p style="text-indent: 2em;"><strong>${text}</strong></p>` : `<p style="text-indent: 2em;">${text}</p>`)
        break
      default:
        lines.push(`<p>${text}</p>`)
    }
  }

  if (report.closing) lines.push(`<p style="text-indent:2em">${escapeText(report.closing)}</p>`)
  for (const line of report.signature) lines.push(`<p style="text-align:right">${escapeText(line)}</p>`)
  return lines.join('\n')
}

/**
 * The title a page shows outside its article (to replace there), from its
 * guideline `ArticleTitle` meta or its `<title>`; `null` when the page has
 * none (the plain template's `<title>` is the site name).
 *
 * @param {string} html
 * @returns {string | null}
 */
function pageTitle(html) {
  const meta = /<meta name="ArticleTitle" content="([^"]*)"/.exec(html)?.[1]
  if (meta) return meta
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''
  return title.includes('报告') ? title : null
}

/** @param {string} text */
function escapeText(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

// ---------------------------------------------------------------------------
// Encodings: the sample pages are UTF-8 or GBK (one declares GB2312 but is
// saved as UTF-8); a page is written back in the encoding it was read in.

const strictUtf8 = new TextDecoder('utf-8', {fatal: true})

/**
 * @param {Uint8Array} bytes
 * @returns {{text: string, encoding: 'utf-8' | 'gbk'}}
 */
function decodePage(bytes) {
  try {
    return {text: strictUtf8.decode(bytes), encoding: 'utf-8'}
  } catch {
    return {text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk'}
  }
}

/** @type {Map<string, [number, number]> | undefined} */
let gbkTable

/**
 * GBK bytes of `text`; a character outside GBK becomes a numeric character
 * reference, as a CMS saving GBK writes it.
 *
 * @param {string} text
 * @returns {Uint8Array}
 */
export function encodeGbk(text) {
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

  /** @type {Array<number>} */
  const bytes = []
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0
    const pair = gbkTable.get(character)
    if (code < 0x80) bytes.push(code)
    else if (pair) bytes.push(pair[0], pair[1])
    else for (const byte of Buffer.from(`&#${code};`, 'ascii')) bytes.push(byte)
  }

  return Uint8Array.from(bytes)
}
