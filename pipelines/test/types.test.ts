import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

// The repository's own compiler (TypeScript 7, native).
const tsc = fileURLToPath(new URL('../../node_modules/.bin/tsc', import.meta.url))
const root = fileURLToPath(new URL('../..', import.meta.url))

function typeCheck(project: string): {status: number | null; errors: Array<string>} {
  const result = spawnSync(tsc, ['-p', project, '--pretty', 'false'], {cwd: root, encoding: 'utf8'})
  if (result.error) throw result.error
  const errors = result.stdout
    .split('\n')
    .filter((line) => /error TS\d+/.test(line))
    .map((line) => line.replace(/^.*?\((\d+,\d+)\): error (TS\d+).*$/, '$1 $2'))
  return {status: result.status, errors}
}

describe('typed composition', () => {
  it('compiles the right compositions, and rejects every wrong one marked `@ts-expect-error`', () => {
    expect(typeCheck('pipelines/test/types/tsconfig.json')).toEqual({status: 0, errors: []})
  })

  it('fails to compile wrong compositions left unmarked', () => {
    expect(typeCheck('pipelines/test/types/wrong/tsconfig.json')).toEqual({
      status: 1,
      errors: [
        '11,44 TS2345', // a compiler as a parser
        '12,46 TS2345', // a parser as a compiler
        '13,51 TS2322', // wrong options
        '18,3 TS2322' // a parser step in the compiler slot
      ]
    })
  })
})
