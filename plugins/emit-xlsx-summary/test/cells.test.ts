import {describe, expect, it} from 'vitest'
import {dateSerial, displayWidth, toCell} from '../src/lib/cells.ts'

describe('dateSerial', () => {
  it('gives Excel serial days for real `YYYY-MM-DD` dates', () => {
    expect(
      ['1900-03-01', '1970-01-01', '2020-02-29', '2022-03-31', '9999-12-31'].map(dateSerial)
    ).toEqual([61, 25_569, 43_890, 44_651, 2_958_465])
  })

  it('gives nothing for days that are not real or not `YYYY-MM-DD`', () => {
    expect(
      [
        '2021-02-29',
        '2021-02-30',
        '2021-13-01',
        '2021-00-10',
        '2021-1-1',
        '2021年3月1日',
        '2021-03-01 10:00',
        '1900-02-28',
        ''
      ].map(dateSerial)
    ).toEqual(Array.from({length: 9}, () => undefined))
  })
})

describe('displayWidth', () => {
  it('counts wide, full-width and ambiguous characters double', () => {
    expect(
      ['', 'abc', '报告', '１２', '“中”', '①', '𠀀', 'ｱ', 'a报'].map(displayWidth)
    ).toEqual([0, 3, 4, 4, 6, 2, 2, 1, 3])
  })
})

describe('toCell', () => {
  it('types values by column kind, and leaves `null` and `""` empty', () => {
    expect([
      toCell('text', null),
      toCell('text', ''),
      toCell('text', '=1+1'),
      toCell('number', 42),
      toCell('number', 0),
      toCell('number', Number.NaN),
      toCell('boolean', false),
      toCell('date', '2022-03-31'),
      toCell('date', '2022-02-30'),
      toCell('date', null)
    ]).toEqual([
      undefined,
      undefined,
      {t: 's', v: '=1+1'},
      {t: 'n', v: 42},
      {t: 'n', v: 0},
      {t: 's', v: 'NaN'},
      {t: 'b', v: false},
      {t: 'n', v: 44_651, z: 'yyyy-mm-dd'},
      {t: 's', v: '2022-02-30'},
      undefined
    ])
  })

  it('cuts text at 32,767 characters without splitting a surrogate pair', () => {
    const exact = 'a'.repeat(32_767)
    expect(toCell('text', exact)).toEqual({t: 's', v: exact})
    const astral = 'a'.repeat(32_765) + '𠀀𠀀'
    const cut = toCell('text', astral)
    expect(cut).toEqual({t: 's', v: 'a'.repeat(32_765) + '…'})
  })
})
