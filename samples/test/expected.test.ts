/**
 * The golden outputs: `samples/expected/<name>.json` is the `text-to-json`
 * output of `samples/text/<name>.txt`. Regenerate them only on purpose, with
 * `npm run samples:update` (or `UPDATE=1 npx vitest run` in `samples/`),
 * and review the diff.
 */
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {Ajv2020} from 'ajv/dist/2020.js'
import {createProcessor, getPipeline} from '@baogao/pipelines'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

const update = process.env.UPDATE === '1'
const textFolder = new URL('../text/', import.meta.url)
const expectedFolder = new URL('../expected/', import.meta.url)
// The schema as shipped, through the package's `./schema.json` export.
const schema = createRequire(import.meta.url)('@baogao/emit-json/schema.json') as object
const validate = new Ajv2020({allErrors: true, strict: true}).compile(schema)

const names = readdirSync(textFolder)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -'.txt'.length))
  .sort()

const definition = getPipeline('text-to-json')!
const processor = createProcessor(definition, 'plain-text')

async function compile(name: string): Promise<string> {
  // A path relative to the repository root, so goldens do not depend on
  // where the repository is checked out.
  const file = new VFile({
    path: `samples/text/${name}.txt`,
    value: readFileSync(new URL(`${name}.txt`, textFolder), 'utf8')
  })
  const tree = await processor.run(processor.parse(file), file)
  return processor.stringify(tree, file) as string
}

describe('samples', () => {
  it('has the five seeds', () => {
    expect(names).toEqual([
      '000_c38c80df23ae400c',
      '001_3bbaca17e2977359',
      '002_003a9d8f3bacc8c6',
      '003_8891a8d6d278ec13',
      '004_53ad0b29bc01cca5'
    ])
  })

  it.each(names)('%s: text-to-json output is deterministic and valid against the schema', async (name) => {
    const first = await compile(name)
    expect(await compile(name)).toBe(first)
    validate(JSON.parse(first))
    expect(validate.errors ?? []).toEqual([])
  })

  it.each(names)('%s: text-to-json output matches its expected output', async (name) => {
    const actual = await compile(name)
    const target = new URL(`${name}.json`, expectedFolder)
    if (update) {
      mkdirSync(expectedFolder, {recursive: true})
      writeFileSync(target, actual)
    }

    expect(existsSync(target), `missing expected/${name}.json: run \`npm run samples:update\``).toBe(true)
    expect(actual, `expected/${name}.json is out of date: review, then \`npm run samples:update\``).toBe(readFileSync(target, 'utf8'))
  })

  it('has one expected output per seed and nothing else', () => {
    if (update) mkdirSync(expectedFolder, {recursive: true})
    expect(readdirSync(expectedFolder).sort()).toEqual(names.map((name) => `${name}.json`))
  })
})
