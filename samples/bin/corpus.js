#!/usr/bin/env node
/**
 * Write the benchmark corpus to a folder (default `samples/corpus/`, which
 * git ignores), for trying the CLI or the engine on many documents:
 *
 *     node samples/bin/corpus.js [--count 1000] [--seed 20210108] [--out samples/corpus]
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {defaultSeed, generateCorpus} from '../lib/corpus.js'

const {values} = parseArgs({
  options: {
    count: {type: 'string', default: '1000'},
    seed: {type: 'string', default: String(defaultSeed)},
    out: {type: 'string', default: fileURLToPath(new URL('../corpus/', import.meta.url))}
  }
})

const count = Number(values.count)
const seed = Number(values.seed)
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error('corpus: unexpected `--count` or `--seed`, expected integers (count ≥ 1)')
  process.exitCode = 2
} else {
  const documents = generateCorpus({count, seed})
  mkdirSync(values.out, {recursive: true})
  let bytes = 0
  for (const document of documents) {
    writeFileSync(path.join(values.out, document.name), document.text)
    bytes += Buffer.byteLength(document.text)
  }

  console.log(`corpus: ${documents.length} documents, ${(bytes / 1e6).toFixed(1)} MB, seed ${seed} → ${path.relative(process.cwd(), values.out) || '.'}`)
}
