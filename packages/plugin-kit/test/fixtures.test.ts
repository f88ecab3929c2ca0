import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import parsePlainText from '@baogao/parse-plain-text'
import {afterEach, describe, expect, it} from 'vitest'
import {describeFixtures, listFixtureCases, runFixtureCase, updating, writeFixtureGoldens} from '../src/testing.ts'
import {emitLines, fewDigits} from './plugins.ts'

// The runner on the kit's own fixtures: trees, text through a parser, a compiler.
describeFixtures(new URL('fixtures/trees/', import.meta.url), {plugin: fewDigits})
describeFixtures(new URL('fixtures/text/', import.meta.url), {plugin: fewDigits, setting: ['warn', {minimum: 4}], parser: parsePlainText, output: false})
describeFixtures(new URL('fixtures/compiler/', import.meta.url), {plugin: emitLines})

const made: Array<string> = []
afterEach(async () => {
  await Promise.all(made.splice(0).map((folder) => rm(folder, {recursive: true, force: true})))
})

async function fixtureFolder(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'baogao-kit-'))
  made.push(folder)
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, name)), {recursive: true})
    await writeFile(path.join(folder, name), content)
  }

  return folder
}

describe('listFixtureCases', () => {
  it('lists case folders by name, with their input', async () => {
    const folder = await fixtureFolder({'b/input.txt': 'x', 'a/input.json': '{}', 'a/messages.txt': '', 'notes.md': 'not a case'})
    expect(listFixtureCases(folder)).toEqual([
      {name: 'a', folder: path.join(folder, 'a'), input: path.join(folder, 'a/input.json')},
      {name: 'b', folder: path.join(folder, 'b'), input: path.join(folder, 'b/input.txt')}
    ])
  })

  it('rejects a case without an input or with two, and a missing folder', async () => {
    expect(() => listFixtureCases(path.join(os.tmpdir(), 'baogao-kit-missing-folder'))).toThrow('Unexpected missing fixtures folder')
    const none = await fixtureFolder({'a/expected.json': '{}'})
    expect(() => listFixtureCases(none)).toThrow('Unexpected no `input.*` in fixture `a`, expected one')
    const two = await fixtureFolder({'a/input.txt': 'x', 'a/input.json': '{}'})
    expect(() => listFixtureCases(two)).toThrow('Unexpected 2 `input.*` files in fixture `a`, expected one')
  })
})

describe('runFixtureCase and writeFixtureGoldens', () => {
  it('reports missing golden files, writes them, then matches them', async () => {
    const source = '某某县2023年法治政府建设年度报告\n一、主要举措和成效\n办理案件。\n'
    const folder = await fixtureFolder({'case/input.txt': source, 'case/options.json': '["error", {"minimum": 1}]'})
    const [fixture] = listFixtureCases(folder)
    if (fixture === undefined) throw new Error('no case')
    const first = await runFixtureCase(fixture, {plugin: fewDigits, parser: parsePlainText})
    expect(first.expected).toEqual({output: undefined, messages: undefined})
    expect(first.actual.messages).toBe('3:1-3:6  error  Unexpected `0` digits, expected at least `1`  few-digits  kit-test\n')

    await writeFixtureGoldens(fixture, first)
    expect(await readFile(path.join(folder, 'case/messages.txt'), 'utf8')).toBe(first.actual.messages)
    expect(JSON.parse(await readFile(path.join(folder, 'case/expected.json'), 'utf8'))).toEqual(first.actual.output)

    const second = await runFixtureCase(fixture, {plugin: fewDigits, parser: parsePlainText})
    expect(second.expected).toEqual(second.actual)
    expect((second.actual.output as {meta: {source: {path: string}}}).meta.source.path).toBe('input.txt')
  })

  it('uses the subject’s setting when the case has no options.json, and skips the output when asked', async () => {
    const folder = await fixtureFolder({'case/input.txt': '某某县2023年法治政府建设年度报告\n一、主要举措和成效\n办理案件12件。\n'})
    const [fixture] = listFixtureCases(folder)
    if (fixture === undefined) throw new Error('no case')
    const result = await runFixtureCase(fixture, {plugin: fewDigits, parser: parsePlainText, setting: ['info', {minimum: 3}]}, {output: false})
    expect(result).toEqual({
      actual: {output: undefined, messages: '3:1-3:9  info  Unexpected `2` digits, expected at least `3`  few-digits  kit-test\n'},
      expected: {output: undefined, messages: undefined}
    })
    await writeFixtureGoldens(fixture, result, {output: false})
    await expect(readFile(path.join(folder, 'case/expected.json'))).rejects.toThrow('ENOENT')
  })

  it('stores a compiler’s non-JSON result as a JSON string', async () => {
    const [fixture] = listFixtureCases(new URL('fixtures/compiler/', import.meta.url))
    if (fixture === undefined) throw new Error('no case')
    const result = await runFixtureCase(fixture, {plugin: emitLines})
    expect(typeof result.actual.output).toBe('string')
    expect(result.actual.output).toContain('[电话]')
  })
})

describe('updating', () => {
  it('reads UPDATE', () => {
    const saved = process.env['UPDATE']
    const values: Array<[string | undefined, boolean]> = [[undefined, false], ['', false], ['0', false], ['false', false], ['1', true], ['yes', true]]
    const seen = values.map(([value]) => {
      if (value === undefined) delete process.env['UPDATE']
      else process.env['UPDATE'] = value
      return updating()
    })
    if (saved === undefined) delete process.env['UPDATE']
    else process.env['UPDATE'] = saved
    expect(seen).toEqual(values.map(([, expected]) => expected))
  })
})
