import {readdir} from 'node:fs/promises'
import {failedSummary} from '@baogao/core'
import type {DocumentSummary} from '@baogao/core'
import {describe, expect, test} from 'vitest'
import {removeTemporaryFiles} from '../src/lib/write-output.ts'
import {RowStore} from '../src/lib/row-store.ts'
import {temporaryFolder} from './helpers.ts'

const row = (file: string, title: string): DocumentSummary => ({...failedSummary(file, 'x'), status: 'ok', reason: null, title, headings: [{path: '一', depth: 1, ordinal: 1, title: `${title}的第一节`}]})

describe('RowStore', () => {
  test('gives rows back in input order whatever order they came in, a fallback for missing ones, each pass anew', async () => {
    const folder = await temporaryFolder()
    const store = new RowStore<DocumentSummary>(folder, 'run-1', {name: 'rows', count: 4})
    const rows = [row('a.txt', '甲𠮷'), row('b.txt', '乙'), row('c.txt', '丙'), row('d.txt', '丁')]
    store.put(2, rows[2]!)
    store.put(0, rows[0]!)
    store.put(3, rows[3]!)
    const fallback = (index: number): DocumentSummary => failedSummary(`missing-${index}`, 'interrupted')

    expect([...store.values(fallback)]).toEqual([rows[0], fallback(1), rows[2], rows[3]])
    expect([...store.values(fallback)]).toEqual([rows[0], fallback(1), rows[2], rows[3]])
    expect(await readdir(folder)).toEqual(['.baogao-rows.run-1.baogao-tmp'])

    store.dispose()
    expect(await readdir(folder)).toEqual([])
  })

  test('reads lazily: a row is read when the iteration reaches it', async () => {
    const folder = await temporaryFolder()
    const store = new RowStore<DocumentSummary>(folder, 'run-2', {name: 'rows', count: 2})
    store.put(0, row('a.txt', '甲'))
    store.put(1, row('b.txt', '乙'))
    const iterator = store.values(() => failedSummary('none', 'none'))
    expect(iterator.next().value).toMatchObject({file: 'a.txt'})
    store.put(1, row('b2.txt', '乙二'))
    expect(iterator.next().value).toMatchObject({file: 'b2.txt'})
    store.dispose()
  })

  test('is a temporary file: a killed run’s store is removed by the next run', async () => {
    const folder = await temporaryFolder()
    const store = new RowStore<DocumentSummary>(folder, 'run-3', {name: 'records', count: 1})
    store.put(0, row('a.txt', '甲'))
    expect(await removeTemporaryFiles(folder)).toBe(1)
    expect(await readdir(folder)).toEqual([])
    store.dispose()
  })
})

test('RowStore refuses an index outside its inputs', async () => {
  const folder = await temporaryFolder()
  const store = new RowStore<number>(folder, 'run-4', {name: 'rows', count: 2})
  expect(() => store.put(2, 1)).toThrow(new RangeError('Unexpected input index `2`, expected an integer from 0 to 1'))
  expect(() => store.put(-1, 1)).toThrow(RangeError)
  store.put(1, 7)
  expect([...store.values(() => 0)]).toEqual([0, 7])
  store.dispose()
})
