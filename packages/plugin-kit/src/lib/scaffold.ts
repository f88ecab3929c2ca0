/**
 * `baogao plugin new <name>`: a plugin package that builds and passes its
 * tests as soon as its dependencies are installed. The files come from
 * `template/` (each `*.tmpl`, with `{{key}}` placeholders); the versions
 * from this package's own `package.json`, so a scaffolded plugin asks for
 * the Baogao, TypeScript and vitest versions this kit was tested with.
 */
import {readFileSync} from 'node:fs'
import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'

/** The names a plugin package gets from the name given. */
export interface PluginNames {
  /** npm package name: `baogao-plugin-quantitative`, `@acme/baogao-plugin-quantitative`. */
  packageName: string
  /** Folder created for it: `baogao-plugin-quantitative`. */
  folderName: string
  /** The rule id: `quantitative`. */
  ruleId: string
  /** The identifier the plugin is imported as: `quantitative`. */
  functionName: string
}

export interface CreatePluginOptions {
  /**
   * `quantitative`, `baogao-plugin-quantitative`, `@acme/quantitative` or
   * `@acme/baogao-plugin-quantitative`.
   */
  name: string
  /** Folder the package folder is made in (default: `process.cwd()`). */
  cwd?: string | undefined
  /** One line for `package.json` and the README (default: derived from the name). */
  description?: string | undefined
}

export interface CreatedPlugin extends PluginNames {
  /** Absolute path of the new package folder. */
  folder: string
  /** Files written, relative to `folder`, sorted. */
  files: Array<string>
}

const prefix = 'baogao-plugin-'
const kebab = /^[a-z][a-z\d]*(?:-[a-z\d]+)*$/
const scopePattern = /^@[a-z\d][a-z\d._-]*$/
// Words that cannot name a `const`.
const reserved = new Set(['break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield', 'let', 'static', 'implements', 'interface', 'package', 'private', 'protected', 'public', 'await'])

/**
 * The package name, folder, rule id and identifier for `name`.
 *
 * @throws {TypeError}
 *   When `name` is not a kebab-case name, optionally scoped.
 */
export function pluginNames(name: string): PluginNames {
  const fail = (): never => {
    throw new TypeError('Unexpected plugin name `' + name + '`, expected a kebab-case name such as `quantitative`, `baogao-plugin-quantitative` or `@scope/quantitative`')
  }

  const match = /^(?:(@[^/]+)\/)?(.+)$/.exec(String(name))
  const scope = match?.[1]
  const rest = match?.[2] ?? ''
  if (scope !== undefined && !scopePattern.test(scope)) fail()
  const ruleId = rest.startsWith(prefix) ? rest.slice(prefix.length) : rest
  if (!kebab.test(ruleId)) fail()
  const folderName = prefix + ruleId
  const camel = ruleId.replace(/-([a-z\d])/g, (_, character: string) => character.toUpperCase())

  return {
    packageName: scope === undefined ? folderName : scope + '/' + folderName,
    folderName,
    ruleId,
    functionName: reserved.has(camel) ? camel + 'Rule' : camel
  }
}

/**
 * Write a new plugin package into `<cwd>/<folderName>`.
 *
 * @throws
 *   When the name is not valid, or the folder exists and is not empty.
 */
export async function createPluginPackage(options: CreatePluginOptions): Promise<CreatedPlugin> {
  const names = pluginNames(options.name)
  const folder = path.resolve(options.cwd ?? process.cwd(), names.folderName)
  const existing = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  if (existing.length > 0) {
    throw new Error('Cannot create `' + names.folderName + '` in `' + path.dirname(folder) + '`: the folder exists and is not empty')
  }

  const versions = templateVersions()
  const values: Record<string, string> = {
    ...names,
    ...versions,
    description: options.description ?? 'A Baogao rule that checks reports for `' + names.ruleId + '`.',
    readmeUrl: 'https://www.npmjs.com/package/' + names.packageName
  }

  const templateRoot = new URL('../../template/', import.meta.url)
  const templates = (await readdir(templateRoot, {recursive: true, withFileTypes: true}))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.tmpl'))
    .map((entry) => path.relative(decodeURIComponent(templateRoot.pathname), path.join(entry.parentPath, entry.name)))
    .sort()

  const files: Array<string> = []
  for (const template of templates) {
    const target = template.slice(0, -'.tmpl'.length).split(path.sep).map((part) => (part.startsWith('_') ? '.' + part.slice(1) : part)).join('/')
    const content = fill(await readFile(new URL(template.split(path.sep).join('/'), templateRoot), 'utf8'), values, template)
    await mkdir(path.dirname(path.join(folder, target)), {recursive: true})
    await writeFile(path.join(folder, target), content, {flag: 'wx'})
    files.push(target)
  }

  return {...names, folder, files: files.sort()}
}

/** Replace every `{{key}}`; an unknown key is a bug in the template. */
function fill(content: string, values: Readonly<Record<string, string>>, template: string): string {
  return content.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key]
    if (value === undefined) throw new Error('Unexpected placeholder `' + key + '` in template `' + template + '`')
    // JSON files get JSON-safe values (a description with quotes).
    return template.endsWith('.json.tmpl') ? JSON.stringify(value).slice(1, -1) : value
  })
}

interface TemplateVersions {
  kitRange: string
  coreRange: string
  typescriptRange: string
  vitestRange: string
}

/** Version ranges for a new plugin, from this kit's `package.json`. */
export function templateVersions(): TemplateVersions {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string
    dependencies?: Record<string, string>
    devDependencies?: Record<string, string>
  }
  const range = (value: string | undefined, name: string): string => {
    if (value === undefined) throw new Error('Unexpected `@baogao/plugin-kit` manifest without a range for `' + name + '`')
    return /^\d/.test(value) ? '^' + value : value
  }

  return {
    kitRange: '^' + manifest.version,
    coreRange: range(manifest.dependencies?.['@baogao/core'], '@baogao/core'),
    typescriptRange: range(manifest.devDependencies?.['typescript'], 'typescript'),
    vitestRange: range(manifest.devDependencies?.['vitest'], 'vitest')
  }
}
