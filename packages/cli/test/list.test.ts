import {pipelines} from '@baogao/pipelines'
import {describe, expect, test} from 'vitest'
import {baogao} from './helpers.ts'

// Descriptions come from the registry, so the test follows their wording.
const textToJson = pipelines['text-to-json']

describe('baogao list', () => {
  test('lists each pipeline with its description, accepted kinds, outputs and plugins', async () => {
    const result = await baogao(['list'])
    expect(result.code).toBe(0)
    expect(result.stdout.startsWith('Pipelines:\n')).toBe(true)
    expect(result.stdout).toContain(`  text-to-json\n    ${textToJson?.description}\n    accepts: plain-text\n    outputs: one *.json per input\n    plugins: parsePlainText → redactContacts → emitJson\n`)
    // Parsers are alternatives, one per input kind; the rest run in order.
    expect(result.stdout).toContain('    plugins: parsePlainText | parsePortalHtml → validateSectionOrder → redactContacts → emitJson\n')
    expect(result.stdout).toMatch(/\nPlugins:\n(.+\n)*  parsePlainText +parser +(.+, )?text-to-json\n/)
    // One entry per registered pipeline, in name order.
    const listed = [...result.stdout.matchAll(/^ {2}([a-z][a-z\d-]*)$/gm)].map((match) => match[1])
    expect(listed).toEqual(Object.keys(pipelines).sort())
  })

  test('--json gives the same as data', async () => {
    const result = await baogao(['list', '--json'])
    const listing = JSON.parse(result.stdout) as {pipelines: Array<{name: string}>, plugins: Array<{name: string, role: string, pipelines: Array<string>}>}
    expect(listing.pipelines.map((pipeline) => pipeline.name)).toEqual(Object.keys(pipelines).sort())
    expect(listing.pipelines.find((pipeline) => pipeline.name === 'text-to-json')).toEqual({
      name: 'text-to-json',
      description: textToJson?.description,
      accepts: ['plain-text'],
      extension: '.json',
      plugins: [
        {role: 'parser', name: 'parsePlainText', kind: 'plain-text'},
        {role: 'transformer', name: 'redactContacts'},
        {role: 'compiler', name: 'emitJson'}
      ],
      batch: []
    })
    expect(listing.plugins.find((plugin) => plugin.name === 'emitJson')).toMatchObject({role: 'compiler'})
    expect(listing.plugins.find((plugin) => plugin.name === 'emitJson')?.pipelines).toContain('text-to-json')
  })
})
