import {describe, expect, it} from 'vitest'
import {defaultUnits, findIndicators} from '../src/index.ts'

describe('findIndicators', () => {
  it('finds numbers with counting units, full-width and decimal ones too', () => {
    expect(findIndicators('办理案件120件,培训3200人次,达标率95.29%,审查8000余份,投入2063.45万元,增长１５％,提高2个百分点。').map((found) => found.value)).toEqual([
      '120件',
      '3200人次',
      '95.29%',
      '8000余份',
      '2063.45万元',
      '１５％',
      '2个百分点'
    ])
  })

  it('passes over years, months, ordinals, document numbers and bare numbers', () => {
    expect(findIndicators('2023年1-10月召开第3次会议,依照某政发〔2019〕23号,热线12345,第12件')).toEqual([])
  })

  it('gives the index of each indicator', () => {
    expect(findIndicators('共12件,另3项')).toEqual([
      {value: '12件', index: 1},
      {value: '3项', index: 6}
    ])
  })

  it('counts with the units given', () => {
    expect(findIndicators('办理12件,查处3宗', ['宗']).map((found) => found.value)).toEqual(['3宗'])
    expect(findIndicators('办理12件', [])).toEqual([])
    expect(findIndicators('增长1.5倍', ['倍', '.'])).toEqual([{value: '1.5倍', index: 2}])
  })

  it('has units longest first where one starts another', () => {
    expect(defaultUnits.indexOf('人次')).toBeLessThan(defaultUnits.indexOf('人'))
    expect(defaultUnits.indexOf('个百分点')).toBeLessThan(defaultUnits.indexOf('个'))
  })
})
