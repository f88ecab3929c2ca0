#!/usr/bin/env node
/**
 * Throughput of the shared text helpers the parsers call on every line
 * (numbering, enumerations, run-in headings, dates, the sectionizer), each
 * next to a plain linear scan of the same lines measured in the same run,
 * so that the ratio, not the machine, is what to compare across changes.
 * Imports the built package (`npx tsc -b packages/core` first).
 *
 *     node packages/core/bench/helpers.js [--runs 5] [--repeat 20] [report.txt …]
 *
 * Without files, it runs over `samples/text/*.txt`. Each line (trimmed, not
 * blank) is one input, as a plain-text parser hands them to the helpers.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import {
  findDates,
  findEnumeration,
  findFirstSentenceEnd,
  parseDate,
  parseEnumerationMarker,
  parseNumbering,
  sectionize,
  splitRunIn
} from '../dist/index.js'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    runs: {type: 'string', default: '5'},
    repeat: {type: 'string', default: '20'}
  }
})
const runs = Number(values.runs)
const repeat = Number(values.repeat)

if (
  !Number.isInteger(runs) ||
  !Number.isInteger(repeat) ||
  runs < 1 ||
  repeat < 1
) {
  console.error(
    'bench: unexpected `--runs` or `--repeat`, expected integers ≥ 1'
  )
  process.exitCode = 2
} else {
  main()
}

function main() {
  const folder = fileURLToPath(
    new URL('../../../samples/text/', import.meta.url)
  )
  const paths =
    positionals.length > 0
      ? positionals
      : readdirSync(folder)
          .filter((name) => name.endsWith('.txt'))
          .sort()
          .map((name) => folder + name)
  const documents = paths.map((path) => readFileSync(path, 'utf8'))
  const lines = documents.flatMap((document) =>
    document
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
  )
  const blockLists = documents.map((document) => toBlocks(document))
  const megabytes =
    (repeat *
      lines.reduce((total, line) => total + Buffer.byteLength(line), 0)) /
    1e6

  /** @type {Array<[string, () => number]>} */
  const cases = [
    ['parseNumbering', () => count(lines, (line) => parseNumbering(line))],
    [
      'parseEnumerationMarker',
      () => count(lines, (line) => parseEnumerationMarker(line, 0))
    ],
    ['findEnumeration', () => count(lines, (line) => findEnumeration(line))],
    ['splitRunIn', () => count(lines, (line) => splitRunIn(line))],
    [
      'findFirstSentenceEnd',
      () => count(lines, (line) => findFirstSentenceEnd(line) + 1)
    ],
    ['parseDate', () => count(lines, (line) => parseDate(line))],
    ['findDates', () => count(lines, (line) => findDates(line).length)],
    [
      'sectionize',
      () =>
        count(blockLists, (blocks) => sectionize(blocks, new VFile()).length)
    ]
  ]

  console.log(
    `@baogao/core helpers over ${
      lines.length * repeat
    } lines, ${megabytes.toFixed(1)} MB, best of ${runs}`
  )
  const rows = [['helper', 'seconds', 'MB/s', '× scan time']]
  for (const [name, work] of cases) {
    // Measure the scan right next to each helper, so that load on the
    // machine hits both alike.
    const scanSeconds = best(() => count(lines, scanLine))
    const seconds = best(work)
    rows.push([
      name,
      seconds.toFixed(3),
      (megabytes / seconds).toFixed(1),
      (seconds / scanSeconds).toFixed(1)
    ])
  }

  const widths = rows[0].map((_, column) =>
    Math.max(...rows.map((cells) => cells[column].length))
  )
  for (const cells of rows) {
    console.log(
      cells
        .map((cell, column) =>
          column === 0
            ? cell.padEnd(widths[column])
            : cell.padStart(widths[column])
        )
        .join('  ')
    )
  }
}

/**
 * The floor: read every character of a line once.
 *
 * @param {string} line
 */
function scanLine(line) {
  let sum = 0
  for (let index = 0; index < line.length; index++)
    sum += line.charCodeAt(index)
  return sum
}

/**
 * Run `work` on every input `repeat` times; count truthy results so that
 * nothing is optimised away.
 *
 * @template T
 * @param {Array<T>} inputs
 * @param {(input: T) => unknown} work
 */
function count(inputs, work) {
  let hits = 0
  for (let round = 0; round < repeat; round++) {
    for (const input of inputs) if (work(input)) hits++
  }

  return hits
}

/**
 * Best of `runs` timings after a warm-up.
 *
 * @param {() => number} work
 */
function best(work) {
  let sink = work()
  let seconds = Number.POSITIVE_INFINITY
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint()
    sink += work()
    seconds = Math.min(seconds, Number(process.hrtime.bigint() - start) / 1e9)
  }

  if (sink < 0) console.log(sink)
  return seconds
}

/**
 * One text block per non-blank line, as a plain-text parser makes them.
 *
 * @param {string} document
 * @returns {Array<import('../dist/index.js').Block>}
 */
function toBlocks(document) {
  /** @type {Array<import('../dist/index.js').Block>} */
  const blocks = []
  let offset = 0
  let lineNumber = 1
  for (const line of document.split('\n')) {
    const value = line.trim()
    if (value.length > 0) {
      const start = offset + line.indexOf(value)
      const line_ = lineNumber
      const column = line.indexOf(value) + 1
      /** @param {number} index */
      const pointAt = (index) => ({
        line: line_,
        column: column + index,
        offset: start + index
      })
      blocks.push({
        kind: 'text',
        value,
        position: {start: pointAt(0), end: pointAt(value.length)},
        pointAt
      })
    }

    offset += line.length + 1
    lineNumber++
  }

  return blocks
}
