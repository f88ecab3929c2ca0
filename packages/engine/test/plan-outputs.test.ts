import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {InputList} from '../src/lib/input-list.ts'
import {planOutputs} from '../src/lib/plan-outputs.ts'
import type {EnginePipeline} from '../src/lib/pipeline-module.ts'

const root = path.resolve('/reports')
const shared = {pipelineModule: 'file:///pipelines.js', fingerprint: 'f', outDir: path.resolve('/out'), force: false}
const definition = {name: 'nightly', extension: '.json', batch: [{file: 'summary.xlsx'}, {file: 'Index.json'}]} as unknown as EnginePipeline

function plan(names: Array<string>): Array<[string, string]> {
  const inputs = InputList.from({root, inputs: names.map((name) => ({path: path.resolve(root, name), name}))})
  return Array.from(planOutputs(inputs, definition, shared), (item) =>
    item.task ? [item.task.name, item.task.output] : [item.outcome.record.file, item.outcome.record.reason ?? ''])
}

describe('planOutputs', () => {
  test('a task per input, with its output name and path', () => {
    const inputs = InputList.from({root, inputs: [{path: path.resolve(root, 'sub/a.txt'), name: 'sub/a.txt'}]})
    expect(Array.from(planOutputs(inputs, definition, shared))).toEqual([
      {index: 0, task: {...shared, pipeline: 'nightly', path: path.resolve(root, 'sub/a.txt'), name: 'sub/a.txt', output: 'sub/a.json'}}
    ])
  })

  test('the first input in input order claims an output name, whatever the case', () => {
    expect(plan(['A.html', 'a.b.txt', 'a.txt', 'sub/a.txt', 'x.htm', 'x.html'])).toEqual([
      ['A.html', 'A.json'],
      ['a.b.txt', 'a.b.json'],
      ['a.txt', 'Cannot process `a.txt`: its output `a.json` is already the output of `A.html`; rename one of them'],
      ['sub/a.txt', 'sub/a.json'],
      ['x.htm', 'x.json'],
      ['x.html', 'Cannot process `x.html`: its output `x.json` is already the output of `x.htm`; rename one of them']
    ])
  })

  test('names the run reserves are never claimed, so a later input with the same name is failed for the same reason', () => {
    expect(plan(['.baogao-cache/c.txt', 'INDEX.htm', 'Manifest.html', 'manifest.txt', 'summary.xlsx.txt'])).toEqual([
      ['.baogao-cache/c.txt', 'Cannot process `.baogao-cache/c.txt`: its output `.baogao-cache/c.json` is a name the run reserves for itself; rename the input'],
      ['INDEX.htm', 'Cannot process `INDEX.htm`: its output `INDEX.json` is a name the run reserves for itself; rename the input'],
      ['Manifest.html', 'Cannot process `Manifest.html`: its output `Manifest.json` is a name the run reserves for itself; rename the input'],
      ['manifest.txt', 'Cannot process `manifest.txt`: its output `manifest.json` is a name the run reserves for itself; rename the input'],
      ['summary.xlsx.txt', 'summary.xlsx.json']
    ])
  })
})
