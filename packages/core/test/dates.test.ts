import {describe, expect, test} from 'vitest'
import {findDates, parseDate} from '../src/index.ts'

function date(
  value: string | null,
  year: number | null,
  month: number | null,
  day: number | null,
  damaged = false
) {
  return {value, year, month, day, damaged}
}

describe('parseDate', () => {
  test('reads the written forms', () => {
    const cases: Array<[string, ReturnType<typeof date>]> = [
      ['2021年1月8日', date('2021-01-08', 2021, 1, 8)],
      ['2021年01月08日', date('2021-01-08', 2021, 1, 8)],
      ['２０２１年１月８日', date('2021-01-08', 2021, 1, 8)],
      ['2021 年 1 月 8 日', date('2021-01-08', 2021, 1, 8)],
      ['二〇二一年一月八日', date('2021-01-08', 2021, 1, 8)],
      ['二○二○年十二月三十一日', date('2020-12-31', 2020, 12, 31)],
      ['二零一九年十一月二十日', date('2019-11-20', 2019, 11, 20)],
      ['2021年元月8日', date('2021-01-08', 2021, 1, 8)],
      ['2021年1月8号', date('2021-01-08', 2021, 1, 8)],
      ['2020年4月20日 16:52', date('2020-04-20', 2020, 4, 20)],
      ['  2021年1月8日\u3000', date('2021-01-08', 2021, 1, 8)],
      ['2020年4月', date(null, 2020, 4, null)],
      ['2019年12月份', date(null, 2019, 12, null)],
      ['2020年', date(null, 2020, null, null)],
      ['2019年度', date(null, 2019, null, null)],
      ['二〇二〇年', date(null, 2020, null, null)]
    ]
    expect(cases.map(([text]) => [text, parseDate(text)])).toEqual(cases)
  })

  test('reads the numeric forms, with or without a time', () => {
    const cases: Array<[string, ReturnType<typeof date>]> = [
      ['2020-04-20 16:52:29', date('2020-04-20', 2020, 4, 20)],
      ['2020-04-20 16:52', date('2020-04-20', 2020, 4, 20)],
      ['2020-4-20', date('2020-04-20', 2020, 4, 20)],
      ['2022/01/29 12:07:22', date('2022-01-29', 2022, 1, 29)],
      ['2022/1/29', date('2022-01-29', 2022, 1, 29)],
      ['2022.01.29', date('2022-01-29', 2022, 1, 29)],
      ['2022．1．29', date('2022-01-29', 2022, 1, 29)],
      ['20200414', date('2020-04-14', 2020, 4, 14)]
    ]
    expect(cases.map(([text]) => [text, parseDate(text)])).toEqual(cases)
  })

  test('reads damaged forms and says so', () => {
    const cases: Array<[string, ReturnType<typeof date>]> = [
      ['2020414', date('2020-04-14', 2020, 4, 14, true)],
      ['2020114', date('2020-01-14', 2020, 1, 14, true)],
      ['2020124', date('2020-01-24', 2020, 1, 24, true)],
      ['2020104', date('2020-10-04', 2020, 10, 4, true)],
      ['202048', date('2020-04-08', 2020, 4, 8, true)],
      ['20198月', date(null, 2019, 8, null, true)],
      ['201912月', date(null, 2019, 12, null, true)],
      ['2019年812日', date('2019-08-12', 2019, 8, 12, true)],
      ['2021年1月8', date('2021-01-08', 2021, 1, 8, true)]
    ]
    expect(cases.map(([text]) => [text, parseDate(text)])).toEqual(cases)
  })

  test('validates months and days', () => {
    for (const text of [
      '2021年13月1日',
      '2021年2月29日',
      '2021-04-31',
      '2021年0月1日',
      '2020940',
      '2020134',
      '2020011',
      '20201340',
      '1850年1月1日',
      '2021年1月8日前',
      '特此报告',
      '2020',
      '12345',
      ''
    ]) {
      expect([text, parseDate(text)]).toEqual([text, null])
    }

    expect(parseDate('2020年2月29日')).toEqual(date('2020-02-29', 2020, 2, 29))
  })
})

describe('findDates', () => {
  test('finds dates in running text with their spans', () => {
    const text = '信息来源:办公室 | 发布时间:2020-04-20 16:52,成文于2020年4月14日。'
    const first = text.indexOf('2020-04-20')
    const second = text.indexOf('2020年4月14日')
    expect(findDates(text)).toEqual([
      {...date('2020-04-20', 2020, 4, 20), index: first, end: first + 16},
      {...date('2020-04-14', 2020, 4, 14), index: second, end: second + 10}
    ])
    expect(text.slice(first, first + 16)).toBe('2020-04-20 16:52')
  })

  test('finds month-level and damaged dates but not years or numbers', () => {
    const text =
      '2019年,共办理180534件。20198月,召开会议;清理20151月至2019年12月的文件,索引号201140958/2022-03057'
    const at = (part: string) => text.indexOf(part)
    expect(findDates(text)).toEqual([
      {...date(null, 2019, 8, null, true), index: at('20198月'), end: at('20198月') + 6},
      {...date(null, 2015, 1, null, true), index: at('20151月'), end: at('20151月') + 6},
      {...date(null, 2019, 12, null), index: at('2019年12月'), end: at('2019年12月') + 8}
    ])
  })

  test('finds Chinese-numeral dates in running text', () => {
    const text = '会议于二〇二一年一月八日召开，二〇二〇年全年'
    expect(findDates(text)).toEqual([
      {...date('2021-01-08', 2021, 1, 8), index: 3, end: 12}
    ])
  })

  test('does not read ranges or digit runs as dates', () => {
    expect(findDates('纲要(2017-2020年)，电话0716-5227196，共2020414件')).toEqual([])
  })
})
