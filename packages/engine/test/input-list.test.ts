import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {InputList} from '../src/lib/input-list.ts'

const root = path.resolve('/reports')

function list(names: Array<string>): InputList {
  return InputList.from({root, inputs: names.map((name) => ({path: path.resolve(root, name), name}))})
}

describe('InputList', () => {
  test('gives back every name and its absolute path, in order', () => {
    // A lone surrogate, as a Windows file name may hold, is kept too.
    const names = ['a.txt', '北京市/海淀区2023年法治政府建设年度报告.html', 'sub/deep/b c.htm', 'x\uD800y.txt', 'z.TXT']
    const inputs = list(names)
    expect(inputs.length).toBe(5)
    expect(inputs.root).toBe(root)
    expect(names.map((_, index) => inputs.name(index))).toEqual(names)
    expect(names.map((_, index) => inputs.path(index))).toEqual(names.map((name) => path.resolve(root, name)))
  })

  test('holds an empty list', () => {
    expect(list([]).length).toBe(0)
  })

  test('refuses an index outside the list', () => {
    const inputs = list(['a.txt'])
    expect(() => inputs.name(1)).toThrow('Unexpected input index `1`, expected an integer from 0 to 0')
    expect(() => inputs.name(-1)).toThrow(RangeError)
    expect(() => inputs.name(0.5)).toThrow(RangeError)
  })
})
