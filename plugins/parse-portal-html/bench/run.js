#!/usr/bin/env node
/**
 * Throughput of this parser on portal pages, followed by emit-json (decode,
 * parse, find the article, sectionize, compile: `portal-to-json` without
 * its transformers) as a ratio against parsing the same pages with bare
 * rehype-parse, measured in the same run. Imports the built package (`npx
 * tsc -b` first). The whole pipeline, through the engine, is measured by
 * `samples/bench`.
 *
 *     node plugins/parse-portal-html/bench/run.js [--runs 5] [--repeat 20] [--full] [page.html …]
 *
 * Without pages, it runs over `samples/html/*.html`; `--full` wraps each
 * page in the furniture of a full-size portal page first. `measurePortal()`
 * and `withPortalFurniture()` are exported for the root benchmark.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import emitJson from '@baogao/emit-json'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import parsePortalHtml from '../dist/index.js'

/**
 * @typedef {{name: string, bytes: Uint8Array}} Page
 * @typedef {{seconds: number, megabytesPerSecond: number}} Timing
 * @typedef {{pages: number, megabytes: number, portal: Timing, rehype: Timing, ratio: number}} PortalBench
 */

/** This parser and emit-json: `portal-to-json`'s per-page work without transformers. */
export function portalProcessor() {
  return unified().use(parsePortalHtml).use(emitJson).freeze()
}

/** Bare rehype-parse: parse5 and hast, positions on, nothing else. */
export function rehypeProcessor() {
  return unified()
    .use(rehypeParse)
    .use(function () {
      this.compiler = () => ''
    })
    .freeze()
}

/**
 * Measure both over the same pages: best of `runs` passes after a warm-up,
 * alternating the two so that machine noise hits both alike.
 *
 * @param {Array<Page>} pages
 * @param {{runs?: number, repeat?: number}} [options]
 * @returns {PortalBench}
 */
export function measurePortal(pages, options = {}) {
  const runs = options.runs ?? 5
  const repeat = options.repeat ?? 1
  const portal = portalProcessor()
  const rehype = rehypeProcessor()
  // rehype-parse takes text: give it each page decoded, as our parser does.
  const texts = pages.map((page) => {
    const file = new VFile({value: page.bytes})
    portal.parse(file)
    return String(file.value)
  })
  const megabytes = (repeat * pages.reduce((total, page) => total + page.bytes.length, 0)) / 1e6

  const passPortal = () => {
    for (let round = 0; round < repeat; round++) {
      for (const page of pages) {
        const file = new VFile({path: page.name, value: page.bytes})
        portal.stringify(portal.parse(file), file)
      }
    }
  }

  const passRehype = () => {
    for (let round = 0; round < repeat; round++) {
      for (const text of texts) {
        const file = new VFile({value: text})
        rehype.stringify(rehype.parse(file), file)
      }
    }
  }

  passPortal()
  passRehype()
  let portalBest = Number.POSITIVE_INFINITY
  let rehypeBest = Number.POSITIVE_INFINITY
  for (let run = 0; run < runs; run++) {
    portalBest = Math.min(portalBest, time(passPortal))
    rehypeBest = Math.min(rehypeBest, time(passRehype))
  }

  return {
    pages: pages.length * repeat,
    megabytes,
    portal: {seconds: portalBest, megabytesPerSecond: megabytes / portalBest},
    rehype: {seconds: rehypeBest, megabytesPerSecond: megabytes / rehypeBest},
    ratio: rehypeBest / portalBest
  }
}

/**
 * A sample page with the furniture a real portal page carries around its
 * article (real pages weigh 50–150 KB, the article a fraction of it): a
 * menu of 150 links, inline script and style, a sidebar of 40 news items,
 * footer link groups. Deterministic.
 *
 * @param {string} html
 * @returns {string}
 */
export function withPortalFurniture(html) {
  const menu = Array.from(
    {length: 150},
    (_, index) =>
      '<li class="menu-item"><a href="/col/col' +
      (1000 + index) +
      '/index.html" target="_blank" title="栏目' +
      index +
      '">栏目名称' +
      index +
      '</a></li>'
  ).join('\n')
  const news = Array.from(
    {length: 40},
    (_, index) =>
      '<li><span class="date">2022-0' +
      ((index % 9) + 1) +
      '-1' +
      (index % 9) +
      '</span><a href="/art/2022/' +
      index +
      '.html" title="示例新闻标题' +
      index +
      '">关于开展第' +
      index +
      '批次政务服务事项标准化梳理工作的通知</a></li>'
  ).join('\n')
  const script =
    '<script type="text/javascript">\n' +
    Array.from(
      {length: 300},
      (_, index) =>
        '  var config' +
        index +
        ' = {id: ' +
        index +
        ', url: "/api/v1/item/' +
        index +
        '", enabled: true};'
    ).join('\n') +
    '\n</script>'
  const style =
    '<style type="text/css">\n' +
    Array.from(
      {length: 200},
      (_, index) =>
        '.block-' +
        index +
        ' { margin: ' +
        index +
        'px 0; padding: 0 ' +
        index +
        'px; color: #333; }'
    ).join('\n') +
    '\n</style>'
  const footer = Array.from(
    {length: 4},
    (_, group) =>
      '<dl><dt>链接' +
      group +
      '</dt>' +
      Array.from(
        {length: 12},
        (_, index) =>
          '<dd><a href="http://www.example' +
          group +
          index +
          '.gov.cn/" target="_blank">示例单位' +
          group +
          '-' +
          index +
          '</a></dd>'
      ).join('') +
      '</dl>'
  ).join('\n')
  return html
    .replace('</head>', style + '\n' + script + '\n</head>')
    .replace(/<body([^>]*)>/, '<body$1>\n<div class="mega-menu"><ul>' + menu + '</ul></div>')
    .replace(
      '</body>',
      '<div class="sidebar"><ul>' +
        news +
        '</ul></div>\n<div class="links">' +
        footer +
        '</div>\n</body>'
    )
}

/** @param {() => void} work */
function time(work) {
  const start = process.hrtime.bigint()
  work()
  return Number(process.hrtime.bigint() - start) / 1e9
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {
      runs: {type: 'string', default: '5'},
      repeat: {type: 'string', default: '20'},
      full: {type: 'boolean', default: false}
    }
  })
  const runs = Number(values.runs)
  const repeat = Number(values.repeat)

  if (!Number.isInteger(runs) || !Number.isInteger(repeat) || runs < 1 || repeat < 1) {
    console.error('bench: unexpected `--runs` or `--repeat`, expected integers ≥ 1')
    process.exitCode = 2
  } else {
    const samples = fileURLToPath(new URL('../../../samples/html/', import.meta.url))
    const paths =
      positionals.length > 0
        ? positionals
        : readdirSync(samples)
            .filter((name) => name.endsWith('.html'))
            .sort()
            .map((name) => samples + name)
    const pages = paths.map((path) => {
      const bytes = new Uint8Array(readFileSync(path))
      if (!values.full) return {name: path, bytes}
      // Furniture is added to the decoded page, which is then saved as UTF-8.
      const file = new VFile({value: bytes})
      portalProcessor().parse(file)
      return {name: path, bytes: new TextEncoder().encode(withPortalFurniture(String(file.value)))}
    })
    const result = measurePortal(pages, {runs, repeat})
    console.log(
      `parse-portal-html + emit-json over ${result.pages} pages, ${result.megabytes.toFixed(
        1
      )} MB, best of ${runs}`
    )
    console.log(
      `  parse-portal-html    ${result.portal.seconds.toFixed(
        3
      )} s  ${result.portal.megabytesPerSecond.toFixed(2)} MB/s`
    )
    console.log(
      `  rehype-parse (bare)  ${result.rehype.seconds.toFixed(
        3
      )} s  ${result.rehype.megabytesPerSecond.toFixed(2)} MB/s`
    )
    console.log(`  throughput ratio     ${result.ratio.toFixed(2)} (target ≥ 0.6)`)
  }
}
