/**
 * Finding a plugin the way a config names it, from the config file's
 * folder (the user's project), never from Baogao's own install:
 *
 * * `quantitative` → `baogao-plugin-quantitative`, `@baogao/quantitative`,
 *   `quantitative`, the first that resolves;
 * * `@acme/quantitative` → `@acme/baogao-plugin-quantitative`,
 *   `@acme/quantitative`;
 * * `./plugins/mine.js`, `../baogao-plugin-x` (a package folder) or an
 *   absolute path.
 */
import {createHash} from 'node:crypto'
import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {resolve} from 'import-meta-resolve'

const prefix = 'baogao-plugin-'

/** A plugin found: where it is and what it is. */
export interface ResolvedPlugin {
  /** The name or path as the config gives it. */
  specifier: string
  /** `file:` URL of the module. */
  url: string
  /** The package it belongs to, when it is in one. */
  packageName: string | null
  version: string | null
  /** Hex sha256 of the module file, so that a changed local plugin invalidates cached outputs. */
  sha256: string
}

/** Why a plugin could not be found or loaded. */
export class PluginNotFoundError extends Error {
  override name = 'PluginNotFoundError'
}

/** Whether `specifier` is a path rather than a package name. */
export function isPath(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('file:') || path.isAbsolute(specifier)
}

/** The package names tried for `specifier`, in order. */
export function candidateNames(specifier: string): Array<string> {
  const scoped = /^(@[^/]+)\/(.+)$/.exec(specifier)
  if (scoped) {
    const [, scope = '', name = ''] = scoped
    return name.startsWith(prefix) ? [specifier] : [scope + '/' + prefix + name, specifier]
  }

  return specifier.startsWith(prefix) ? [specifier] : [prefix + specifier, '@baogao/' + specifier, specifier]
}

/**
 * Resolve `specifier` from `folder`.
 *
 * @throws {PluginNotFoundError}
 *   Saying what was tried, and from where.
 */
export async function resolvePlugin(specifier: string, folder: string): Promise<ResolvedPlugin> {
  const url = isPath(specifier) ? await resolvePath(specifier, folder) : resolvePackage(specifier, folder)
  const file = fileURLToPath(url)
  const stats = await stat(file).catch(() => undefined)
  if (stats === undefined || !stats.isFile()) {
    throw new PluginNotFoundError('cannot load `' + specifier + '`: its entry `' + file + '` is missing (is the package built?)')
  }

  const owner = await owningPackage(file)
  return {
    specifier,
    url,
    packageName: owner?.name ?? null,
    version: owner?.version ?? null,
    sha256: createHash('sha256').update(await readFile(file)).digest('hex')
  }
}

function resolvePackage(specifier: string, folder: string): string {
  const from = pathToFileURL(path.join(folder, 'baogao.config.json')).href
  const tried = candidateNames(specifier)
  for (const candidate of tried) {
    try {
      return resolve(candidate, from)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      // Only "no such package" moves on; a broken package is reported.
      if (code === 'ERR_MODULE_NOT_FOUND' && (error as Error).message.includes("'" + candidate + "'")) continue
      throw new PluginNotFoundError('cannot load `' + candidate + '`: ' + (error as Error).message)
    }
  }

  throw new PluginNotFoundError(
    'unexpected plugin name, expected an installed package (tried ' + tried.map((name) => '`' + name + '`').join(', ') + ' from `' + folder + '`)'
  )
}

async function resolvePath(specifier: string, folder: string): Promise<string> {
  const target = specifier.startsWith('file:') ? fileURLToPath(specifier) : path.resolve(folder, specifier)
  const stats = await stat(target).catch(() => undefined)
  if (stats === undefined) {
    throw new PluginNotFoundError('unexpected path, expected a plugin file or package folder (`' + target + '` does not exist)')
  }

  if (stats.isFile()) return pathToFileURL(target).href
  const manifest = await readManifest(path.join(target, 'package.json'))
  if (manifest === undefined) {
    throw new PluginNotFoundError('unexpected folder without `package.json`, expected a plugin file or package folder (`' + target + '`)')
  }

  try {
    // A package folder: its own `exports` (self-reference), else `main`.
    if (typeof manifest.name === 'string' && manifest.exports !== undefined && manifest.exports !== null) {
      return resolve(manifest.name, pathToFileURL(path.join(target, 'package.json')).href)
    }

    return resolve('./' + (typeof manifest.main === 'string' ? manifest.main : 'index.js'), pathToFileURL(path.join(target, 'package.json')).href)
  } catch (error) {
    throw new PluginNotFoundError('cannot load the package in `' + target + '`: ' + (error as Error).message)
  }
}

interface Manifest {
  name?: unknown
  version?: unknown
  main?: unknown
  exports?: unknown
}

async function readManifest(file: string): Promise<Manifest | undefined> {
  try {
    const value = JSON.parse(await readFile(file, 'utf8')) as unknown
    return typeof value === 'object' && value !== null ? (value as Manifest) : undefined
  } catch {
    return undefined
  }
}

async function owningPackage(file: string): Promise<{name: string; version: string | null} | undefined> {
  let folder = path.dirname(file)
  for (;;) {
    const manifest = await readManifest(path.join(folder, 'package.json'))
    if (manifest !== undefined && typeof manifest.name === 'string') {
      return {name: manifest.name, version: typeof manifest.version === 'string' ? manifest.version : null}
    }

    const parent = path.dirname(folder)
    if (parent === folder) return undefined
    folder = parent
  }
}

/**
 * Import a resolved plugin: its default export, which must be a function.
 *
 * @throws {PluginNotFoundError}
 *   When the module fails to load or has no plugin as default export.
 */
export async function importPlugin(resolved: ResolvedPlugin): Promise<(...parameters: Array<never>) => unknown> {
  let module: {default?: unknown}
  try {
    module = (await import(resolved.url)) as {default?: unknown}
  } catch (error) {
    throw new PluginNotFoundError('cannot load `' + resolved.url + '`: ' + (error as Error).message)
  }

  if (typeof module.default !== 'function') {
    throw new PluginNotFoundError('unexpected module without a default export function, expected a unified plugin as the default export (`' + resolved.url + '`)')
  }

  return module.default as (...parameters: Array<never>) => unknown
}
