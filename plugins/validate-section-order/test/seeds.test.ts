import {describe, expect, test} from 'vitest'
import {checkText, own, seed} from './helpers.ts'

describe('seed reports', () => {
  test('000 follows the annual-report template with clean numbering', async () => {
    const {file, tree} = await checkText(seed('000'))
    expect(tree.meta.kind).toBe('annual-report')
    expect(own(file)).toEqual([])
    expect(file.data.templateParts).toEqual({
      measures: true,
      shortcomings: true,
      duty: true,
      plans: true,
      other: false
    })
  })

  test('000 passes `annual-report` also when the profile is given', async () => {
    const {file} = await checkText(seed('000'), {profile: 'annual-report'})
    expect(own(file)).toEqual([])
  })

  test('001 lacks the 第一责任人 part and was published late', async () => {
    const {file} = await checkText(seed('001'))
    expect(own(file)).toEqual([
      '29:1 published-late Unexpected publication date `2020-04-20`, expected on or before `2020-04-01` for a report on `2019`',
      '144:1 template-missing Unexpected missing part `第一责任人职责情况`, expected it before part `下一年度主要安排` in profile `annual-report`'
    ])
    expect(file.data.templateParts).toEqual({
      measures: true,
      shortcomings: true,
      duty: false,
      plans: true,
      other: false
    })
    const late = file.messages.find((message) => message.ruleId === 'published-late')
    expect(late?.fatal).toBe(undefined)
  })

  test('002 has thematic sections and plans, no shortcomings or duty part', async () => {
    const {file} = await checkText(seed('002'))
    expect(own(file)).toEqual([
      '17:1 template-missing Unexpected missing part `存在的不足和原因`, expected it before part `下一年度主要安排` in profile `annual-report`',
      '17:1 template-missing Unexpected missing part `第一责任人职责情况`, expected it before part `下一年度主要安排` in profile `annual-report`'
    ])
  })

  test('003 is checked as a duty report', async () => {
    const {file, tree} = await checkText(seed('003'))
    expect(tree.meta.kind).toBe('duty-report')
    expect(own(file)).toEqual([
      '1:1 title-missing Unexpected missing title, expected a title line naming the organisation, the year and the report such as `XX区人民政府2021年法治政府建设工作报告`',
      '30:55 template-missing Unexpected missing part `存在的不足和原因`, expected it after part `第一责任人职责情况` in profile `duty-report`',
      '30:55 template-missing Unexpected missing part `下一年度主要安排`, expected it after part `第一责任人职责情况` in profile `duty-report`'
    ])
    expect(file.data.templateParts).toEqual({
      duty: true,
      shortcomings: false,
      plans: false,
      other: false
    })
  })

  test('003 as a duty report also when its kind is unknown', async () => {
    const {file} = await checkText(seed('003'), {profile: 'auto'})
    const {file: forced} = await checkText(seed('003'), {profile: 'duty-report'})
    expect(own(forced)).toEqual(own(file))
  })

  test('004 closing paragraphs are parts 2 and 4', async () => {
    const {file} = await checkText(seed('004'))
    expect(own(file)).toEqual([
      '53:3 template-missing Unexpected missing part `第一责任人职责情况`, expected it before part `下一年度主要安排` in profile `annual-report`'
    ])
    expect(file.data.templateParts).toEqual({
      measures: true,
      shortcomings: true,
      duty: false,
      plans: true,
      other: false
    })
  })
})
