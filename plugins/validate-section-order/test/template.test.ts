import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {partOfParagraph, partsOfHeading} from '../src/lib/parts.ts'
import {inferProfile, locateParts} from '../src/lib/template.ts'
import {bodyTree, check, checkText, own, seed} from './helpers.ts'

describe('recognising parts in headings', () => {
  test.each([
    ['上一年度推进法治政府建设的主要举措和成效', ['measures']],
    ['主要做法和成效', ['measures']],
    ['上一年度推进法治政府存在的不足和原因', ['shortcomings']],
    ['存在的困难和问题', ['shortcomings']],
    ['存在问题', ['shortcomings']],
    ['工作中的不足', ['shortcomings']],
    ['问题和不足', ['shortcomings']],
    ['上一年度党政主要负责人履行推进法治建设第一责任人职责,加强法治政府建设的有关情况', ['duty']],
    ['区长履行推进法治建设第一责任人职责情况', ['duty']],
    ['党政主要负责人履职情况', ['duty']],
    ['存在的短板弱项', ['shortcomings']],
    ['面临的困难', ['shortcomings']],
    ['2022年工作安排', ['plans']],
    ['工作展望', ['plans']],
    ['下一年度推进法治政府建设的主要安排', ['plans']],
    ['下一步工作计划', ['plans']],
    ['2022年工作打算', ['plans']],
    ['今后工作打算', ['plans']],
    ['其他需要报告的情况', ['other']],
    ['存在的问题和下一步工作打算', ['shortcomings', 'plans']],
    ['加强组织领导,夯实法治建设保障', []],
    ['坚持问题导向,补齐短板弱项', []],
    ['创新工作思路,提升服务效能', []],
    ['认真办理人大代表建议和政协提案', []]
  ])('`%s`', (title, parts) => {
    expect(partsOfHeading(title, false)).toEqual(parts)
  })

  test('weak plan words count only after the shortcomings', () => {
    expect(partsOfHeading('加强法治政府建设的建议', false)).toEqual([])
    expect(partsOfHeading('加强法治政府建设的建议', true)).toEqual(['plans'])
    expect(partsOfHeading('改进措施', true)).toEqual(['plans'])
  })
})

describe('recognising parts in closing paragraphs', () => {
  test.each([
    ['回顾2021年法治政府建设工作,总体上进展顺利,取得一定成效。但是对照全面依法治国要求和人民群众期盼,还存在一些问题和不足:一是…', 2021, 'shortcomings'],
    ['我县法治政府建设虽然取得了一定成效,但仍存在一些薄弱环节。', 2020, 'shortcomings'],
    ['存在的问题主要是:执法力量不足。', 2020, 'shortcomings'],
    ['2022年,我区将坚持以习近平新时代中国特色社会主义思想为指导。', 2021, 'plans'],
    ['下一步,我们将继续深化法治政府建设。', 2020, 'plans'],
    ['今后,我局将进一步加强执法监督。', 2020, 'plans'],
    ['2020年,我县将法治建设纳入绩效考核。', 2020, undefined],
    ['针对检查中存在的问题,及时督促整改到位。', 2020, undefined],
    ['全年共办理行政复议案件12件。', 2020, undefined]
  ])('`%s`', (text, year, part) => {
    expect(partOfParagraph(text, year)).toBe(part)
  })
})

describe('locating parts', () => {
  test('seed 004: parts 2 and 4 are the unnumbered closing paragraphs', async () => {
    const {tree} = await checkText(seed('004'))
    const layout = locateParts(tree, 'annual-report')
    expect(
      layout.occurrences.map(
        (occurrence) => occurrence.part + ' ' + occurrence.node.type + ' ' + occurrence.node.position?.start.line
      )
    ).toEqual([
      'measures section 11',
      'measures section 15',
      'measures section 23',
      'measures section 32',
      'measures section 38',
      'measures section 43',
      'shortcomings paragraph 51',
      'plans paragraph 53'
    ])
  })

  test('part 1 spans the thematic sections before the shortcomings (seed 001)', async () => {
    const {tree} = await checkText(seed('001'))
    const layout = locateParts(tree, 'annual-report')
    expect(
      layout.occurrences.map((occurrence) => occurrence.part + ' ' + occurrence.node.position?.start.line)
    ).toEqual([
      'measures 36',
      'measures 46',
      'measures 90',
      'measures 98',
      'measures 106',
      'measures 116',
      'measures 128',
      'shortcomings 134',
      'plans 144'
    ])
  })

  test('a 第一责任人 subsection inside part 1 counts as part 3 (folded)', async () => {
    const tree = bodyTree(
      ['一、主要举措和成效', '(一)完善制度', '(二)主要负责人履行推进法治建设第一责任人职责情况', '二、存在的不足和原因', '三、下一年度主要安排'].join('\n')
    )
    const file = await check(tree)
    expect(own(file)).toEqual([])
    expect(file.data.templateParts).toEqual({measures: true, shortcomings: true, duty: true, plans: true, other: false})
  })

  test('a part named among thematic sections is folded into part 1', async () => {
    const tree = bodyTree(
      [
        '一、加强组织领导,认真履行第一责任人职责',
        '二、深化放管服改革',
        '三、规范行政执法',
        '四、存在的问题',
        '五、下一步工作打算'
      ].join('\n')
    )
    const file = await check(tree)
    expect(own(file)).toEqual([])
    expect(file.data.templateParts).toEqual({measures: true, shortcomings: true, duty: true, plans: true, other: false})
    expect(
      locateParts(tree, 'annual-report').occurrences.map(
        (occurrence) => occurrence.part + (occurrence.folded ? ' folded' : '') + ' ' + occurrence.node.position?.start.line
      )
    ).toEqual(['duty folded 1', 'measures 2', 'measures 3', 'shortcomings 4', 'plans 5'])
  })

  test('a top-level section written `三.` after `二、` still counts as a part', async () => {
    const tree = bodyTree(['一、主要举措和成效', '(一)甲', '二、存在的不足', '三.第一责任人履职情况', '四、下一步打算'].join('\n'))
    expect(own(await check(tree))).toEqual([
      '4:1 numbering-style Unexpected marker style `一.` in `三.`, expected `一、` as elsewhere at this level'
    ])
  })

  test('sections after the last part are not part 1', async () => {
    const tree = bodyTree(['一、主要举措和成效', '二、存在的不足', '三、第一责任人履职情况', '四、下一步打算', '五、附件说明'].join('\n'))
    expect(own(await check(tree))).toEqual([])
  })

  test('第一部分 divisions: parts, and a 第一责任人 heading two levels down', async () => {
    const text = readFileSync(new URL('fixtures/synthetic/parts-structure.txt', import.meta.url), 'utf8')
    const {file} = await checkText(text)
    expect(own(file)).toEqual([])
    expect(file.data.templateParts).toEqual({measures: true, shortcomings: true, duty: true, plans: true, other: false})
  })

  test('closing paragraphs after thematic sections (no numbered parts 2 and 4)', async () => {
    const text = readFileSync(new URL('fixtures/synthetic/closing-paragraphs.txt', import.meta.url), 'utf8')
    const {file} = await checkText(text)
    expect(own(file)).toEqual([
      '10:1 template-missing Unexpected missing part `第一责任人职责情况`, expected it before part `下一年度主要安排` in profile `annual-report`'
    ])
    expect(file.data.templateParts).toEqual({measures: true, shortcomings: true, duty: false, plans: true, other: false})
  })

  test('a report of unknown kind gets a profile from its headings', async () => {
    const {tree} = await checkText(seed('003'))
    tree.meta.kind = 'unknown'
    expect(inferProfile(tree)).toBe('duty-report')
    const annual = (await checkText(seed('000'))).tree
    annual.meta.kind = 'unknown'
    expect(inferProfile(annual)).toBe('annual-report')
    expect(inferProfile(bodyTree('一、甲\n二、乙', {kind: 'unknown', title: null}))).toBe('none')
  })

  test('profile `none` checks no template and sets no template data', async () => {
    const file = await check(bodyTree('一、甲\n二、乙'), {profile: 'none'})
    expect(own(file)).toEqual([])
    expect(file.data.templateParts).toBe(undefined)
  })
})

describe('template-missing and template-order', () => {
  const official = [
    '一、上一年度推进法治政府建设的主要举措和成效',
    '二、上一年度推进法治政府建设存在的不足和原因',
    '三、上一年度党政主要负责人履行推进法治建设第一责任人职责情况',
    '四、下一年度推进法治政府建设的主要安排',
    '五、其他需要报告的情况'
  ]

  test('the official order passes', async () => {
    expect(own(await check(bodyTree(official.join('\n'))))).toEqual([])
  })

  test('part 5 is optional', async () => {
    expect(own(await check(bodyTree(official.slice(0, 4).join('\n'))))).toEqual([])
  })

  test('a missing part is reported where it belongs', async () => {
    const lines = [official[0], official[2]?.replace('三', '二'), official[3]?.replace('四', '三')]
    expect(own(await check(bodyTree(lines.join('\n'))))).toEqual([
      '2:1 template-missing Unexpected missing part `存在的不足和原因`, expected it before part `第一责任人职责情况` in profile `annual-report`'
    ])
  })

  test('a missing last part is reported after the last section', async () => {
    const tree = bodyTree(official.slice(0, 3).join('\n'))
    expect(own(await check(tree))).toEqual([
      '3:31 template-missing Unexpected missing part `下一年度主要安排`, expected it after part `第一责任人职责情况` in profile `annual-report`'
    ])
  })

  test('parts out of order: plans before shortcomings', async () => {
    const lines = ['一、主要举措和成效', '二、下一步工作打算', '三、存在的问题', '四、第一责任人履职情况']
    expect(own(await check(bodyTree(lines.join('\n'))))).toEqual([
      '2:1 template-order Unexpected part `下一年度主要安排` before part `存在的不足和原因`, expected it after in profile `annual-report`'
    ])
  })

  test('a part moved to the end is the one reported', async () => {
    const lines = ['一、存在的问题', '二、第一责任人履职情况', '三、下一步工作打算', '四、主要举措和成效']
    expect(own(await check(bodyTree(lines.join('\n'))))).toEqual([
      '4:1 template-order Unexpected part `主要举措和成效` after part `下一年度主要安排`, expected it before in profile `annual-report`'
    ])
  })

  test('parts can be ignored', async () => {
    const tree = bodyTree(official.slice(0, 2).join('\n'))
    expect(
      own(await check(tree, {rules: {'template-missing': ['warn', {ignore: ['duty', 'plans']}]}}))
    ).toEqual([])
  })

  test('a duty report: duty, shortcomings, plans', async () => {
    const lines = ['一、履行推进法治建设第一责任人职责情况', '二、主要成效', '三、存在的不足', '四、下一步打算']
    const file = await check(bodyTree(lines.join('\n'), {kind: 'duty-report'}))
    expect(own(file)).toEqual([])
    expect(file.data.templateParts).toEqual({duty: true, shortcomings: true, plans: true, other: false})
  })
})
