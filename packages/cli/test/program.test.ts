import {describe, expect, test} from 'vitest'
import {createProgram, exitCodes} from '../src/index.ts'
import type {CommandContext, CommandSpec} from '../src/index.ts'

function context(): CommandContext & {out: () => string} {
  let out = ''
  return {
    stdout: {write: (chunk) => (out += String(chunk))},
    stderr: {write: () => true},
    cwd: process.cwd(),
    pipelineModule: 'file:///nowhere.js',
    signal: new AbortController().signal,
    out: () => out
  }
}

describe('createProgram', () => {
  test('a command is one table row: arguments and parsed options reach its action, its exit code comes back', async () => {
    const calls: Array<unknown> = []
    const spec: CommandSpec = {
      name: 'plugin new',
      summary: 'make a plugin package',
      arguments: [{syntax: '<name>', description: 'package name'}, {syntax: '[extra...]', description: 'more'}],
      options: [{flags: '-n, --count <n>', description: 'how many', parse: Number, defaultValue: 1}, {flags: '--dry', description: 'write nothing'}],
      async action(args, options) {
        calls.push(args, options)
        return exitCodes.content
      }
    }
    const codes: Array<number> = []
    const io = context()
    const program = createProgram('1.2.3', io, (code) => codes.push(code), [spec])
    await program.parseAsync(['plugin', 'new', 'my-plugin', 'a', 'b', '--count', '3'], {from: 'user'})
    expect([calls, codes]).toEqual([[['my-plugin', ['a', 'b']], {count: 3}], [1]])
  })

  test('a nested command gets a group command listing it', async () => {
    const spec: CommandSpec = {name: 'plugin new', summary: 'make a plugin package', arguments: [], options: [], action: async () => 0}
    const io = context()
    const program = createProgram('1.2.3', io, () => {}, [spec])
    await program.parseAsync(['plugin', '--help'], {from: 'user'}).catch(() => {})
    expect(io.out()).toBe('Usage: baogao plugin <command> [options]\n\nplugin commands\n\nOptions:\n  -V, --version   print the version\n  -h, --help      print this help\n\nCommands:\n  new [options]   make a plugin package\n  help [command]  print the help of a command\n')
  })
})
