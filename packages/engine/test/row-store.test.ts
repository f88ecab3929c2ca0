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
    const store = new RowStore(folder, 'run-1')
    const rows = [row('a.txt', '甲𠮷'), row('b.txt', '乙'), row('c.txt', '丙'), row('d.txt', '丁')]
    store.put(2, rows[2]!)
    store.put(0, rows[0]!)
    store.put(3, rows[3]!)
    const fallback = (index: number): DocumentSummary => failedSummary(`missing-${index}`, 'interrupted')

    expect([...store.rows(4, fallback)]).toEqual([rows[0], fallback(1), rows[2], rows[3]])
    expect([...store.rows(4, fallback)]).toEqual([rows[0], fallback(1), rows[2], rows[3]])
    expect(await readdir(folder)).toEqual(['.baogao-rows.run-1.baogao-tmp'])

    store.dispose()
    expect(await readdir(folder)).toEqual([])
  })

  test('reads lazily: a row is read when the iteration reaches it', async () => {
    const folder = await temporaryFolder()
    const store = new RowStore(folder, 'run-2')
    store.put(0, row('a.txt', '甲'))
    store.put(1, row('b.txt', '乙'))
    const iterator = store.rows(2, () => failedSummary('none', 'none'))
    expect(iterator.next().value).toMatchObject({file: 'a.txt'})
    store.put(1, row('b2.txt', '乙二'))
    expect(iterator.next().value).toMatchObject({file: 'b2.txt'})
    store.dispose()
  })

  test('is a temporary file: a killed run’s store is removed by the next run', async () => {
    const folder = await temporaryFolder()
    const store = new RowStore(folder, 'run-3')
    store.put(0, row('a.txt', '甲'))
    expect(await removeTemporaryFiles(folder)).toBe(1)
    expect(await readdir(folder)).toEqual([])
    store.dispose()
  })
})
