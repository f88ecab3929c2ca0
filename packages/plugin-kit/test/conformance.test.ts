import path from 'node:path'
import {fileURLToPath} from 'node:url'
import parsePlainText from '@baogao/parse-plain-text'
import {describe, expect, it} from 'vitest'
import {checkConformance, describeConformance} from '../src/testing.ts'
import {breaksTree, destructiveCompiler, emitLines, fewDigits, leaky, parseLines, random, stateful, throwsOnEmpty} from './plugins.ts'

const samples = fileURLToPath(new URL('../../../samples/text/', import.meta.url))
const seed = path.join(samples, '000_c38c80df23ae400c.txt')

describe('checkConformance', () => {
  it('passes a well-behaved rule on every check', async () => {
    expect(await checkConformance({plugin: fewDigits, setting: ['error', {minimum: 2}]})).toEqual({
      role: 'transformer',
      checks: {runs: [], 'valid-tree': [], deterministic: [], 'no-state': [], 'no-leak': []}
    })
  })

  it('passes a well-behaved compiler, and a parser without the leak check', async () => {
    expect(await checkConformance({plugin: emitLines})).toEqual({
      role: 'compiler',
      checks: {runs: [], 'valid-tree': [], deterministic: [], 'no-state': [], 'no-leak': []}
    })
    expect(await checkConformance({plugin: parseLines})).toEqual({
      role: 'parser',
      checks: {runs: [], 'valid-tree': [], deterministic: [], 'no-state': []}
    })
  })

  it('runs on inputs the author adds, through the parser given', async () => {
    expect(await checkConformance({plugin: fewDigits, parser: parsePlainText, inputs: [seed, new URL('file://' + seed)]})).toEqual({
      role: 'transformer',
      checks: {runs: [], 'valid-tree': [], deterministic: [], 'no-state': [], 'no-leak': []}
    })
  })

  it('catches state kept between files', async () => {
    const result = await checkConformance({plugin: stateful})
    expect(result.checks['no-state']).toEqual([
      '`conformance/annual.txt` (pass 1 on one processor): unexpected result different from a fresh processor’s, expected no state kept between files',
      '`conformance/duty.txt` (pass 1 on one processor): unexpected result different from a fresh processor’s, expected no state kept between files',
      '`conformance/empty.txt` (pass 1 on one processor): unexpected result different from a fresh processor’s, expected no state kept between files',
      '`conformance/annual.txt` (pass 2 on one processor): unexpected result different from a fresh processor’s, expected no state kept between files',
      '`conformance/duty.txt` (pass 2 on one processor): unexpected result different from a fresh processor’s, expected no state kept between files',
      '`conformance/empty.txt` (pass 2 on one processor): unexpected result different from a fresh processor’s, expected no state kept between files'
    ])
    expect(result.checks.deterministic).toHaveLength(3)
  })

  it('catches redacted details copied from the source, without repeating them', async () => {
    const result = await checkConformance({plugin: leaky})
    expect(result.checks['no-leak']).toEqual([
      '`conformance/annual.txt`: unexpected redacted phone number in messages, expected only its placeholder',
      '`conformance/annual.txt`: unexpected redacted e-mail address in messages, expected only its placeholder',
      '`conformance/annual.txt`: unexpected redacted address in messages, expected only its placeholder',
      '`conformance/duty.txt`: unexpected redacted mobile number in messages, expected only its placeholder'
    ])
    expect(result.checks['runs']).toEqual([])
  })

  it('catches an invalid tree, a throw, randomness and a compiler that changes the tree', async () => {
    expect((await checkConformance({plugin: breaksTree})).checks['valid-tree']).toEqual([
      '`conformance/annual.txt`: Unexpected `paragraph` in `paragraph` content at `root.children[2].children[1]`',
      '`conformance/duty.txt`: Unexpected `paragraph` in `paragraph` content at `root.children[0].children[1]`'
    ])
    expect((await checkConformance({plugin: throwsOnEmpty})).checks.runs).toEqual([
      '`conformance/empty.txt`: unexpected exception `nothing to check`, expected messages for content problems',
      '`conformance/empty.txt`: unexpected exception `nothing to check`, expected messages for content problems',
      '`conformance/empty.txt`: unexpected exception `nothing to check`, expected messages for content problems',
      '`conformance/empty.txt`: unexpected exception `nothing to check`, expected messages for content problems'
    ])
    expect((await checkConformance({plugin: random})).checks.deterministic).toHaveLength(3)
    expect((await checkConformance({plugin: destructiveCompiler})).checks['valid-tree']).toEqual([
      '`conformance/annual.txt`: unexpected change to the tree by the compiler, expected it to read the tree only',
      '`conformance/duty.txt`: unexpected change to the tree by the compiler, expected it to read the tree only'
    ])
  })

  it('throws when the plugin cannot be attached or text comes without a parser', async () => {
    await expect(checkConformance({plugin: fewDigits, setting: {minimum: 'x'}})).rejects.toThrow('kit-test: rule `few-digits`: unexpected `minimum` value `"x"`, expected an integer of at least `0`')
    const result = await checkConformance({plugin: fewDigits, inputs: [seed]})
    expect(result.checks.runs).toEqual(Array.from({length: 4}, () => '`000_c38c80df23ae400c.txt`: unexpected exception `Unexpected text input `000_c38c80df23ae400c.txt` without a parser, expected `parser` (such as `@baogao/parse-plain-text`) or a tree (`input.json`)`, expected messages for content problems'))
  })
})

describeConformance({plugin: fewDigits, setting: 'error'})
describeConformance({plugin: parsePlainText, inputs: [seed]})
describeConformance({plugin: emitLines})
