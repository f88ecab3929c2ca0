import {readFileSync} from 'node:fs'
import emitJson from '@baogao/emit-json'
import parsePlainText from '@baogao/parse-plain-text'
import redactContacts from '@baogao/redact-contacts'
import parsePortalHtml from '@baogao/parse-portal-html'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {createProcessor, getPipeline} from '../src/index.ts'

describe('portal-to-json', () => {
  const definition = getPipeline('portal-to-json')!

  it('is portal pages (or their text dumps) → parse-portal-html / parse-plain-text → redact-contacts → emit-json → `.json`', () => {
    expect({
      name: definition.name,
      accepts: definition.accepts,
      parsers: Object.fromEntries(Object.entries(definition.parsers).map(([kind, step]) => [kind, [step.plugin, step.parameters]])),
      transformers: definition.transformers,
      compiler: [definition.compiler.plugin, definition.compiler.parameters],
      extension: definition.extension,
      batch: definition.batch
    }).toEqual({
      name: 'portal-to-json',
      accepts: ['plain-text', 'portal-html'],
      parsers: {'plain-text': [parsePlainText, []], 'portal-html': [parsePortalHtml, []]},
      transformers: [{role: 'transformer', name: 'redactContacts', plugin: redactContacts, parameters: []}],
      compiler: [emitJson, []],
      extension: '.json',
      batch: []
    })
    expect(definition.description).toMatch(/\S/)
  })

  it('compiles the bytes of a GBK portal page to the same report as its text', async () => {
    const html = new Uint8Array(readFileSync(new URL('../../samples/html/001_3bbaca17e2977359.html', import.meta.url)))
    const golden = JSON.parse(readFileSync(new URL('../../samples/expected/001_3bbaca17e2977359.json', import.meta.url), 'utf8'))
    const processor = createProcessor(definition, 'portal-html')
    const file = new VFile({path: 'in/001.html', value: html})
    const tree = await processor.run(processor.parse(file), file)
    const report = JSON.parse(String(processor.stringify(tree, file))) as typeof golden
    expect(report.meta).toMatchObject({...golden.meta, source: {kind: 'portal-html', path: 'in/001.html'}})
    expect([report.preamble, report.sections, report.closing, report.signature]).toEqual([
      golden.preamble,
      golden.sections,
      golden.closing,
      golden.signature
    ])
  })
})
