import {expect, test} from 'vitest'
import {findEnumeration, parseEnumerationMarker} from '../src/index.ts'

test('parseEnumerationMarker reads `N是` and `第N,` after a boundary', () => {
  expect(parseEnumerationMarker('一是强化党的领导', 0)).toEqual({
    numbering: {marker: '一是', ordinal: 1, style: '一是'},
    index: 0,
    end: 2
  })
  expect(parseEnumerationMarker('部署。十二是加强', 3)).toEqual({
    numbering: {marker: '十二是', ordinal: 12, style: '一是'},
    index: 3,
    end: 6
  })
  expect(parseEnumerationMarker('如下:第一，加强', 3)).toEqual({
    numbering: {marker: '第一，', ordinal: 1, style: '第一,'},
    index: 3,
    end: 6
  })
})

test('parseEnumerationMarker rejects words that only contain `一是`', () => {
  expect(parseEnumerationMarker('统一是关键', 1)).toBe(null)
  expect(parseEnumerationMarker('这是一是', 2)).toBe(null)
  expect(parseEnumerationMarker('排名第一,', 2)).toBe(null)
  expect(parseEnumerationMarker('第一时间', 0)).toBe(null)
  expect(parseEnumerationMarker('两是', 0)).toBe(null)
  expect(parseEnumerationMarker('强化', 0)).toBe(null)
})

test('findEnumeration finds a run of ordinals in sequence', () => {
  const text = '县委印发了纲要。一是强化领导,落实责任。二是健全机制。三是严格考核。'
  expect(findEnumeration(text)).toEqual([
    {numbering: {marker: '一是', ordinal: 1, style: '一是'}, index: 8, end: 10},
    {numbering: {marker: '二是', ordinal: 2, style: '一是'}, index: 20, end: 22},
    {numbering: {marker: '三是', ordinal: 3, style: '一是'}, index: 27, end: 29}
  ])
})

test('findEnumeration accepts later markers that lost their punctuation', () => {
  const text = '一是科学拟定方案。共减少14二是积极推动,100%三是审核'
  expect(findEnumeration(text)?.map((marker) => marker.index)).toEqual([
    0, 14, 25
  ])
})

test('findEnumeration reads `第一,…第二,…` runs', () => {
  expect(
    findEnumeration('主要做法:第一,加强学习;第二，完善制度。')?.map(
      (marker) => marker.numbering.marker
    )
  ).toEqual(['第一,', '第二，'])
})

test('findEnumeration needs two items inside a paragraph', () => {
  expect(findEnumeration('会议指出,一是重要的。')).toBe(null)
  expect(findEnumeration('这是一是,二是二的道理')).toBe(null)
  expect(findEnumeration('会议指出,二是关键,三是重点')).toBe(null)
})

test('findEnumeration takes a single `一是` opening the paragraph', () => {
  expect(findEnumeration('一是提高领导干部法治素养。1.不断健全')).toEqual([
    {numbering: {marker: '一是', ordinal: 1, style: '一是'}, index: 0, end: 2}
  ])
})

test('findEnumeration continues a run from an earlier paragraph', () => {
  const text = '二是强化监督检查,坚持依法办事。'
  expect(findEnumeration(text)).toBe(null)
  expect(
    findEnumeration(text, {continues: {style: '一是', ordinal: 1}})
  ).toEqual([
    {numbering: {marker: '二是', ordinal: 2, style: '一是'}, index: 0, end: 2}
  ])
  expect(
    findEnumeration(text, {continues: {style: '一是', ordinal: 2}})
  ).toBe(null)
})

test('findEnumeration skips a start that no item continues and takes the next run', () => {
  expect(
    findEnumeration('会议指出,一是重要的。第一,加强学习;第二,完善制度')?.map(
      (marker) => [marker.numbering.marker, marker.index]
    )
  ).toEqual([
    ['第一,', 11],
    ['第二,', 19]
  ])
  // `二是` cannot start a run: the `一是` after it does.
  expect(
    findEnumeration('会议指出,二是关键。一是加强学习;二是完善制度')?.map(
      (marker) => marker.index
    )
  ).toEqual([10, 17])
})

test('findEnumeration reads markers of one to three numerals, left to right', () => {
  // Four numerals before `是`: the marker can only start at the second,
  // which has no boundary before it.
  expect(parseEnumerationMarker('一二三四是', 0)).toBe(null)
  expect(findEnumeration('一二三四是,二是')).toBe(null)
  expect(findEnumeration('十二是要,十三是要')).toBe(null)
  // `第一时间` is no marker; `第一,` after it is.
  expect(
    findEnumeration('第一时间处置。第一,快速;第二,准确')?.map(
      (marker) => marker.index
    )
  ).toEqual([7, 13])
  // A count (`两是`) is stepped over, not taken for an item.
  expect(
    findEnumeration('一是加强,两是,二是完善')?.map((marker) => marker.index)
  ).toEqual([0, 8])
})

test('findEnumeration pairs the first start with the first item continuing it', () => {
  const text = '，一是加强'.repeat(2000) + '，二是完善'
  expect(findEnumeration(text)).toEqual([
    {numbering: {marker: '一是', ordinal: 1, style: '一是'}, index: 1, end: 3},
    {
      numbering: {marker: '二是', ordinal: 2, style: '一是'},
      index: 10_001,
      end: 10_003
    }
  ])
})
