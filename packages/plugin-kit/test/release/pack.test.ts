import {existsSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import type {Manifest, PackReport, WorkspacePackage} from './workspace.ts'
import {buildAll, execute, packDryRun, publicPackages, repository} from './workspace.ts'

const packages = publicPackages()
let reports: Map<string, PackReport>

beforeAll(() => {
  buildAll()
  reports = new Map(packDryRun(packages).map((report) => [report.name, report]))
}, 600_000)

/** Every file an `exports` entry or a `bin` points at, without `./`. */
function targets(manifest: Manifest): Array<string> {
  const found: Array<string> = []
  const walk = (value: unknown, condition: string | null): void => {
    // `source` points at TypeScript for the repository's own tests only.
    if (condition === 'source') return
    if (typeof value === 'string') found.push(value.replace(/^\.\//, ''))
    else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) walk(inner, key.startsWith('.') ? null : key)
    }
  }

  walk(manifest.exports, null)
  for (const file of Object.values(manifest.bin ?? {})) found.push(file.replace(/^\.\//, ''))
  return [...new Set(found)].sort()
}

/**
 * Whether a packed file is one a package may ship: built code in `dist`,
 * the README, CHANGELOG, LICENSE and `package.json`, and the non-code
 * extras its `files` names (a JSON Schema, a template, the bin).
 */
function allowed(file: string, manifest: Manifest): boolean {
  if (['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'].includes(file)) return true
  if (/(^|\/)(src|test|tests|fixtures|bench|coverage|node_modules)\//.test(file) && !file.startsWith('template/')) return false
  if (file.endsWith('.tsbuildinfo') || (file.endsWith('.ts') && !file.endsWith('.d.ts'))) return false
  if (file.startsWith('dist/')) return /\.(js|d\.ts|js\.map|d\.ts\.map)$/.test(file)
  const extras = (manifest.files ?? []).filter((entry) => entry !== 'dist' && !entry.startsWith('!'))
  return extras.some((entry) => file === entry || file.startsWith(entry + '/'))
}

describe('what a tarball may hold', () => {
  const manifest: Manifest = {name: '@baogao/x', version: '0.0.0', files: ['dist', '!dist/**/*.tsbuildinfo', 'schema.json', 'template', 'bin']}

  it('takes built code, docs, the manifest and declared extras', () => {
    expect(['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/index.js', 'dist/lib/a.d.ts', 'dist/index.js.map', 'schema.json', 'template/src/index.ts.tmpl', 'template/test/fixtures/a/input.json.tmpl', 'bin/baogao.js'].filter((file) => !allowed(file, manifest))).toEqual([])
  })

  it('refuses sources, tests, build info and undeclared files', () => {
    expect(['src/index.ts', 'test/a.test.ts', 'dist/test/a.js', 'dist/src/a.js', 'tsconfig.tsbuildinfo', 'dist/tsconfig.tsbuildinfo', 'tsconfig.json', 'vitest.config.ts', 'dist/notes.txt', 'bench/run.js', 'AST.md'].filter((file) => allowed(file, manifest))).toEqual([])
  })
})

describe('public packages', () => {
  it('are the packages, plugins and pipelines of the repository', () => {
    expect(packages.map((found) => found.manifest.name)).toContain('@baogao/plugin-kit')
    expect(packages.map((found) => found.manifest.name)).toContain('@baogao/config')
    expect(packages.map((found) => found.manifest.name)).toContain('@baogao/cli')
    expect(packages.every((found) => found.manifest.name.startsWith('@baogao/'))).toBe(true)
  })

  for (const {folder, manifest} of packages) {
    describe(manifest.name, () => {
      it('declares ESM, exports with types, files, engines, a license and a description', () => {
        const exportsProblems = Object.entries(manifest.exports ?? {}).flatMap(([subpath, target]) => {
          if (typeof target === 'string') return target.endsWith('.json') ? [] : [subpath + ': a string target, expected conditions with `types`']
          const conditions = target as Record<string, unknown>
          return typeof conditions['types'] === 'string' && typeof conditions['default'] === 'string' ? [] : [subpath + ': expected `types` and `default`']
        })
        expect({
          type: manifest.type,
          hasExports: manifest.exports !== undefined && '.' in manifest.exports,
          exportsProblems,
          files: Array.isArray(manifest.files) && manifest.files.includes('dist'),
          // At least the repository's Node 20.11; a package may need more.
          node: /^>=20\.(1[1-9]|[2-9]\d)(\.\d+)?$/.test(manifest.engines?.['node'] ?? ''),
          license: manifest.license,
          description: typeof manifest.description === 'string' && manifest.description.length > 0
        }).toEqual({type: 'module', hasExports: true, exportsProblems: [], files: true, node: true, license: 'MIT', description: true})
      })

      it('has a README', () => {
        expect(existsSync(path.join(repository, folder, 'README.md'))).toBe(true)
      })

      it('packs built code, README, CHANGELOG, package.json and declared extras only', () => {
        const report = reports.get(manifest.name)
        const files = (report?.files ?? []).map((file) => file.path).sort()
        expect(files.filter((file) => !allowed(file, manifest))).toEqual([])
        expect(files).toContain('package.json')
        expect(files).toContain('README.md')
        if (existsSync(path.join(repository, folder, 'CHANGELOG.md'))) expect(files).toContain('CHANGELOG.md')
        // Everything `exports` and `bin` point at is in the tarball.
        expect(targets(manifest).filter((target) => !files.includes(target))).toEqual([])
      })
    })
  }
})

describe('changesets', () => {
  it('`changeset status` reads every pending changeset and plans its packages', async () => {
    const result = execute(path.join(repository, 'node_modules/.bin/changeset'), ['status', '--verbose'], repository)
    expect({status: result.status, stderr: result.stderr.replace(/npm warn.*\n/g, '')}).toMatchObject({status: 0})
    const output = result.stdout + result.stderr
    // After a release (`changeset version`) none are pending; before it,
    // every package a changeset names is in the plan.
    const named = await pendingChangesetPackages()
    if (named.length === 0) expect(output).toMatch(/NO packages (to be bumped at|as a) minor/)
    for (const name of named) expect(output).toContain(name)
  })

  it('versions packages independently', async () => {
    const config = JSON.parse(await import('node:fs/promises').then((fs) => fs.readFile(path.join(repository, '.changeset/config.json'), 'utf8'))) as {fixed: Array<unknown>; linked: Array<unknown>}
    expect([config.fixed, config.linked]).toEqual([[], []])
  })
})

/**
 * Public package names in the front matter of `.changeset/*.md` (README
 * aside); private packages such as `@baogao/samples` are never released.
 */
async function pendingChangesetPackages(): Promise<Array<string>> {
  const fs = await import('node:fs/promises')
  const samples = JSON.parse(await fs.readFile(path.join(repository, 'samples/package.json'), 'utf8')) as {name: string}
  const folder = path.join(repository, '.changeset')
  const names = new Set<string>()
  for (const entry of await fs.readdir(folder)) {
    if (!entry.endsWith('.md') || entry === 'README.md') continue
    const front = (await fs.readFile(path.join(folder, entry), 'utf8')).split('---')[1] ?? ''
    for (const match of front.matchAll(/['"](@baogao\/[a-z-]+)['"]\s*:/g)) names.add(match[1] as string)
  }
  names.delete(samples.name)
  return [...names].sort()
}
