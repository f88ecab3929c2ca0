// Benchmark: `findContacts` runs in linear time, also on adversarial input.
//
// Prints, for each input, the time per MiB (UTF-8) at three sizes (best of
// three runs; the per-MiB time stays flat when the scan is linear), its
// ratio to normal report text, and its ratio to a baseline measured in the
// same run: a trivial linear pass (one `charCodeAt` per code unit) over the
// same input.
//
// Run after a build: `node plugins/redact-contacts/bench/redact.js`
// (`--quick` for smaller sizes). Exits with code 1 if a per-MiB time grows
// more than 3x from the smallest to the largest size.
import {readFileSync, readdirSync} from 'node:fs'
import {findContacts} from '../dist/index.js'

const mebibyte = 1024 * 1024
const quick = process.argv.includes('--quick')
const sizes = quick ? [0.0625, 0.125, 0.25] : [0.25, 0.5, 1]

const seedDirectory = new URL('../../../samples/text/', import.meta.url)
const seedText = readdirSync(seedDirectory)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(new URL(name, seedDirectory), 'utf8'))
  .join('\n')
const contactLines = readFileSync(new URL('../test/fixtures/corpus/contacts.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.replaceAll('⟦', '').replaceAll('⟧', ''))
  .join('\n')

/** `unit` repeated to `bytes` UTF-8 bytes (about). */
function repeat(unit, bytes) {
  const unitBytes = Buffer.byteLength(unit)
  return unit.repeat(Math.max(1, Math.ceil(bytes / unitBytes)))
}

/** Han text with no sentence end, cut into lines of `lineLength` characters. */
function longLines(bytes, lineLength) {
  const han = repeat('法治政府建设稳步推进电话地址联系人行政执法', bytes)
  const lines = []
  for (let index = 0; index < han.length; index += lineLength) lines.push(han.slice(index, index + lineLength))
  return lines.join('\n')
}

const inputs = {
  'normal: seed reports': (bytes) => repeat(seedText + '\n', bytes),
  'dense: contact lines': (bytes) => repeat(contactLines + '\n', bytes),
  'digits, one line': (bytes) => repeat('1234567890', bytes),
  'digit groups 0716-5227 1 2 3': (bytes) => repeat('0716-5227 1 2 3 139 1234 ', bytes),
  'phone label + digit runs': (bytes) => repeat('电话：0 ', bytes),
  '@ run': (bytes) => repeat('@', bytes),
  '. run': (bytes) => repeat('.', bytes),
  '@ and . mixed': (bytes) => repeat('a@b.c@.@..', bytes),
  'e-mail local part run': (bytes) => repeat('a', bytes - 20) + '@gongan.gov.cn',
  'labels everywhere': (bytes) => repeat('电话：地址：联系人：邮编：QQ：微信：', bytes),
  'address label + han': (bytes) => repeat('地址：湖北省公安县斗湖堤镇油江路', bytes),
  'roads and units': (bytes) => repeat('市县镇路1号', bytes),
  'brackets': (bytes) => repeat('(((0716)', bytes),
  'letters and digits': (bytes) => repeat('a1b2c3', bytes),
  '100,000-character lines': (bytes) => longLines(bytes, 100_000)
}

/** Best of `repeats` runs, to keep other processes on the machine out of the figures. */
function time(run, repeats = 3) {
  let best = Infinity
  for (let repeat = 0; repeat < repeats; repeat++) {
    const start = performance.now()
    run()
    best = Math.min(best, performance.now() - start)
  }

  return best
}

function baseline(text) {
  let sum = 0
  for (let index = 0; index < text.length; index++) sum += text.charCodeAt(index)
  return sum
}

// Warm up the JIT and libphonenumber.
findContacts(repeat(seedText + contactLines, 200_000))

const rows = []
let normalPerMebibyte

for (const [name, make] of Object.entries(inputs)) {
  const perMebibyte = []
  let baselinePerMebibyte = 0

  for (const size of sizes) {
    const text = make(size * mebibyte)
    const megabytes = Buffer.byteLength(text) / mebibyte
    perMebibyte.push(time(() => findContacts(text)) / megabytes)
    baselinePerMebibyte = time(() => baseline(text)) / megabytes
  }

  const largest = perMebibyte[perMebibyte.length - 1]
  if (normalPerMebibyte === undefined) normalPerMebibyte = largest
  rows.push({
    input: name,
    ...Object.fromEntries(sizes.map((size, index) => [size + ' MiB: ms/MiB', Math.round(perMebibyte[index])])),
    'growth (largest/smallest)': +(largest / perMebibyte[0]).toFixed(2),
    'vs normal text': +(largest / normalPerMebibyte).toFixed(2),
    'vs baseline pass': Math.round(largest / Math.max(baselinePerMebibyte, 0.001))
  })
}

console.table(rows)
const superlinear = rows.filter((row) => row['growth (largest/smallest)'] > 3)
if (superlinear.length > 0) {
  console.error('Time per MiB grows with size (not linear): ' + superlinear.map((row) => row.input).join(', '))
  process.exitCode = 1
}
