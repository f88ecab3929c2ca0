import emitJson from '@baogao/emit-json'
import parsePlainText from '@baogao/parse-plain-text'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {expect, test} from 'vitest'
import validateSectionOrder from '../src/index.ts'
import {seed} from './helpers.ts'

test('messages land in the normalized JSON `messages` array', async () => {
  const file = new VFile({path: '001.txt', value: seed('001')})
  const result = await unified()
    .use(parsePlainText)
    .use(validateSectionOrder)
    .use(emitJson)
    .process(file)
  const report = JSON.parse(String(result.value)) as {messages: Array<{ruleId: string | null}>}
  expect(
    report.messages.filter((message) =>
      ['template-missing', 'published-late'].includes(message.ruleId ?? '')
    )
  ).toEqual([
    {
      ruleId: 'published-late',
      source: 'validate-section-order',
      severity: 'info',
      reason: 'Unexpected publication date `2020-04-20`, expected on or before `2020-04-01` for a report on `2019`',
      line: 29,
      column: 1
    },
    {
      ruleId: 'template-missing',
      source: 'validate-section-order',
      severity: 'warning',
      reason: 'Unexpected missing part `第一责任人职责情况`, expected it before part `下一年度主要安排` in profile `annual-report`',
      line: 144,
      column: 1
    }
  ])
})
