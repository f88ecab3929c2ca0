import {describe, expect, test} from 'vitest'
import {parseChineseNumeral, toHalfWidthDigits} from '../src/index.ts'

describe('parseChineseNumeral', () => {
  test('reads positional Chinese numerals', () => {
    const cases: Array<[string, number]> = [
      ['一', 1],
      ['九', 9],
      ['十', 10],
      ['十一', 11],
      ['十九', 19],
      ['二十', 20],
      ['二十三', 23],
      ['九十九', 99],
      ['一百', 100],
      ['百', null as unknown as number],
      ['一百零五', 105],
      ['一百一十', 110],
      ['一百十', 110],
      ['九百九十九', 999],
      ['三千零二十', 3020],
      ['廿三', 23],
      ['卅', 30],
      ['两', 2],
      ['两百', 200],
      ['叁拾', 30],
      ['〇', 0],
      ['零', 0]
    ]
    expect(cases.map(([text]) => [text, parseChineseNumeral(text)])).toEqual(
      cases
    )
  })

  test('reads digit-by-digit numerals as in years', () => {
    expect(parseChineseNumeral('二〇二一')).toBe(2021)
    expect(parseChineseNumeral('二零二零')).toBe(2020)
    expect(parseChineseNumeral('二○一九')).toBe(2019)
    expect(parseChineseNumeral('一九四九')).toBe(1949)
  })

  test('reads Arabic and full-width digits', () => {
    expect(parseChineseNumeral('23')).toBe(23)
    expect(parseChineseNumeral('２３')).toBe(23)
    expect(parseChineseNumeral('0')).toBe(0)
  })

  test('rejects what is not exactly one numeral', () => {
    for (const text of [
      '',
      '一是',
      '十十',
      '一百五',
      '零十',
      '五十零',
      '二两',
      '2十',
      '二廿',
      '1.5',
      ' 1',
      '一系列'
    ]) {
      expect([text, parseChineseNumeral(text)]).toEqual([text, null])
    }
  })
})

test('toHalfWidthDigits converts only full-width digits', () => {
  expect(toHalfWidthDigits('０７１６-５２２７一二')).toBe('0716-5227一二')
})
