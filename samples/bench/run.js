#!/usr/bin/env node
/**
 * `npm run bench`, in three parts (all by default):
 *
 * 1. `pipelines`: throughput of the named pipelines in one thread over a
 *    corpus generated from the samples, next to a baseline measured in the
 *    same run; then `portal-to-json` over generated portal pages as a
 *    throughput ratio against bare rehype-parse over the same pages;
 * 2. `nightly`: the `nightly` pipeline through the engine with 1 and N
 *    workers on ≥ 10,000 generated portal pages and texts written to a
 *    temporary folder, with peak RSS, next to bare rehype-parse
 *    (`nightly.js`; `--compare 50000` adds a 50,000-document run);
 * 3. `plugins`: the plugins' own benchmarks (`plugins/<name>/bench/`).
 *
 *     node samples/bench/run.js [--count 1000] [--seed 20210108] [--runs 3]
 *       [--parts pipelines,nightly,plugins] [--nightly-count 10000]
 *       [--workers N] [--compare 50000] [--html-share 0.5]
 *
 * Imports the built packages (`turbo run build` first, as `npm run bench`
 * does). To add a row to part 1, add a case to `cases`: a name, the
 * documents it runs over, and a function making a processor. To add a
 * plugin's benchmark to part 3, add it to `pluginBenches`.
 */
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {createProcessor, getPipeline} from '@baogao/pipelines'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {defaultSeed, generateCorpus} from '../lib/corpus.js'
import {generateMixedCorpus} from '../lib/html-corpus.js'
import {portalProcessor, rehypeProcessor} from '../../plugins/parse-portal-html/bench/run.js'
import {benchNightly, parseNightlyArgs} from './nightly.js'

const partNames = ['pipelines', 'nightly', 'plugins']

const {values} = parseArgs({
  strict: false,
  options: {
    count: {type: 'string', default: '1000'},
    seed: {type: 'string', default: String(defaultSeed)},
    runs: {type: 'string', default: '3'},
    parts: {type: 'string', default: partNames.join(',')}
  }
})

const count = Number(values.count)
const seed = Number(values.seed)
const runs = Number(values.runs)
const parts = String(values.parts).split(',')
// `--count` is part 1's; the nightly part takes `--nightly-count`.
const nightlyOptions = parseNightlyArgs(process.argv.slice(2).filter((argument, index, all) => argument !== '--count' && all[index - 1] !== '--count' && !argument.startsWith('--count=')))

/**
 * The plugins' own benchmarks, run as they are documented, after a build.
 *
 * @type {Array<{name: string, script: string, args: Array<string>}>}
 */
const pluginBenches = [
  {name: '@baogao/parse-portal-html', script: 'plugins/parse-portal-html/bench/run.js', args: ['--full']},
  {name: '@baogao/redact-contacts', script: 'plugins/redact-contacts/bench/redact.js', args: []},
  {name: '@baogao/emit-xlsx-summary', script: 'plugins/emit-xlsx-summary/bench/workbook.js', args: ['10000']}
]

if (![count, seed, runs].every((value) => Number.isInteger(value)) || count < 1 || runs < 1) {
  console.error('bench: unexpected `--count`, `--seed` or `--runs`, expected integers (count, runs ≥ 1)')
  process.exitCode = 2
} else if (parts.some((part) => !partNames.includes(part))) {
  console.error(`bench: unexpected \`--parts\` \`${parts.join(',')}\`, expected some of ${partNames.map((name) => `\`${name}\``).join(', ')}`)
  process.exitCode = 2
} else if (!nightlyOptions) {
  process.exitCode = 2
} else {
  if (parts.includes('pipelines')) await main()
  if (parts.includes('nightly')) {
    console.log('')
    await benchNightly(nightlyOptions)
  }

  if (parts.includes('plugins')) runPluginBenches()
}

/** Each plugin benchmark in its own process; a failing one fails the bench. */
function runPluginBenches() {
  const root = fileURLToPath(new URL('../../', import.meta.url))
  for (const bench of pluginBenches) {
    console.log('')
    if (!existsSync(root + bench.script)) {
      console.log(`${bench.name}: no benchmark at ${bench.script}`)
      continue
    }

    console.log(`${bench.name}: node ${bench.script} ${bench.args.join(' ')}`.trimEnd())
    const result = spawnSync(process.execPath, [bench.script, ...bench.args], {cwd: root, stdio: 'inherit'})
    if (result.status !== 0) {
      console.error(`bench: ${bench.name} exited with ${result.status ?? result.signal}`)
      process.exitCode = 1
    }
  }
}

/**
 * @typedef {{name: string, value: string | Uint8Array, bytes: number}} BenchDocument
 * @typedef {import('unist').Node} Node
 * @typedef {{parse(file: VFile): Node, run(tree: Node, file: VFile): Promise<Node>, stringify(tree: Node, file: VFile): unknown}} BenchProcessor
 * @typedef {{name: string, documents: Array<BenchDocument>, processor: () => BenchProcessor}} BenchCase
 */

async function main() {
  const text = generateCorpus({count, seed}).map((document) => ({name: document.name, value: document.text, bytes: Buffer.byteLength(document.text)}))

  /** @type {Array<BenchCase>} */
  const cases = [
    {name: 'text-to-json', documents: text, processor: () => pipelineProcessor('text-to-json', 'plain-text')},
    {name: 'nightly (plain text, one thread)', documents: text, processor: () => pipelineProcessor('nightly', 'plain-text')}
  ]

  // The floor: unified with a parser that only splits lines into
  // paragraphs and a compiler that only stringifies the tree.
  const baseline = {name: 'baseline (unified, split lines)', documents: text, processor: baselineProcessor}
  const megabytes = bytesOf(text) / 1e6

  console.log(`Baogao bench: ${text.length} generated plain-text documents, ${megabytes.toFixed(1)} MB (seed ${seed}), best of ${runs} run${runs === 1 ? '' : 's'}`)
  console.log('')
  const rows = [['case', 'docs', 'MB', 'seconds', 'MB/s', 'docs/s', '× baseline time']]
  const [baseSeconds = 0, ...seconds] = await measure([baseline, ...cases])
  rows.push(row(baseline, baseSeconds, baseSeconds))
  cases.forEach((benchCase, index) => rows.push(row(benchCase, seconds[index] ?? 0, baseSeconds)))

  printRows(rows)
  console.log('')
  await portal()
}

/**
 * `portal-to-json` over generated portal pages (UTF-8 and GBK, the sample
 * templates), as a throughput ratio against bare rehype-parse over the same
 * pages (decoded, positions on) in the same run; and the parse-to-JSON part
 * alone (the parser and emit-json, without the redactor).
 */
async function portal() {
  const pages = Array.from(generateMixedCorpus({count, seed, htmlShare: 1}), (page) => ({name: page.name, value: page.bytes, bytes: page.bytes.length}))
  const decoded = pages.map((page) => {
    const file = new VFile({value: page.value})
    portalProcessor().parse(file)
    return {name: page.name, value: String(file.value), bytes: page.bytes}
  })
  const megabytes = bytesOf(pages) / 1e6
  console.log(`portal pages: ${pages.length} generated pages, ${megabytes.toFixed(1)} MB (seed ${seed}), best of ${runs} run${runs === 1 ? '' : 's'}`)
  console.log('')

  const baseline = {name: 'baseline (bare rehype-parse)', documents: decoded, processor: rehypeProcessor}
  const cases = [
    {name: 'portal-to-json', documents: pages, processor: () => pipelineProcessor('portal-to-json', 'portal-html')},
    {name: 'parse-portal-html + emit-json', documents: pages, processor: portalProcessor}
  ]
  const rows = [['case', 'docs', 'MB', 'seconds', 'MB/s', 'docs/s', '× baseline time', 'throughput ratio']]
  const [baseSeconds = 0, ...seconds] = await measure([baseline, ...cases])
  rows.push([...row(baseline, baseSeconds, baseSeconds), '1.00'])
  cases.forEach((benchCase, index) => {
    const caseSeconds = seconds[index] ?? 0
    rows.push([...row(benchCase, caseSeconds, baseSeconds), (baseSeconds / caseSeconds).toFixed(2)])
  })

  printRows(rows)
  console.log('')
  console.log('Throughput ratio: bare rehype-parse time over the case\'s time on the same pages (issue target for portal-to-json: ≥ 0.6).')
}

/** @param {Array<Array<string>>} rows */
function printRows(rows) {
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((cells) => (cells[column] ?? '').length)))
  for (const cells of rows) {
    console.log(cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  '))
  }
}

/**
 * @param {string} name
 * @param {import('@baogao/core').SourceKind} kind
 * @returns {BenchProcessor}
 */
function pipelineProcessor(name, kind) {
  const definition = getPipeline(name)
  if (!definition) throw new Error(`bench: no pipeline \`${name}\``)
  return createProcessor(definition, kind)
}

/** @returns {BenchProcessor} */
function baselineProcessor() {
  return unified()
    .use(function () {
      this.parser = (document) => ({
        type: 'root',
        children: document.split('\n').map((value) => ({type: 'paragraph', children: [{type: 'text', value}]}))
      })
      this.compiler = (tree) => JSON.stringify(tree)
    })
    .freeze()
}

/**
 * Seconds for the best of `runs` passes of each case over its documents,
 * after one warm-up pass over a tenth of them. The cases take turns, one
 * pass each per round, so that a slow spell of a shared machine falls on
 * all of them rather than on the baseline or on one case.
 *
 * @param {Array<BenchCase>} benchCases
 */
async function measure(benchCases) {
  const processors = benchCases.map((benchCase) => benchCase.processor())
  const best = benchCases.map(() => Number.POSITIVE_INFINITY)
  for (const [index, benchCase] of benchCases.entries()) {
    await pass(processors[index], benchCase.documents.slice(0, Math.max(1, Math.floor(benchCase.documents.length / 10))))
  }

  for (let run = 0; run < runs; run++) {
    for (const [index, benchCase] of benchCases.entries()) {
      const start = process.hrtime.bigint()
      await pass(processors[index], benchCase.documents)
      best[index] = Math.min(best[index] ?? Number.POSITIVE_INFINITY, Number(process.hrtime.bigint() - start) / 1e9)
    }
  }

  return best
}

/**
 * Parse, run and compile every document, as the engine does per file.
 *
 * @param {BenchProcessor} processor
 * @param {Array<BenchDocument>} documents
 */
async function pass(processor, documents) {
  let output = 0
  for (const document of documents) {
    const file = new VFile({path: document.name, value: document.value})
    const tree = await processor.run(processor.parse(file), file)
    const result = processor.stringify(tree, file)
    output += typeof result === 'string' ? result.length : 0
  }

  // Use the output, so no step is optimised away.
  if (output < 0) console.log(output)
}

/**
 * @param {BenchCase} benchCase
 * @param {number} seconds
 * @param {number} baseSeconds
 * @returns {Array<string>}
 */
function row(benchCase, seconds, baseSeconds) {
  const megabytes = bytesOf(benchCase.documents) / 1e6
  return [
    benchCase.name,
    String(benchCase.documents.length),
    megabytes.toFixed(1),
    seconds.toFixed(2),
    (megabytes / seconds).toFixed(2),
    (benchCase.documents.length / seconds).toFixed(0),
    (seconds / baseSeconds).toFixed(1)
  ]
}

/** @param {Array<BenchDocument>} documents */
function bytesOf(documents) {
  let bytes = 0
  for (const document of documents) bytes += document.bytes
  return bytes
}
