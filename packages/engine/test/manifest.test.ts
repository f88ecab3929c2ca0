import {describe, expect, test} from 'vitest'
import type {DocumentRecord} from '../src/lib/convert-input.ts'
import {manifestChunks} from '../src/lib/manifest.ts'
import type {Manifest} from '../src/lib/manifest.ts'

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
      const chunks = [...manifestChunks(value)]
      expect([count, chunks.length, chunks.map((chunk) => decoder.decode(chunk)).join('')]).toEqual([count, Math.max(1, Math.ceil((count + 1) / 512)), JSON.stringify(value, null, 2) + '\n'])
    }
  })
})
