import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import type {DocumentRecord} from '../src/lib/convert-input.ts'
import {manifestChunks, readManifest, writeManifest} from '../src/lib/manifest.ts'
import type {Manifest} from '../src/lib/manifest.ts'
import {temporaryFolder} from './helpers.ts'

function record(index: number): DocumentRecord {
  return {
    file: `子目录/${String(index).padStart(4, '0')}.html`,
    sha256: 'ab'.repeat(32),
    kind: index % 2 === 0 ? 'portal-html' : 'plain-text',
    status: index % 7 === 0 ? 'failed' : 'ok',
    cached: index % 3 === 0,
    outputs: index % 7 === 0 ? [] : [`子目录/${index}.json`],
    messages: {errors: 0, warnings: index % 4, info: 0},
    durationMs: index,
    reason: index % 7 === 0 ? 'Cannot process `x`: "quoted"\nsecond line' : null
  }
}

function manifest(inputs: Array<DocumentRecord>): Manifest {
  return {
    manifestVersion: 1,
    runId: 'run',
    startedAt: '2026-11-22T00:00:00.000Z',
    endedAt: '2026-11-22T00:01:00.000Z',
    pipeline: {name: 'nightly', fingerprint: 'f'},
    versions: {'@baogao/engine': '0.1.0'},
    options: {concurrency: 2, force: false},
    interrupted: false,
    counts: {inputs: inputs.length, ok: 0, failed: 0, cached: 0, errors: 0, warnings: 0, info: 0},
    inputs,
    batch: [{file: 'summary.xlsx', status: 'ok', sha256: 'cd'.repeat(32), reason: null}]
  }
}

describe('manifestChunks', () => {
  test('is the text of JSON.stringify with two spaces, in chunks of 512 inputs', () => {
    const decoder = new TextDecoder()
    for (const count of [0, 1, 3, 512, 1100]) {
      const value = manifest(Array.from({length: count}, (_, index) => record(index)))
      const {inputs, ...head} = value
      // A generator: the records are read as the text is made.
      const chunks = [...manifestChunks(head, (function * () {
        yield * inputs
      })())]
      expect([count, chunks.length, chunks.map((chunk) => decoder.decode(chunk)).join('')]).toEqual([count, Math.max(1, Math.ceil((count + 1) / 512)), JSON.stringify(value, null, 2) + '\n'])
    }
  })
})

describe('writeManifest and readManifest', () => {
  test('write a manifest from a stream of records and read it back whole', async () => {
    const folder = await temporaryFolder()
    const value = manifest([record(0), record(1), record(2)])
    const {inputs, ...head} = value
    const file = await writeManifest(folder, head, inputs.values())
    expect([file, await readManifest(file)]).toEqual([path.join(folder, 'manifest.json'), value])
  })

  test('readManifest refuses what is not a manifest, naming the file', async () => {
    const folder = await temporaryFolder()
    const file = path.join(folder, 'manifest.json')
    await writeFile(file, '{"manifestVersion": 2, "inputs": []}')
    await expect(readManifest(file)).rejects.toThrow(new Error(`Cannot read \`${file}\`: unexpected content, expected a Baogao manifest (\`manifestVersion: 1\`)`))
    await writeFile(file, '{"manifestVersion": 1')
    await expect(readManifest(file)).rejects.toThrow(new Error(`Cannot read \`${file}\`: unexpected content, expected JSON`))
  })
})
