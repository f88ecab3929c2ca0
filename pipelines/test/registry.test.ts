import emitJson from '@baogao/emit-json'
import parsePlainText from '@baogao/parse-plain-text'
import redactContacts from '@baogao/redact-contacts'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {createProcessor, getPipeline, pipelines} from '../src/index.ts'

describe('registry', () => {
  it('lists the named pipelines in name order, frozen', () => {
    expect(Object.keys(pipelines)).toEqual(['nightly', 'portal-to-json', 'text-to-json'])
    expect(Object.isFrozen(pipelines)).toBe(true)
    for (const [name, definition] of Object.entries(pipelines)) {
      expect(definition.name).toBe(name)
    }
  })

  it('finds a pipeline by name, and nothing for an unknown or inherited name', () => {
    expect(getPipeline('text-to-json')).toBe(pipelines['text-to-json'])
    expect(getPipeline('json-to-text')).toBeUndefined()
    expect(getPipeline('constructor')).toBeUndefined()
    expect(getPipeline('__proto__')).toBeUndefined()
  })
})

describe('text-to-json', () => {
  const definition = getPipeline('text-to-json')!

  it('is plain text → parse-plain-text → redact-contacts → emit-json → `.json`, with no batch outputs', () => {
    expect({
      name: definition.name,
      accepts: definition.accepts,
      parsers: Object.fromEntries(Object.entries(definition.parsers).map(([kind, step]) => [kind, [step.plugin, step.parameters]])),
      transformers: definition.transformers,
      compiler: [definition.compiler.plugin, definition.compiler.parameters],
      extension: definition.extension,
      batch: definition.batch
    }).toEqual({
      name: 'text-to-json',
      accepts: ['plain-text'],
      parsers: {'plain-text': [parsePlainText, []]},
      transformers: [{role: 'transformer', name: 'redactContacts', plugin: redactContacts, parameters: []}],
      compiler: [emitJson, []],
      extension: '.json',
      batch: []
    })
    expect(definition.description).toMatch(/\S/)
  })

  it('compiles a small report to normalized JSON through parse, run and stringify', async () => {
    const processor = createProcessor(definition, 'plain-text')
    const file = new VFile({path: 'in/a.txt', value: '某县人民政府2020年法治政府建设工作报告\n现将有关情况报告如下:\n一、主要举措\n推进依法行政。\n特此报告。\n'})
    const tree = await processor.run(processor.parse(file), file)
    const report = JSON.parse(processor.stringify(tree, file)) as Record<string, unknown>
    // The parser's details are its own tests' business; here the pieces
    // must be wired: parsed metadata and sections reach the JSON.
    expect(report.schemaVersion).toBe(1)
    expect(report.meta).toMatchObject({title: '某县人民政府2020年法治政府建设工作报告', year: 2020, source: {kind: 'plain-text', path: 'in/a.txt'}})
    expect(report.preamble).toEqual(['现将有关情况报告如下:'])
    expect(report.sections).toMatchObject([{marker: '一、', ordinal: 1, depth: 1, title: '主要举措', paragraphs: ['推进依法行政。']}])
    expect(report.closing).toBe('特此报告。')
  })
})
