#!/usr/bin/env node
/**
 * One measurement of the `nightly` benchmark, in a fresh process so that its
 * peak RSS (`process.resourceUsage().maxRSS`, worker threads included) is
 * its own. Prints one JSON line on stdout. Started by `nightly.js`:
 *
 *     node samples/bench/child.js nightly <corpus> <out> <concurrency> [<k>/<n>]
 *     node samples/bench/child.js rehype <corpus> [threads]
 *
 * `nightly` with `<k>/<n>` converts only the corpus's `k`-th share of `n`
 * (every `n`-th file from the `k`-th): `n` such processes at once are the
 * machine's ceiling for `n` workers, with nothing shared but the machine.
 *
 * `rehype` with `threads` > 1 splits the corpus over that many worker
 * threads: the machine's own ceiling for the speed-up of a parse job (the
 * cores it gives under load, memory and collector contention), to read the
 * `nightly` ratio against.
 */
import {readFile, readdir} from 'node:fs/promises'
import path from 'node:path'
import {Worker, isMainThread, parentPort, workerData} from 'node:worker_threads'
import {run} from '@baogao/engine'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'

const gbk = new TextDecoder('gbk')
const utf8 = new TextDecoder('utf-8', {fatal: true})
const [mode, corpus, out, concurrency, share] = process.argv.slice(2)

if (!isMainThread) {
  const {folder, names} = /** @type {{folder: string, names: Array<string>}} */ (workerData)
  parentPort?.postMessage(await parseAll(folder, names))
} else if (mode === 'nightly' && corpus && out && concurrency) {
  await measureNightly(await nightlyInputs(corpus, share), out, Number(concurrency))
} else if (mode === 'rehype' && corpus) {
  await measureRehype(corpus, Number(out ?? 1))
} else {
  console.error('child: unexpected arguments, expected `nightly <corpus> <out> <concurrency>` or `rehype <corpus> [threads]`')
  process.exitCode = 2
}

/**
 * The corpus folder, or the files of its `k/n` share.
 *
 * @param {string} corpus
 * @param {string | undefined} share
 * @returns {Promise<Array<string>>}
 */
async function nightlyInputs(corpus, share) {
  if (share === undefined) return [corpus]
  const [k, n] = share.split('/').map(Number)
  const names = (await readdir(corpus)).sort()
  return names.filter((_, index) => index % (n ?? 1) === k).map((name) => path.join(corpus, name))
}

/**
 * `nightly` over the inputs through the engine, as `baogao run nightly
 * <inputs> --out <out> --concurrency <n> --force --quiet` does. Besides the
 * whole run, times the conversion alone (until the last input is done) and
 * samples the RSS every 100 inputs while converting (peak and median), so
 * that the peak of the end of the run (writing the workbook's file and the
 * manifest) can be told apart.
 *
 * @param {Array<string>} inputs
 * @param {string} out
 * @param {number} workers
 */
async function measureNightly(inputs, out, workers) {
  const started = performance.now()
  let converted = 0
  /** @type {Array<number>} */
  const rssSamples = []
  const result = await run({
    pipeline: 'nightly',
    pipelineModule: import.meta.resolve('@baogao/pipelines'),
    inputs,
    out,
    concurrency: workers,
    force: true,
    quiet: true,
    onEvent(event) {
      if (event.event !== 'file') return
      if (event.done % 100 === 0 || event.done === event.total) rssSamples.push(process.memoryUsage.rss())

      if (event.done === event.total) converted = performance.now()
    }
  })
  const ended = performance.now()
  print({
    seconds: (ended - started) / 1000,
    convertSeconds: (converted - started) / 1000,
    cpuSeconds: cpuSeconds(),
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    convertingRssBytes: Math.max(0, ...rssSamples),
    // The peak depends on when the collector ran and on the largest
    // documents met; the median shows the level the run keeps.
    medianConvertingRssBytes: [...rssSamples].sort((a, b) => a - b)[Math.floor(rssSamples.length / 2)] ?? 0,
    exitCode: result.exitCode,
    counts: result.counts,
    batch: result.batch.map((output) => [output.file, output.status])
  })
}

/**
 * The baseline: every document of the corpus read from disk, decoded
 * (GBK pages as GBK) and parsed by bare rehype-parse, one after another in
 * this thread, or split over `threads` worker threads (every `threads`-th
 * document to each, as the engine's pool would share them).
 *
 * @param {string} corpus
 * @param {number} threads
 */
async function measureRehype(corpus, threads) {
  const names = (await readdir(corpus)).sort()
  const started = performance.now()
  let nodes = 0
  if (threads <= 1) {
    nodes = await parseAll(corpus, names)
  } else {
    const shares = Array.from({length: threads}, (_, thread) => names.filter((_, index) => index % threads === thread))
    const counts = await Promise.all(shares.map((share) => new Promise((resolve, reject) => {
      new Worker(new URL(import.meta.url), {workerData: {folder: corpus, names: share}}).once('message', resolve).once('error', reject)
    })))
    nodes = counts.reduce((sum, count) => sum + Number(count), 0)
  }

  print({
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: cpuSeconds(),
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    documents: names.length,
    nodes
  })
}

/**
 * Read, decode and parse `names` in `folder`; the number of top-level nodes
 * (so that the work cannot be skipped).
 *
 * @param {string} folder
 * @param {Array<string>} names
 */
async function parseAll(folder, names) {
  const processor = unified().use(rehypeParse).freeze()
  let nodes = 0
  for (const name of names) {
    const bytes = await readFile(path.join(folder, name))
    const file = new VFile({path: name, value: decode(bytes)})
    nodes += processor.parse(file).children.length
  }

  return nodes
}

/**
 * Strict UTF-8, else GBK: what the sample pages need (one declares GB2312
 * and is UTF-8), without rehype's own charset handling, which it has none of.
 *
 * @param {Uint8Array} bytes
 */
function decode(bytes) {
  try {
    return utf8.decode(bytes)
  } catch {
    return gbk.decode(bytes)
  }
}

/** CPU time of the process so far, every thread: user and system. */
function cpuSeconds() {
  const usage = process.resourceUsage()
  return (usage.userCPUTime + usage.systemCPUTime) / 1e6
}

/** @param {unknown} value */
function print(value) {
  process.stdout.write(JSON.stringify(value) + '\n')
}
