import {VFile} from 'vfile'
import {expect, test} from 'vitest'
import {createRedactProcessor, findContacts, redactText} from '../src/index.ts'

test('`redactText` and `findContacts` are the redactor’s own', () => {
  expect(redactText('电话：0716-5227196', {labels: 'zh'})).toEqual({
    text: '电话：【电话】',
    spans: [{start: 3, end: 15, type: 'phone'}]
  })
  expect(findContacts('网站标识码:4210220025')).toEqual([])
})

test('`createRedactProcessor` parses, redacts and compiles to normalized JSON', async () => {
  const value =
    '某县2021年法治政府建设工作报告\n一、主要举措\n全年受理咨询1391件，办结率98.5%。\n咨询电话：0716-5227196 邮箱：gaxzfwz@gongan.gov.cn\n'
  const processor = createRedactProcessor('plain-text', {operator: 'mask'})
  if (processor === undefined) throw new Error('Unexpected missing processor')
  const file = await processor.process(new VFile({path: 'a.txt', value}))
  const output = String(file.value)
  const report = JSON.parse(output) as {redactions: {total: number}}
  expect(report.redactions.total).toBe(2)
  expect(output).toContain('全年受理咨询1391件，办结率98.5%。')
  expect(output).not.toContain('5227196')
  expect(output).not.toContain('gaxzfwz@')
})

test('`createRedactProcessor` throws on bad options, naming the plugin', () => {
  expect(() => createRedactProcessor('plain-text', {operator: 'erase' as 'mask'})).toThrow(
    '@baogao/redact-contacts: option `operator` must be `replace`, `mask` or `hash`'
  )
})
