import {spawnSync} from 'node:child_process'
import {mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createPluginPackage, pluginNames, templateVersions} from '../src/scaffold.ts'
import {sampleReports} from '../src/testing.ts'

const repository = fileURLToPath(new URL('../../..', import.meta.url))
const kitManifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {version: string; dependencies: Record<string, string>; devDependencies: Record<string, string>}

describe('pluginNames', () => {
  it('derives package, folder, rule id and identifier', () => {
    expect(['quantitative', 'baogao-plugin-quantitative', '@acme/quantitative', '@acme/baogao-plugin-quantitative', 'no-empty-sections', 'new'].map(pluginNames)).toEqual([
      {packageName: 'baogao-plugin-quantitative', folderName: 'baogao-plugin-quantitative', ruleId: 'quantitative', functionName: 'quantitative'},
      {packageName: 'baogao-plugin-quantitative', folderName: 'baogao-plugin-quantitative', ruleId: 'quantitative', functionName: 'quantitative'},
      {packageName: '@acme/baogao-plugin-quantitative', folderName: 'baogao-plugin-quantitative', ruleId: 'quantitative', functionName: 'quantitative'},
      {packageName: '@acme/baogao-plugin-quantitative', folderName: 'baogao-plugin-quantitative', ruleId: 'quantitative', functionName: 'quantitative'},
      {packageName: 'baogao-plugin-no-empty-sections', folderName: 'baogao-plugin-no-empty-sections', ruleId: 'no-empty-sections', functionName: 'noEmptySections'},
      {packageName: 'baogao-plugin-new', folderName: 'baogao-plugin-new', ruleId: 'new', functionName: 'newRule'}
    ])
  })

  it('rejects names that are not kebab case', () => {
    for (const name of ['', 'Quantitative', 'two words', 'baogao-plugin-', '@/x', '@Acme/x', 'x--y', '-x', '../x', 'x/y']) {
      expect(() => pluginNames(name), name).toThrow('Unexpected plugin name `' + name + '`, expected a kebab-case name such as `quantitative`, `baogao-plugin-quantitative` or `@scope/quantitative`')
    }
  })
})

describe('templateVersions', () => {
  it('takes the ranges from the kit’s manifest', () => {
    expect(templateVersions()).toEqual({
      kitRange: '^' + kitManifest.version,
      coreRange: kitManifest.dependencies['@baogao/core'],
      typescriptRange: '^' + kitManifest.devDependencies['typescript'],
      vitestRange: '^' + kitManifest.devDependencies['vitest']
    })
  })
})

describe('createPluginPackage', () => {
  let parent: string
  let created: Awaited<ReturnType<typeof createPluginPackage>>

  beforeAll(async () => {
    // The generated package resolves `@baogao/*`, TypeScript and vitest
    // through this link to the repository's installed packages.
    parent = await mkdtemp(path.join(os.tmpdir(), 'baogao-scaffold-'))
    await symlink(path.join(repository, 'node_modules'), path.join(parent, 'node_modules'), 'dir')
    created = await createPluginPackage({name: '@acme/quantitative', cwd: parent, description: 'Flags reports without "numbers".'})
  })

  afterAll(async () => {
    await rm(parent, {recursive: true, force: true})
  })

  it('writes the package files', async () => {
    expect(created).toEqual({
      packageName: '@acme/baogao-plugin-quantitative',
      folderName: 'baogao-plugin-quantitative',
      ruleId: 'quantitative',
      functionName: 'quantitative',
      folder: path.join(parent, 'baogao-plugin-quantitative'),
      files: [
        '.gitignore',
        'README.md',
        'package.json',
        'src/index.ts',
        'src/lib/plugin.ts',
        'test/fixtures/long-paragraph/expected.json',
        'test/fixtures/long-paragraph/input.json',
        'test/fixtures/long-paragraph/messages.txt',
        'test/fixtures/long-paragraph/options.json',
        'test/fixtures/short-paragraphs/expected.json',
        'test/fixtures/short-paragraphs/input.json',
        'test/fixtures/short-paragraphs/messages.txt',
        'test/index.test.ts',
        'tsconfig.json'
      ]
    })
    const listed = await readdir(created.folder, {recursive: true, withFileTypes: true})
    expect(listed.filter((entry) => entry.isFile()).map((entry) => path.relative(created.folder, path.join(entry.parentPath, entry.name))).sort()).toEqual(created.files)
  })

  it('fills every placeholder', async () => {
    for (const file of created.files) {
      expect(await readFile(path.join(created.folder, file), 'utf8'), file).not.toMatch(/\{\{\w+\}\}/)
    }
  })

  it('writes a package.json with exports, types, files, engines and a peer range on @baogao/core', async () => {
    expect(JSON.parse(await readFile(path.join(created.folder, 'package.json'), 'utf8'))).toEqual({
      name: '@acme/baogao-plugin-quantitative',
      version: '0.1.0',
      description: 'Flags reports without "numbers".',
      license: 'MIT',
      type: 'module',
      keywords: ['baogao', 'baogao-plugin', 'unified'],
      engines: {node: '>=20.11'},
      exports: {'.': {types: './dist/index.d.ts', default: './dist/index.js'}},
      files: ['dist'],
      scripts: {build: 'tsc', test: 'vitest run', prepack: 'tsc'},
      dependencies: {'@baogao/plugin-kit': '^' + kitManifest.version},
      peerDependencies: {'@baogao/core': kitManifest.dependencies['@baogao/core']},
      devDependencies: {
        '@baogao/core': kitManifest.dependencies['@baogao/core'],
        typescript: '^' + kitManifest.devDependencies['typescript'],
        vitest: '^' + kitManifest.devDependencies['vitest']
      }
    })
  })

  it('writes a README with Options and Messages sections for the rule', async () => {
    const readme = await readFile(path.join(created.folder, 'README.md'), 'utf8')
    expect(readme.match(/^##+ .*$/gm)).toEqual([
      '## Contents',
      '## What is this?',
      '## When to use',
      '## Install',
      '## Use',
      '## API',
      '## Options',
      '## Messages',
      '### `quantitative`',
      '## Compatibility',
      '## Security'
    ])
    expect(readme).toContain('npm install @acme/baogao-plugin-quantitative')
    expect(readme).toContain('| `maximum` | integer ≥ 1 | `500` |')
  })

  it('refuses a folder that is not empty, and takes an empty one', async () => {
    await expect(createPluginPackage({name: 'quantitative', cwd: parent})).rejects.toThrow('Cannot create `baogao-plugin-quantitative` in `' + parent + '`: the folder exists and is not empty')
    await mkdir(path.join(parent, 'baogao-plugin-empty'))
    expect((await createPluginPackage({name: 'empty', cwd: parent})).files).toHaveLength(14)
  })

  it('builds with tsc and passes its own tests straight away', async () => {
    const environment = {...process.env}
    for (const key of Object.keys(environment)) {
      if (key.startsWith('VITEST') || key === 'NODE_OPTIONS') delete environment[key]
    }

    const build = spawnSync(process.execPath, [path.join(repository, 'node_modules/typescript/bin/tsc'), '-p', '.'], {cwd: created.folder, encoding: 'utf8', env: environment})
    expect({status: build.status, output: build.stdout + build.stderr}).toEqual({status: 0, output: ''})
    expect((await readdir(path.join(created.folder, 'dist'), {recursive: true})).sort()).toEqual(['index.d.ts', 'index.js', 'lib', 'lib/plugin.d.ts', 'lib/plugin.js'])

    const test = spawnSync(process.execPath, [path.join(repository, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter', 'json'], {cwd: created.folder, encoding: 'utf8', env: environment})
    const report = JSON.parse(test.stdout) as {numTotalTests: number; numPassedTests: number; success: boolean}
    expect({status: test.status, success: report.success, total: report.numTotalTests, passed: report.numPassedTests}).toEqual({status: 0, success: true, total: 8, passed: 8})
  })

  it('gives a built plugin that reports long paragraphs with its rule id and source', async () => {
    const module = (await import(pathToFileURL(path.join(created.folder, 'dist/index.js')).href)) as {default: (...parameters: Array<never>) => unknown}
    const [annual] = sampleReports()
    if (annual === undefined) throw new Error('no sample')
    const file = new VFile({path: annual.path, value: annual.value})
    await unified().use(module.default as never, ['error', {maximum: 30}]).run(annual.tree as never, file)
    expect(file.messages.map((message) => [message.line, message.reason, message.ruleId, message.source, message.fatal, message.url])).toEqual([
      [6, 'Unexpected paragraph of `35` characters, expected at most `30`', 'quantitative', '@acme/baogao-plugin-quantitative', true, 'https://www.npmjs.com/package/@acme/baogao-plugin-quantitative#quantitative'],
      [10, 'Unexpected paragraph of `31` characters, expected at most `30`', 'quantitative', '@acme/baogao-plugin-quantitative', true, 'https://www.npmjs.com/package/@acme/baogao-plugin-quantitative#quantitative']
    ])
  })
})
