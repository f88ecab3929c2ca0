import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')

/** The part of the README under `## name`, up to the next `## ` heading. */
function section(name: string): string {
  const start = readme.indexOf('\n## ' + name + '\n')
  const end = readme.indexOf('\n## ', start + 1)
  return readme.slice(start, end === -1 ? undefined : end)
}

describe('README', () => {
  it('documents every rule of `RuleId` under Messages, one anchor each', () => {
    const source = fs.readFileSync(path.join(root, 'src/lib/messages.ts'), 'utf8')
    const union = /export type RuleId =([^\n]+)/.exec(source)?.[1] ?? ''
    const ruleIds = [...union.matchAll(/'([a-z-]+)'/g)].map((match) => match[1]).sort()
    const documented = [...section('Messages').matchAll(/^### `([a-z-]+)`$/gm)].map(
      (match) => match[1]
    )
    expect(ruleIds.length).toBeGreaterThan(0)
    expect(documented).toEqual(ruleIds)
  })

  it('documents exactly the fields of `Options`', () => {
    const source = fs.readFileSync(path.join(root, 'src/lib/plugin.ts'), 'utf8')
    const body = /export interface Options \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? ''
    const fields = [...body.matchAll(/^ {2}(\w+)\?:/gm)].map((match) => match[1])
    const table = [...section('API').matchAll(/^\| `(\w+)` \|/gm)].map((match) => match[1])
    expect(fields).toEqual(['chrome'])
    expect(table).toEqual(fields)
  })
})
