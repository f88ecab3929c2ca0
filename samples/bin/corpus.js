#!/usr/bin/env node
/**
 * Write a benchmark corpus to a folder (default `samples/corpus/`, which
 * git ignores), for trying the CLI or the engine on many documents:
 *
 *     node samples/bin/corpus.js [--count 1000] [--seed 20210108] [--out samples/corpus] [--html-share 0.5]
 *
 * Without `--html-share`: the plain-text corpus of `lib/corpus.js`
 * (`NNNNN.txt`). With it: the mixed corpus of `lib/html-corpus.js` that the
 * `nightly` benchmark runs on, that share of it portal pages (`NNNNN.html`).
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {defaultSeed, generateCorpus} from '../lib/corpus.js'
import {generateMixedCorpus} from '../lib/html-corpus.js'

const {values} = parseArgs({
  options: {
    count: {type: 'string', default: '1000'},
    seed: {type: 'string', default: String(defaultSeed)},
    out: {type: 'string', default: fileURLToPath(new URL('../corpus/', import.meta.url))},
    'html-share': {type: 'string'}
  }
})

const count = Number(values.count)
const seed = Number(values.seed)
const htmlShare = values['html-share'] === undefined ? undefined : Number(values['html-share'])
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || (htmlShare !== undefined && !(htmlShare >= 0 && htmlShare <= 1))) {
  console.error('corpus: unexpected `--count`, `--seed` or `--html-share`, expected integers (count ≥ 1) and a share from 0 to 1')
  process.exitCode = 2
} else {
  const documents =
    htmlShare === undefined
      ? generateCorpus({count, seed}).map((document) => ({name: document.name, bytes: Buffer.from(document.text)}))
      : generateMixedCorpus({count, seed, htmlShare})
  mkdirSync(values.out, {recursive: true})
  let bytes = 0
  let written = 0
  for (const document of documents) {
    writeFileSync(path.join(values.out, document.name), document.bytes)
    bytes += document.bytes.length
    written++
  }

  console.log(`corpus: ${written} documents, ${(bytes / 1e6).toFixed(1)} MB, seed ${seed} → ${path.relative(process.cwd(), values.out) || '.'}`)
}
