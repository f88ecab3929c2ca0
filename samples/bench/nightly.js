#!/usr/bin/env node
/**
 * The `nightly` pipeline through the engine, as ops run it, on a generated
 * corpus of portal pages and plain-text reports written to a temporary
 * folder: documents/s, MB/s and peak RSS with 1 worker and with N, next to
 * bare rehype-parse over the same files in one thread and split over N
 * (what the machine gives a parse job), and `nightly` in N separate
 * processes at once, each on 1/N of the corpus (what the machine gives N
 * workers when nothing but the machine is shared: the ceiling of the
 * N-over-1 ratio), all from one run. With
 * `--compare <count>`, a second corpus of that size (50,000, say) is run
 * with N workers to show whether the peak RSS grows with the corpus.
 *
 *     node samples/bench/nightly.js [--count 10000] [--seed 20210108]
 *       [--html-share 0.5] [--workers N] [--compare 50000] [--keep]
 *
 * Every measurement runs in its own process (`child.js`), so its peak RSS
 * is its own. Imports the built packages (`turbo run build` first, as
 * `npm run bench` does). `run.js` calls `benchNightly` too.
 */
import {spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {defaultSeed} from '../lib/corpus.js'
import {generateMixedCorpus} from '../lib/html-corpus.js'

const childScript = fileURLToPath(new URL('child.js', import.meta.url))

/**
 * @typedef {{count: number, seed: number, htmlShare: number, workers: number, compare: number | null, keep: boolean}} NightlyBenchOptions
 * @typedef {{folder: string, documents: number, pages: number, bytes: number, seconds: number, sha256: string}} WrittenCorpus
 * @typedef {{seconds: number, convertSeconds?: number, cpuSeconds: number, peakRssBytes: number, convertingRssBytes?: number, medianConvertingRssBytes?: number, exitCode?: number, counts?: Record<string, number>, batch?: Array<[string, string]>}} Measurement
 */

/** @type {NightlyBenchOptions} */
export const nightlyDefaults = {count: 10_000, seed: defaultSeed, htmlShare: 0.5, workers: os.availableParallelism(), compare: null, keep: false}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = parseNightlyArgs(process.argv.slice(2))
  if (options) await benchNightly(options)
  else process.exitCode = 2
}

/**
 * Read the flags of `nightly.js` (also accepted by `run.js`); `undefined`
 * after printing what is wrong.
 *
 * @param {Array<string>} args
 * @returns {NightlyBenchOptions | undefined}
 */
export function parseNightlyArgs(args) {
  const {values} = parseArgs({
    args,
    strict: false,
    options: {
      'nightly-count': {type: 'string'},
      count: {type: 'string'},
      seed: {type: 'string'},
      'html-share': {type: 'string'},
      workers: {type: 'string'},
      compare: {type: 'string'},
      keep: {type: 'boolean'}
    }
  })
  const number = (/** @type {unknown} */ value, /** @type {number} */ fallback) => (typeof value === 'string' ? Number(value) : fallback)
  const options = {
    count: number(values['nightly-count'] ?? values.count, nightlyDefaults.count),
    seed: number(values.seed, nightlyDefaults.seed),
    htmlShare: number(values['html-share'], nightlyDefaults.htmlShare),
    workers: number(values.workers, nightlyDefaults.workers),
    compare: typeof values.compare === 'string' ? Number(values.compare) : null,
    keep: values.keep === true
  }
  const integers = [options.count, options.seed, options.workers, options.compare ?? 1]
  if (!integers.every((value) => Number.isInteger(value)) || options.count < 1 || options.workers < 1 || (options.compare ?? 1) < 1 || !(options.htmlShare >= 0 && options.htmlShare <= 1)) {
    console.error('bench: unexpected `--count`, `--seed`, `--workers`, `--compare` or `--html-share`, expected integers ≥ 1 (seed: any integer) and a share from 0 to 1')
    return undefined
  }

  return options
}

/**
 * Write the corpus, measure, print a table and the ratios; removes its
 * temporary folders unless `keep`.
 *
 * @param {NightlyBenchOptions} options
 */
export async function benchNightly(options) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'baogao-bench-'))
  try {
    const corpus = await writeCorpus(path.join(root, 'corpus'), options.count, options)
    const megabytes = corpus.bytes / 1e6
    console.log(`nightly bench: ${corpus.documents} documents (${corpus.pages} portal pages, ${corpus.documents - corpus.pages} plain texts), ${megabytes.toFixed(1)} MB, seed ${options.seed} (corpus sha256 ${corpus.sha256.slice(0, 12)}), written in ${corpus.seconds.toFixed(1)} s to ${corpus.folder}`)

    const rehype = await measure(['rehype', corpus.folder])
    const rehypeThreads = options.workers > 1 ? await measure(['rehype', corpus.folder, String(options.workers)]) : undefined
    const single = await measureNightly(root, corpus, 1)
    const multi = options.workers > 1 ? await measureNightly(root, corpus, options.workers) : undefined
    const apart = options.workers > 1 ? await measureApart(root, corpus, options.workers) : undefined

    /** @type {Array<Array<string>>} */
    const rows = [['case', 'docs', 'MB', 'seconds', 'CPU s', 'MB/s', 'docs/s', 'peak RSS MB', 'RSS converting MB (peak/median)', '× rehype time']]
    rows.push(tableRow('rehype-parse (baseline)', corpus, rehype, rehype))
    if (rehypeThreads) rows.push(tableRow(`rehype-parse, ${options.workers} threads`, corpus, rehypeThreads, rehype))
    rows.push(tableRow('nightly, 1 worker', corpus, single, rehype))
    if (multi) rows.push(tableRow(`nightly, ${options.workers} workers`, corpus, multi, rehype))
    if (apart) rows.push(tableRow(`nightly, ${options.workers} processes × 1/${options.workers}`, corpus, apart, rehype))
    printTable(rows)
    console.log('')

    if (multi) {
      const whole = single.seconds / multi.seconds
      const converting = (single.convertSeconds ?? single.seconds) / (multi.convertSeconds ?? multi.seconds)
      console.log(`${options.workers} workers over 1: ${whole.toFixed(2)}× the throughput of the whole run, ${converting.toFixed(2)}× while converting (the end of the run, writing the workbook's file and the manifest in the main thread, takes ${tail(single)} s and ${tail(multi)} s)`)
      // On a shared machine the workers may not get their cores: say how
      // many they got, and what the CPU time predicts with idle cores.
      const tailSeconds = multi.seconds - (multi.convertSeconds ?? multi.seconds)
      const predicted = single.cpuSeconds / ((multi.cpuSeconds - tailSeconds) / options.workers + tailSeconds)
      if (apart) {
        // Separate processes share no heap, no collector threads and no
        // thread pool: only the cores, caches and memory of the machine.
        const ceiling = single.seconds / apart.seconds
        console.log(`this machine's ceiling for nightly: ${options.workers} separate processes, each converting 1/${options.workers} of the corpus with 1 worker, finish ${ceiling.toFixed(2)}× as fast as one process with all of it; ${options.workers} workers reach ${(100 * whole / ceiling).toFixed(0)} % of that`)
      }

      if (rehypeThreads) {
        // What this machine gives a parse job split over threads, measured
        // in the same run: the ceiling the ratio above is to be read against.
        const ceiling = rehype.seconds / rehypeThreads.seconds
        console.log(`this machine's ceiling: bare rehype-parse split over ${options.workers} threads runs ${ceiling.toFixed(2)}× as fast as in one (${(rehypeThreads.cpuSeconds / rehypeThreads.seconds).toFixed(2)} cores busy); nightly's ${whole.toFixed(2)}× is ${(100 * whole / ceiling).toFixed(0)} % of it`)
      }

      console.log(`cores the ${options.workers}-worker run got: ${(multi.cpuSeconds / multi.seconds).toFixed(2)} of ${options.workers}; CPU per document ${(1000 * single.cpuSeconds / corpus.documents).toFixed(1)} ms with 1 worker, ${(1000 * multi.cpuSeconds / corpus.documents).toFixed(1)} ms with ${options.workers}; with ${options.workers} idle cores the CPU time predicts ${predicted.toFixed(2)}× (the end of the run stays serial)`)
    } else {
      console.log('1 core available: no multi-worker run (pass `--workers 2` to force one)')
    }

    console.log(`nightly, 1 worker, takes ${(single.seconds / rehype.seconds).toFixed(1)}× the time of bare rehype-parse`)
    for (const [name, result] of [['1 worker', single], [`${options.workers} workers`, multi]]) {
      if (typeof result !== 'object') continue
      console.log(`nightly, ${name}: exit code ${result.exitCode}, ${JSON.stringify(result.counts)}, batch ${JSON.stringify(result.batch)}`)
    }

    if (options.compare !== null) {
      await rm(corpus.folder, {recursive: true, force: true})
      const large = await writeCorpus(path.join(root, 'corpus-large'), options.compare, options)
      console.log('')
      console.log(`compare: ${large.documents} documents, ${(large.bytes / 1e6).toFixed(1)} MB, written in ${large.seconds.toFixed(1)} s`)
      const big = await measureNightly(root, large, options.workers)
      const small = multi ?? single
      const rows = [['case', 'docs', 'MB', 'seconds', 'CPU s', 'MB/s', 'docs/s', 'peak RSS MB', 'RSS converting MB (peak/median)', '× rehype time']]
      rows.push(tableRow(`nightly, ${options.workers} workers`, corpus, small, rehype))
      rows.push(tableRow(`nightly, ${options.workers} workers`, large, big, undefined))
      printTable(rows)
      const ratio = (/** @type {number | undefined} */ a, /** @type {number | undefined} */ b) => `${mb(a ?? 0)} → ${mb(b ?? 0)} MB (×${((b ?? 0) / (a ?? 1)).toFixed(2)})`
      console.log(`RSS ${corpus.documents} → ${large.documents} documents: peak ${ratio(small.peakRssBytes, big.peakRssBytes)}; while converting, peak ${ratio(small.convertingRssBytes, big.convertingRssBytes)}, median ${ratio(small.medianConvertingRssBytes, big.medianConvertingRssBytes)}`)
    }
  } finally {
    if (options.keep) console.log(`kept ${root}`)
    else await rm(root, {recursive: true, force: true})
  }
}

/**
 * @param {string} folder
 * @param {number} count
 * @param {NightlyBenchOptions} options
 * @returns {Promise<WrittenCorpus>}
 */
async function writeCorpus(folder, count, options) {
  const started = performance.now()
  await mkdir(folder, {recursive: true})
  const hash = createHash('sha256')
  let bytes = 0
  let pages = 0
  let documents = 0
  for (const document of generateMixedCorpus({count, seed: options.seed, htmlShare: options.htmlShare})) {
    await writeFile(path.join(folder, document.name), document.bytes)
    hash.update(document.name).update(document.bytes)
    bytes += document.bytes.length
    documents++
    if (document.kind === 'portal-html') pages++
  }

  return {folder, documents, pages, bytes, seconds: (performance.now() - started) / 1000, sha256: hash.digest('hex')}
}

/**
 * @param {string} root
 * @param {WrittenCorpus} corpus
 * @param {number} workers
 */
async function measureNightly(root, corpus, workers) {
  const out = path.join(root, `out-${workers}`)
  try {
    return await measure(['nightly', corpus.folder, out, String(workers)])
  } finally {
    await rm(out, {recursive: true, force: true})
  }
}

/**
 * `nightly` in `processes` separate processes at once, each with 1 worker
 * on its share of the corpus: the time until the last one ends, the CPU
 * time of all, the largest peak RSS.
 *
 * @param {string} root
 * @param {WrittenCorpus} corpus
 * @param {number} processes
 * @returns {Promise<Measurement>}
 */
async function measureApart(root, corpus, processes) {
  const outs = Array.from({length: processes}, (_, share) => path.join(root, `out-apart-${share}`))
  try {
    const started = performance.now()
    const results = await Promise.all(outs.map((out, share) => measure(['nightly', corpus.folder, out, '1', `${share}/${processes}`])))
    return {
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: results.reduce((sum, result) => sum + result.cpuSeconds, 0),
      peakRssBytes: Math.max(...results.map((result) => result.peakRssBytes))
    }
  } finally {
    await Promise.all(outs.map((out) => rm(out, {recursive: true, force: true})))
  }
}

/**
 * Run `child.js` with `args`; its JSON line.
 *
 * @param {Array<string>} args
 * @returns {Promise<Measurement>}
 */
function measure(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, ...args], {stdio: ['ignore', 'pipe', 'inherit']})
    let stdout = ''
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      const line = stdout.trim().split('\n').at(-1) ?? ''
      try {
        resolve(/** @type {Measurement} */ (JSON.parse(line)))
      } catch {
        reject(new Error(`bench: \`${args[0]}\` measurement failed (exit code ${code}): ${stdout.slice(-500)}`))
      }
    })
  })
}

/**
 * @param {string} name
 * @param {WrittenCorpus} corpus
 * @param {Measurement} result
 * @param {Measurement | undefined} baseline
 */
function tableRow(name, corpus, result, baseline) {
  const megabytes = corpus.bytes / 1e6
  return [
    name,
    String(corpus.documents),
    megabytes.toFixed(1),
    result.seconds.toFixed(1),
    result.cpuSeconds.toFixed(1),
    (megabytes / result.seconds).toFixed(2),
    (corpus.documents / result.seconds).toFixed(1),
    mb(result.peakRssBytes),
    result.convertingRssBytes === undefined ? '–' : `${mb(result.convertingRssBytes)}/${mb(result.medianConvertingRssBytes ?? 0)}`,
    baseline ? (result.seconds / baseline.seconds).toFixed(1) : '–'
  ]
}

/** @param {Array<Array<string>>} rows */
function printTable(rows) {
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((cells) => (cells[column] ?? '').length)))
  for (const cells of rows) {
    console.log(cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  '))
  }
}

/** @param {Measurement} result */
function tail(result) {
  return (result.seconds - (result.convertSeconds ?? result.seconds)).toFixed(1)
}

/** @param {number} bytes */
function mb(bytes) {
  return (bytes / 1e6).toFixed(0)
}
