#!/usr/bin/env node
/**
 * `npm run bench`: throughput of the named pipelines over a corpus generated
 * from the samples, next to a baseline measured in the same run.
 *
 *     node samples/bench/run.js [--count 1000] [--seed 20210108] [--runs 3]
 *
 * Imports the built packages (`turbo run build` first, as `npm run bench`
 * does). To add a row, add a case to `cases`: a name, the documents it runs
 * over, and a function making a processor.
 */
import {parseArgs} from 'node:util'
import {createProcessor, getPipeline} from '@baogao/pipelines'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {defaultSeed, generateCorpus} from '../lib/corpus.js'

const {values} = parseArgs({
  options: {
    count: {type: 'string', default: '1000'},
    seed: {type: 'string', default: String(defaultSeed)},
    runs: {type: 'string', default: '3'}
  }
})

const count = Number(values.count)
const seed = Number(values.seed)
const runs = Number(values.runs)

if (![count, seed, runs].every((value) => Number.isInteger(value)) || count < 1 || runs < 1) {
  console.error('bench: unexpected `--count`, `--seed` or `--runs`, expected integers (count, runs ≥ 1)')
  process.exitCode = 2
} else {
  await main()
}

/**
 * @typedef {{name: string, text: string}} BenchDocument
 * @typedef {import('unist').Node} Node
 * @typedef {{parse(file: VFile): Node, run(tree: Node, file: VFile): Promise<Node>, stringify(tree: Node, file: VFile): unknown}} BenchProcessor
 * @typedef {{name: string, documents: Array<BenchDocument>, processor: () => BenchProcessor}} BenchCase
 */

async function main() {
  const text = generateCorpus({count, seed})

  /** @type {Array<BenchCase>} */
  const cases = [
    {name: 'text-to-json', documents: text, processor: () => pipelineProcessor('text-to-json', 'plain-text')}
  ]

  // The floor: unified with a parser that only splits lines into
  // paragraphs and a compiler that only stringifies the tree.
  const baseline = {name: 'baseline (unified, split lines)', documents: text, processor: baselineProcessor}
  const megabytes = bytesOf(text) / 1e6

  console.log(`Baogao bench: ${text.length} generated plain-text documents, ${megabytes.toFixed(1)} MB (seed ${seed}), best of ${runs} run${runs === 1 ? '' : 's'}`)
  console.log('')
  const rows = [['case', 'docs', 'MB', 'seconds', 'MB/s', 'docs/s', '× baseline time']]
  const baseSeconds = await measure(baseline)
  rows.push(row(baseline, baseSeconds, baseSeconds))

  for (const benchCase of cases) {
    const seconds = await measure(benchCase)
    rows.push(row(benchCase, seconds, baseSeconds))
  }

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
 * Seconds for the best of `runs` passes over the case's documents, after one
 * warm-up pass over a tenth of them.
 *
 * @param {BenchCase} benchCase
 */
async function measure(benchCase) {
  const processor = benchCase.processor()
  await pass(processor, benchCase.documents.slice(0, Math.max(1, Math.floor(benchCase.documents.length / 10))))
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint()
    await pass(processor, benchCase.documents)
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9)
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
    const file = new VFile({path: document.name, value: document.text})
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
  for (const document of documents) bytes += Buffer.byteLength(document.text)
  return bytes
}
