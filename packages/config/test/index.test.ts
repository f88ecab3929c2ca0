import {readFile, writeFile} from 'node:fs/promises'
import {expect, test} from 'vitest'
import {configJsonSchema} from '../src/lib/schema.ts'

test('exports the public API', async () => {
  expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
    'ConfigError',
    'buildConfig',
    'candidateNames',
    'configPipelineModule',
    'configSchema',
    'createPipelineModule',
    'findConfig',
    'loadConfig',
    'pipelineModuleUrl',
    'readConfig',
    'resolvePlugin',
    'searchPlaces'
  ])
})

test('ships the JSON Schema of the config (UPDATE=1 rewrites schema.json)', async () => {
  const file = new URL('../schema.json', import.meta.url)
  const expected = JSON.stringify(configJsonSchema(), null, 2) + '\n'
  if (process.env['UPDATE']) await writeFile(file, expected)
  expect(await readFile(file, 'utf8')).toBe(expected)
})
