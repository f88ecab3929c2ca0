import {describe, expect, test} from 'vitest'
import {packageVersions, pipelineFingerprint, stableStringify} from '../src/lib/fingerprint.ts'
import {fixturePipelines} from './helpers.ts'

describe('stableStringify', () => {
  test('sorts keys and names functions, so equal definitions give equal text', () => {
    function emitJson(): void {}
    expect(stableStringify({b: [1, {d: /x/g, c: emitJson}], a: undefined, e: new Map([['k', 1n]])})).toBe(
      '{"a":"[undefined]","b":[1,{"c":"[function emitJson]","d":"[regexp /x/g]"}],"e":{"[map]":[["k","[bigint 1]"]]}}'
    )
  })

  test('cuts cycles', () => {
    const node: Record<string, unknown> = {name: 'a'}
    node['self'] = node
    expect(stableStringify(node)).toBe('{"name":"a","self":"[circular]"}')
  })
})

describe('pipelineFingerprint', () => {
  test('changes with options and versions, not with key order', () => {
    const base = pipelineFingerprint({name: 'p', options: {a: 1, b: 2}}, {'@baogao/core': '1.0.0'})
    expect([
      pipelineFingerprint({options: {b: 2, a: 1}, name: 'p'}, {'@baogao/core': '1.0.0'}) === base,
      pipelineFingerprint({name: 'p', options: {a: 1, b: 3}}, {'@baogao/core': '1.0.0'}) === base,
      pipelineFingerprint({name: 'p', options: {a: 1, b: 2}}, {'@baogao/core': '1.0.1'}) === base
    ]).toEqual([true, false, false])
  })
})

test('packageVersions reads the engine and the pipeline module package', async () => {
  const versions = await packageVersions(fixturePipelines)
  // The fixture lives in the engine package, which depends on core.
  expect(Object.keys(versions)).toEqual(['@baogao/core', '@baogao/engine'])
  expect(Object.values(versions).every((version) => /^\d+\.\d+\.\d+/.test(version))).toBe(true)
})
