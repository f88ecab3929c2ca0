import {describe, expect, test} from 'vitest'
import {bodyYears} from '../src/lib/meta-rules.ts'
import {bodyTree, check, checkText, own, seed} from './helpers.ts'

const none = {profile: 'none'} as const

describe('title-missing', () => {
  test('a report with a title passes', async () => {
    expect(own(await check(bodyTree('一、甲'), none))).toEqual([])
  })

  test('a report without a title is reported at its start', async () => {
    expect(own(await check(bodyTree('一、甲', {title: null}), none))).toEqual([
      '1:1 title-missing Unexpected missing title, expected a title line naming the organisation, the year and the report such as `XX区人民政府2021年法治政府建设工作报告`'
    ])
  })
})

describe('year-mismatch', () => {
  const body = (year: string) =>
    [
      '一、主要工作',
      year + '年以来,我区认真贯彻落实。',
      year + '年,全区共办理案件12件。',
      '二、下一步打算',
      year + '年全年开展培训3次。',
      '2022年,我区将继续推进。'
    ].join('\n')

  test('a body on the title year passes', async () => {
    expect(own(await check(bodyTree(body('2020')), none))).toEqual([])
  })

  test('a body on another year is reported at the title', async () => {
    const tree = bodyTree(body('2021'))
    tree.children.unshift({
      type: 'title',
      children: [{type: 'text', value: '某区2020年法治政府建设工作报告'}],
      position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 18, offset: 17}}
    })
    expect(own(await check(tree, none))).toEqual([
      '1:1 year-mismatch Unexpected title year `2020`, expected `2021`, the year the body reports on (3 mentions against 0)'
    ])
  })

  test('a few mentions of other years are not enough', async () => {
    const tree = bodyTree(['一、甲', '2019年以来,我区推进。', '2021年,我区将推进。'].join('\n'))
    expect(own(await check(tree, none))).toEqual([])
    expect(
      own(await check(tree, {...none, rules: {'year-mismatch': ['warn', {minimumMentions: 1}]}}))
    ).toEqual([
      '1:1 year-mismatch Unexpected title year `2020`, expected `2019`, the year the body reports on (1 mentions against 0)'
    ])
  })

  test('years in ranges and quoted titles do not count', () => {
    const tree = bodyTree(
      '一、甲\n落实《法治政府建设实施纲要(2021-2025年)》,2021~2025年规划,2020年,二〇二〇年,2020年度。'
    )
    expect([...bodyYears(tree)]).toEqual([[2020, 3]])
  })

  test('the seeds report on their title year', async () => {
    for (const name of ['000', '001', '002', '003', '004']) {
      const {file} = await checkText(seed(name))
      expect(own(file).filter((line) => line.includes('year-mismatch'))).toEqual([])
    }
  })
})

describe('published-late', () => {
  test.each([
    ['2021-03-31', []],
    ['2021-04-01', []],
    ['2021-04-02', ['published-late Unexpected publication date `2021-04-02`, expected on or before `2021-04-01` for a report on `2020`']],
    ['2022-01-10', ['published-late Unexpected publication date `2022-01-10`, expected on or before `2021-04-01` for a report on `2020`']]
  ])('published %s', async (published, expected) => {
    const file = await check(bodyTree('一、甲', {published}), none)
    expect(own(file).map((line) => line.replace(/^\S+ /, ''))).toEqual(expected)
  })

  test('the deadline is an option', async () => {
    const file = await check(bodyTree('一、甲', {published: '2021-03-20'}), {
      ...none,
      rules: {'published-late': ['info', {deadline: '03-15'}]}
    })
    expect(own(file).map((line) => line.replace(/^\S+ /, ''))).toEqual([
      'published-late Unexpected publication date `2021-03-20`, expected on or before `2021-03-15` for a report on `2020`'
    ])
  })

  test('no date or no year: nothing to check', async () => {
    expect(own(await check(bodyTree('一、甲', {published: null}), none))).toEqual([])
    expect(
      own(await check(bodyTree('一、甲', {published: '2021-09-01', year: null, title: '某区法治政府建设工作报告'}), none))
    ).toEqual([])
  })
})
