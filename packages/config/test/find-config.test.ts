import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ConfigError, findConfig, readConfig} from '../src/index.ts'
import {json, project} from './helpers.ts'

const pipelines = {pipelines: {}}

describe('findConfig', () => {
  it('finds baogao.config.json upward from a sub-folder', async () => {
    const folder = await project({'baogao.config.json': json(pipelines), 'reports/2023/a.txt': 'x'})
    expect(await findConfig(path.join(folder, 'reports/2023'))).toEqual({file: path.join(folder, 'baogao.config.json'), data: pipelines, javascript: false})
  })

  it('prefers .json, then .js, then .mjs, then package.json in one folder', async () => {
    const all = await project({
      'baogao.config.json': json({pipelines: {a: {}}}),
      'baogao.config.js': 'export default {pipelines: {b: {}}}',
      'baogao.config.mjs': 'export default {pipelines: {c: {}}}',
      'package.json': json({name: 'p', baogao: {pipelines: {d: {}}}})
    })
    expect((await findConfig(all))?.file).toBe(path.join(all, 'baogao.config.json'))
    const modules = await project({'baogao.config.mjs': 'export default {pipelines: {c: {}}}', 'package.json': json({name: 'p', type: 'module', baogao: {pipelines: {d: {}}}}), 'baogao.config.js': 'export default {pipelines: {b: {}}}'})
    expect(await findConfig(modules)).toEqual({file: path.join(modules, 'baogao.config.js'), data: {pipelines: {b: {}}}, javascript: true})
  })

  it('reads a `baogao` field in package.json, and passes over one without it', async () => {
    const folder = await project({'package.json': json({name: 'p', baogao: pipelines}), 'sub/package.json': json({name: 'sub'})})
    expect(await findConfig(path.join(folder, 'sub'))).toEqual({file: path.join(folder, 'package.json'), data: pipelines, javascript: false})
  })

  it('reads an .mjs config’s default export', async () => {
    const folder = await project({'baogao.config.mjs': 'export default {pipelines: {x: {description: "from mjs"}}}'})
    expect(await findConfig(folder)).toEqual({file: path.join(folder, 'baogao.config.mjs'), data: {pipelines: {x: {description: 'from mjs'}}}, javascript: true})
  })

  it('finds nothing in a folder tree without a config', async () => {
    const folder = await project({'a/b.txt': 'x'})
    expect(await findConfig(path.join(folder, 'a'))).toBeUndefined()
  })

  it('names the file when it is not JSON, empty, or a module without a default export', async () => {
    const broken = await project({'baogao.config.json': '{"pipelines": '})
    await expect(findConfig(broken)).rejects.toThrow(ConfigError)
    await expect(findConfig(broken)).rejects.toThrow(path.join(broken, 'baogao.config.json') + ': unexpected content, expected JSON (')
    const empty = await project({'baogao.config.json': '  \n'})
    await expect(findConfig(empty)).rejects.toThrow(path.join(empty, 'baogao.config.json') + ': unexpected empty file, expected a config object with `pipelines`')
    const named = await project({'baogao.config.mjs': 'export const pipelines = {}'})
    await expect(findConfig(named)).rejects.toThrow(path.join(named, 'baogao.config.mjs') + ': missing default export, expected `export default {pipelines: {…}}`')
  })
})

describe('readConfig', () => {
  it('reads a given file, relative or absolute', async () => {
    const folder = await project({'configs/baogao.json': json(pipelines)})
    expect(await readConfig(path.join(folder, 'configs/baogao.json'))).toEqual({file: path.join(folder, 'configs/baogao.json'), data: pipelines, javascript: false})
  })

  it('names a missing file and a package.json without the field', async () => {
    const folder = await project({'package.json': json({name: 'p'})})
    await expect(readConfig(path.join(folder, 'nope.json'))).rejects.toThrow(path.join(folder, 'nope.json') + ': cannot read the file: ')
    await expect(readConfig(path.join(folder, 'package.json'))).rejects.toThrow(path.join(folder, 'package.json') + ': missing `baogao` field, expected Baogao settings in this `package.json`')
  })
})
