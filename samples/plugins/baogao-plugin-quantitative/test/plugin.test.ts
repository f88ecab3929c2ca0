import {readFile} from 'node:fs/promises'
import parsePlainText from '@baogao/parse-plain-text'
import {describeConformance, describeFixtures} from '@baogao/plugin-kit/testing'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import quantitative from '../src/index.ts'

// Text fixtures go through the plain-text parser; only the messages are
// golden (the tree is the parser's business).
describeFixtures(new URL('fixtures/', import.meta.url), {plugin: quantitative, parser: parsePlainText, output: false})

describeConformance({plugin: quantitative, parser: parsePlainText, inputs: [new URL('fixtures/with-indicators/input.txt', import.meta.url)]})

describe('quantitative on the seed reports', () => {
  const seeds = ['000_c38c80df23ae400c', '001_3bbaca17e2977359', '002_003a9d8f3bacc8c6', '003_8891a8d6d278ec13', '004_53ad0b29bc01cca5']

  it('finds indicators in every seed, and flags those with fewer than ten', async () => {
    const flagged: Array<string> = []
    for (const seed of seeds) {
      const path = new URL('../../../text/' + seed + '.txt', import.meta.url)
      const file = new VFile({path: seed + '.txt', value: await readFile(path, 'utf8')})
      const processor = unified().use(parsePlainText).use(quantitative, ['warn', {minimum: 10}])
      await processor.run(processor.parse(file), file)
      for (const message of file.messages.filter((found) => found.ruleId === 'quantitative')) flagged.push(seed + ': ' + message.reason)
    }

    expect(flagged).toEqual([
      '002_003a9d8f3bacc8c6: Unexpected `7` quantitative indicators in the body, expected at least `10` (numbers with units such as `120件`, `15%`)',
      '003_8891a8d6d278ec13: Unexpected `8` quantitative indicators in the body, expected at least `10` (numbers with units such as `120件`, `15%`)'
    ])
  })

  it('rejects bad options when attached, naming the rule and the field', () => {
    expect(() => unified().use(quantitative, {minimum: 0}).freeze()).toThrow('baogao-plugin-quantitative: rule `quantitative`: unexpected `minimum` value `0`, expected an integer of at least `1`')
    expect(() => unified().use(quantitative, {units: ['件', 3]} as never).freeze()).toThrow('baogao-plugin-quantitative: rule `quantitative`: unexpected `units[1]` value `3`, expected a string')
  })
})
