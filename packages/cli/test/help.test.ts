import {readFile, writeFile} from 'node:fs/promises'
import {describe, expect, test} from 'vitest'
import {commands} from '../src/index.ts'
import {baogao} from './helpers.ts'

// Golden files are reviewed in diffs; regenerate them with `UPDATE=1`.
const update = process.env['UPDATE'] === '1'

async function golden(name: string, actual: string): Promise<string> {
  const file = new URL(`golden/${name}.txt`, import.meta.url)
  if (update) await writeFile(file, actual)
  return readFile(file, 'utf8')
}

// The top-level help and one page per command of the table: a new command
// gets its golden file with `UPDATE=1`.
const pages: Array<[string, Array<string>]> = [
  ['baogao', ['--help']],
  ...commands.map((command): [string, Array<string>] => [command.name.split(' ').join('-'), [...command.name.split(' '), '--help']])
]

describe('help', () => {
  test.each(pages)('`%s` help matches its golden file', async (name, args) => {
    const result = await baogao(args)
    expect([result.code, result.stderr]).toEqual([0, ''])
    expect(result.stdout).toBe(await golden(name, result.stdout))
  })

  test('covers the commands parse, run and list', () => {
    expect(pages.map(([name]) => name)).toEqual(expect.arrayContaining(['baogao', 'parse', 'run', 'list']))
  })

  test('`baogao help <command>` prints the same as `<command> --help`', async () => {
    const [viaHelp, viaFlag] = await Promise.all([baogao(['help', 'run']), baogao(['run', '--help'])])
    expect(viaHelp.stdout).toBe(viaFlag.stdout)
  })

  test('without a command: the help on stderr, exit code 2', async () => {
    const result = await baogao([])
    expect([result.code, result.stdout, result.stderr]).toEqual([2, '', await golden('baogao', result.stderr)])
  })
})

describe('--version', () => {
  test('on every command prints the package version', async () => {
    const {version} = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
    const results = await Promise.all([['--version'], ['-V'], ['parse', '--version'], ['run', '--version'], ['list', '--version']].map((args) => baogao(args)))
    expect(results.map((result) => [result.code, result.stdout])).toEqual(Array.from({length: 5}, () => [0, `${version}\n`]))
  })
})
