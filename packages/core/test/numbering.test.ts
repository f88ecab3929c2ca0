import {describe, expect, test} from 'vitest'
import {isSpace, numberingRank, parseNumbering} from '../src/index.ts'

describe('parseNumbering', () => {
  test('recognises every marker variant with its style, rank and end', () => {
    const cases = [
      ['一、加强组织领导', '一、', 1, '一、', 1, 2],
      ['十二、其他', '十二、', 12, '一、', 1, 3],
      ['二十三、其他', '二十三、', 23, '一、', 1, 4],
      ['一.加强', '一.', 1, '一.', 1, 2],
      ['三．加强', '三．', 3, '一.', 1, 2],
      ['(一)认真研究', '(一)', 1, '(一)', 2, 3],
      ['（二）认真研究', '（二）', 2, '(一)', 2, 3],
      ['(二十三)认真研究', '(二十三)', 23, '(一)', 2, 5],
      ['（ 四 ）认真', '（ 四 ）', 4, '(一)', 2, 5],
      ['〔五〕认真', '〔五〕', 5, '(一)', 2, 3],
      ['(一）混合括号', '(一）', 1, '(一)', 2, 3],
      ['㈢认真', '㈢', 3, '(一)', 2, 1],
      ['（一）、认真', '（一）、', 1, '(一)', 2, 4],
      ['(2).认真', '(2).', 2, '(1)', 4, 4],
      ['①、认真', '①、', 1, '①', 5, 2],
      ['一）认真', '一）', 1, '(一)', 2, 2],
      ['十二)认真', '十二)', 12, '(一)', 2, 3],
      ['1.法治政府建设稳步推进。', '1.', 1, '1.', 3, 2],
      ['12．法治', '12．', 12, '1.', 3, 3],
      ['１.法治', '１.', 1, '1.', 3, 2],
      ['１．法治', '１．', 1, '1.', 3, 2],
      ['⒉法治', '⒉', 2, '1.', 3, 1],
      ['1、法治', '1、', 1, '1、', 3, 2],
      ['２、法治', '２、', 2, '1、', 3, 2],
      ['(1)法治', '(1)', 1, '(1)', 4, 3],
      ['（１）法治', '（１）', 1, '(1)', 4, 3],
      ['(12)法治', '(12)', 12, '(1)', 4, 4],
      ['⑶法治', '⑶', 3, '(1)', 4, 1],
      ['1)法治', '1)', 1, '1)', 4, 2],
      ['2）法治', '2）', 2, '1)', 4, 2],
      ['①法治', '①', 1, '①', 5, 1],
      ['⑳法治', '⑳', 20, '①', 5, 1],
      ['第一部分 基本情况', '第一部分', 1, '第一部分', 0, 5],
      ['第二部分:主要举措', '第二部分:', 2, '第一部分', 0, 5],
      ['第三部分、存在问题', '第三部分、', 3, '第一部分', 0, 5],
      ['第一章 总则', '第一章', 1, '第一章', 0, 4],
      ['第十二章总则', '第十二章', 12, '第一章', 0, 4],
      ['第3节 执法', '第3节', 3, '第一节', 1, 4]
    ] as const

    for (const [text, marker, ordinal, style, rank, end] of cases) {
      expect([text, parseNumbering(text)]).toEqual([
        text,
        {numbering: {marker, ordinal, style}, rank, end}
      ])
    }
  })

  test('skips ASCII, no-break and ideographic spaces after a marker', () => {
    expect(parseNumbering('一、 \u00a0\u3000加强')).toEqual({
      numbering: {marker: '一、', ordinal: 1, style: '一、'},
      rank: 1,
      end: 5
    })
    expect(parseNumbering('2. 探索执行容错免责机制')?.end).toBe(3)
    expect(parseNumbering('(一)')?.end).toBe(3)
  })

  test('does not take numbers that start sentences for markers', () => {
    for (const text of [
      '2020年,按照中央、省和市的要求',
      '1-10月,全县共受理',
      '2.5亿元用于',
      '3·15消费者权益保护日',
      '1.5万人次',
      '12.3%的',
      '2019年度工作',
      '2022.01.29',
      '2020.4.14',
      '12345热线',
      '100.法治',
      '(2019)23号',
      '（2019）',
      '1、2月份',
      '1、3、5号',
      '一是强化党的领导',
      '二是加强',
      '第一,加强',
      '第一时间',
      '一系列改革',
      '一批案件',
      '一窗受理',
      '一、二季度',
      '两、三个',
      '〇、',
      '二〇二一.',
      '第一部分是',
      '十分重要',
      '[1]《条例》',
      '法治政府建设',
      '一',
      '1',
      '12',
      '(',
      '(一',
      ''
    ]) {
      expect([text, parseNumbering(text)]).toEqual([text, null])
    }
  })

  test('keeps headings that merely start with a numeral', () => {
    expect(parseNumbering('一、三项制度全面落实')?.numbering.marker).toBe('一、')
    expect(parseNumbering('一、二〇二〇年工作回顾')?.numbering.marker).toBe(
      '一、'
    )
    expect(parseNumbering('1、2020年以来,我县')?.numbering.marker).toBe('1、')
    expect(parseNumbering('1.“一窗式改革')?.numbering.marker).toBe('1.')
  })
})

test('numberingRank gives the standard level of each style', () => {
  expect(
    (
      [
        '第一部分',
        '第一章',
        '第一节',
        '一、',
        '一.',
        '(一)',
        '1.',
        '1、',
        '(1)',
        '1)',
        '①',
        '一是',
        '第一,'
      ] as const
    ).map((style) => numberingRank(style))
  ).toEqual([0, 0, 1, 1, 1, 2, 3, 3, 4, 4, 5, 6, 6])
})

test('isSpace takes one whitespace character, zero-width space included', () => {
  expect(
    [' ', '\t', '\n', '\u00a0', '\u2002', '\u3000', '\u200b', '\ufeff'].map(
      (character) => isSpace(character)
    )
  ).toEqual([true, true, true, true, true, true, true, true])
  expect(
    ['a', '一', '\u200c', '', '  ', undefined].map((character) =>
      isSpace(character)
    )
  ).toEqual([false, false, false, false, false, false])
})
