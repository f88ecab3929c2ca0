import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'

// The repository's own compiler; the fixtures resolve `@baogao/core` to its
// source through the `source` export condition, so no build is needed.
const tsc = fileURLToPath(new URL('../../../node_modules/.bin/tsc', import.meta.url))
const root = fileURLToPath(new URL('../../..', import.meta.url))

function typeCheck(project: string): {status: number | null; errors: Array<string>} {
  const result = spawnSync(tsc, ['-p', project, '--pretty', 'false'], {
    cwd: root,
    encoding: 'utf8'
  })
  if (result.error) throw result.error
  const errors = result.stdout
    .split('\n')
    .filter((line) => /error TS\d+/.test(line))
    .map((line) => line.replace(/^.*?([\w-]+\.ts)\((\d+,\d+)\): error (TS\d+).*$/, '$1 $2 $3'))
  return {status: result.status, errors}
}

test('a node added by declaration merging type-checks in a section', () => {
  expect(typeCheck('packages/core/test/types/tsconfig.json')).toEqual({
    status: 0,
    errors: []
  })
})

test('the same node is rejected without the augmentation', () => {
  expect(
    typeCheck('packages/core/test/types/without-augmentation/tsconfig.json')
  ).toEqual({
    status: 1,
    errors: [
      'use-indicator.ts 8,14 TS2322', // not section content
      'use-indicator.ts 12,3 TS2322', // not a section child
      'use-indicator.ts 17,5 TS2367', // `indicator` is no section child type
      'use-indicator.ts 17,41 TS2339' // so it has no `name`
    ]
  })
})
