import {mkdir, mkdtemp, realpath, rm, symlink, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach} from 'vitest'

export const repository = fileURLToPath(new URL('../../..', import.meta.url))

const made: Array<string> = []

afterEach(async () => {
  await Promise.all(made.splice(0).map((folder) => rm(folder, {recursive: true, force: true})))
})

/**
 * A user's project in a temporary folder: `<root>/project` with `files`.
 * `<root>/node_modules` links to the repository's installed packages, so
 * `@baogao/*` resolve from the project as they would after an install;
 * packages written to `project/node_modules` come first.
 */
export async function project(files: Record<string, string>): Promise<string> {
  const root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'baogao-config-')))
  made.push(root)
  await symlink(path.join(repository, 'node_modules'), path.join(root, 'node_modules'), 'dir')
  const folder = path.join(root, 'project')
  await mkdir(folder)
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, name)), {recursive: true})
    await writeFile(path.join(folder, name), content)
  }

  return folder
}

/** A rule plugin module (ESM) written against the plugin kit. */
export function ruleModule(id: string, source: string): string {
  return `import {defineRule} from '@baogao/plugin-kit'

export default defineRule(
  {id: '${id}', source: '${source}', url: 'https://example.org/${source}#${id}', fields: {minimum: {kind: 'integer', minimum: 1}}},
  {minimum: 1},
  ({tree, options, report}) => {
    if (tree.children.length < options.minimum) report('Unexpected \`' + tree.children.length + '\` top-level nodes, expected at least \`' + options.minimum + '\`')
  }
)
`
}

/** `package.json` of a plugin package whose `exports` point at `index.js`. */
export function pluginManifest(name: string, version = '1.2.3'): string {
  return JSON.stringify({name, version, type: 'module', exports: {'.': {default: './index.js'}}})
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n'
}
