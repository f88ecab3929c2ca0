import {VFile} from 'vfile'
import {expect, test} from 'vitest'
import {checkableKinds, createCheckProcessor} from '../src/index.ts'

test('`checkableKinds` lists the kinds a registered pipeline parses', () => {
  expect(checkableKinds()).toContain('plain-text')
})

test('`createCheckProcessor` parses and checks, with rule options', async () => {
  const value = '某区人民政府2020年法治政府建设工作报告\n一、主要举措和成效\n三、存在的不足和原因\n'
  const processor = createCheckProcessor('plain-text', {
    profile: 'none',
    rules: {'numbering-sequence': 'error'}
  })
  if (processor === undefined) throw new Error('Unexpected missing processor')
  const file = new VFile({path: 'a.txt', value})
  await processor.run(processor.parse(file), file)
  const own = file.messages.filter((message) => message.source === 'validate-section-order')
  expect(own.map((message) => [message.line, message.ruleId, message.fatal])).toEqual([
    [3, 'numbering-sequence', true]
  ])
})

test('`createCheckProcessor` throws on bad rule options, naming the rule', () => {
  expect(() => createCheckProcessor('plain-text', {rules: {'year-mismatch': 'loud' as never}})).toThrow(
    '@baogao/validate-section-order: rule `year-mismatch`: unexpected severity `"loud"`'
  )
})
