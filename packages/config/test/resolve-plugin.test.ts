import {createHash} from 'node:crypto'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {candidateNames, resolvePlugin} from '../src/index.ts'
import {pluginManifest, project} from './helpers.ts'

const sha = (content: string) => createHash('sha256').update(content).digest('hex')
const code = 'export default function plugin() {}\n'

describe('candidateNames', () => {
  it('tries the baogao-plugin- prefix, then @baogao/, then the name as given', () => {
    expect(['quantitative', 'baogao-plugin-quantitative', '@acme/quantitative', '@acme/baogao-plugin-quantitative', 'emit-json', '@baogao/emit-json'].map(candidateNames)).toEqual([
      ['baogao-plugin-quantitative', '@baogao/quantitative', 'quantitative'],
      ['baogao-plugin-quantitative'],
      ['@acme/baogao-plugin-quantitative', '@acme/quantitative'],
      ['@acme/baogao-plugin-quantitative'],
      ['baogao-plugin-emit-json', '@baogao/emit-json', 'emit-json'],
      ['@baogao/baogao-plugin-emit-json', '@baogao/emit-json']
    ])
  })
})

describe('resolvePlugin', () => {
  it('finds packages by short name, full name and scope, from the project', async () => {
    const folder = await project({
      'node_modules/baogao-plugin-quantitative/package.json': pluginManifest('baogao-plugin-quantitative'),
      'node_modules/baogao-plugin-quantitative/index.js': code,
      'node_modules/@acme/baogao-plugin-style/package.json': pluginManifest('@acme/baogao-plugin-style', '0.4.0'),
      'node_modules/@acme/baogao-plugin-style/index.js': code,
      'node_modules/plain-name/package.json': pluginManifest('plain-name', '2.0.0'),
      'node_modules/plain-name/index.js': code
    })
    const found = await Promise.all(['quantitative', 'baogao-plugin-quantitative', '@acme/style', 'plain-name'].map((name) => resolvePlugin(name, folder)))
    expect(found).toEqual([
      {specifier: 'quantitative', url: pathToFileURL(path.join(folder, 'node_modules/baogao-plugin-quantitative/index.js')).href, packageName: 'baogao-plugin-quantitative', version: '1.2.3', sha256: sha(code)},
      {specifier: 'baogao-plugin-quantitative', url: pathToFileURL(path.join(folder, 'node_modules/baogao-plugin-quantitative/index.js')).href, packageName: 'baogao-plugin-quantitative', version: '1.2.3', sha256: sha(code)},
      {specifier: '@acme/style', url: pathToFileURL(path.join(folder, 'node_modules/@acme/baogao-plugin-style/index.js')).href, packageName: '@acme/baogao-plugin-style', version: '0.4.0', sha256: sha(code)},
      {specifier: 'plain-name', url: pathToFileURL(path.join(folder, 'node_modules/plain-name/index.js')).href, packageName: 'plain-name', version: '2.0.0', sha256: sha(code)}
    ])
  })

  it('finds Baogao’s own plugins by short name', async () => {
    const folder = await project({})
    const found = await resolvePlugin('emit-json', folder)
    expect([found.packageName, found.url.endsWith('/plugins/emit-json/dist/index.js')]).toEqual(['@baogao/emit-json', true])
  })

  it('finds files and package folders by path, relative to the config', async () => {
    const folder = await project({
      'plugins/rule.mjs': code,
      'baogao-plugin-local/package.json': pluginManifest('baogao-plugin-local', '0.1.0'),
      'baogao-plugin-local/index.js': code,
      'legacy/package.json': JSON.stringify({name: 'legacy', version: '3.0.0', main: 'main.js'}),
      'legacy/main.js': code
    })
    expect(await resolvePlugin('./plugins/rule.mjs', folder)).toEqual({specifier: './plugins/rule.mjs', url: pathToFileURL(path.join(folder, 'plugins/rule.mjs')).href, packageName: null, version: null, sha256: sha(code)})
    expect((await resolvePlugin('./baogao-plugin-local', folder)).url).toBe(pathToFileURL(path.join(folder, 'baogao-plugin-local/index.js')).href)
    expect((await resolvePlugin(path.join(folder, 'legacy'), folder)).url).toBe(pathToFileURL(path.join(folder, 'legacy/main.js')).href)
  })

  it('says what it tried, and from where', async () => {
    const folder = await project({})
    await expect(resolvePlugin('quantitativ', folder)).rejects.toThrow('unexpected plugin name, expected an installed package (tried `baogao-plugin-quantitativ`, `@baogao/quantitativ`, `quantitativ` from `' + folder + '`)')
    await expect(resolvePlugin('./missing.js', folder)).rejects.toThrow('unexpected path, expected a plugin file or package folder (`' + path.join(folder, 'missing.js') + '` does not exist)')
  })

  it('reports a package that is there but broken (not built), rather than passing over it', async () => {
    const folder = await project({'node_modules/baogao-plugin-unbuilt/package.json': JSON.stringify({name: 'baogao-plugin-unbuilt', version: '0.1.0', type: 'module', exports: {'.': './dist/index.js'}})})
    await expect(resolvePlugin('unbuilt', folder)).rejects.toThrow('cannot load `unbuilt`: its entry `' + path.join(folder, 'node_modules/baogao-plugin-unbuilt/dist/index.js') + '` is missing (is the package built?)')
  })
})
