/**
 * What makes a cached output still valid: the same pipeline (its plugins
 * and their options) and the same package versions. Hashed, so the cache
 * holds no options that might be sensitive.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {sha256Hex} from './read-input.js'

/** Bumped when the engine changes what it stores or writes for a document. */
export const cacheFormat = 1

/**
 * Hex sha256 over the pipeline definition (functions by name, object keys
 * sorted), the package versions and the cache format.
 */
export function pipelineFingerprint(definition: unknown, versions: Readonly<Record<string, string>>): string {
  return sha256Hex(stableStringify({cacheFormat, definition, versions}))
}

/**
 * JSON with sorted object keys; functions, symbols, bigints and regular
 * expressions written as descriptive strings; cycles cut. Deterministic for
 * equal definitions across processes.
 */
export function stableStringify(value: unknown): string {
  const seen = new Set<object>()
  const walk = (current: unknown): unknown => {
    if (typeof current === 'function') return `[function ${current.name || 'anonymous'}]`
    if (typeof current === 'symbol') return `[symbol ${current.description ?? ''}]`
    if (typeof current === 'bigint') return `[bigint ${current}]`
    if (current === undefined) return '[undefined]'
    if (typeof current !== 'object' || current === null) return current
    if (current instanceof RegExp) return `[regexp ${String(current)}]`
    if (current instanceof Date) return `[date ${current.toISOString()}]`
    if (seen.has(current)) return '[circular]'
    seen.add(current)
    let result: unknown
    if (Array.isArray(current)) result = current.map(walk)
    else if (current instanceof Map) result = {'[map]': [...current.entries()].map(walk)}
    else if (current instanceof Set) result = {'[set]': [...current.values()].map(walk)}
    else {
      const sorted: Record<string, unknown> = {}
      for (const key of Object.keys(current).sort()) {
        sorted[key] = walk((current as Record<string, unknown>)[key])
      }

      result = sorted
    }

    seen.delete(current)
    return result
  }

  return JSON.stringify(walk(value))
}

/**
 * Versions of the engine and of the `@baogao/*` packages the pipeline
 * module depends on, directly or through each other, by package name.
 */
export async function packageVersions(moduleUrl: string): Promise<Record<string, string>> {
  const versions: Record<string, string> = {}
  const queue: Array<string> = []

  const engine = await nearestPackage(fileURLToPath(import.meta.url))
  const pipelines = moduleUrl.startsWith('file:') ? await nearestPackage(fileURLToPath(moduleUrl)) : undefined
  for (const found of [engine, pipelines]) {
    if (found === undefined) continue
    versions[found.json.name] = found.json.version
    queue.push(...dependencyNames(found.json).map((name) => `${found.folder}\0${name}`))
  }

  while (queue.length > 0) {
    const [from = '', name = ''] = (queue.shift() ?? '').split('\0')
    if (!name.startsWith('@baogao/') || Object.hasOwn(versions, name)) continue
    const found = await installedPackage(from, name)
    if (found === undefined) continue
    versions[name] = found.json.version
    queue.push(...dependencyNames(found.json).map((dependency) => `${found.folder}\0${dependency}`))
  }

  const sorted: Record<string, string> = {}
  for (const name of Object.keys(versions).sort()) sorted[name] = versions[name] ?? ''
  return sorted
}

interface PackageJson {
  name: string
  version: string
  dependencies?: Record<string, string>
}

interface FoundPackage {
  folder: string
  json: PackageJson
}

function dependencyNames(json: PackageJson): Array<string> {
  return Object.keys(json.dependencies ?? {})
}

async function readPackageJson(file: string): Promise<PackageJson | undefined> {
  try {
    const json = JSON.parse(await readFile(file, 'utf8')) as Partial<PackageJson>
    return typeof json.name === 'string' && typeof json.version === 'string' ? (json as PackageJson) : undefined
  } catch {
    return undefined
  }
}

async function nearestPackage(file: string): Promise<FoundPackage | undefined> {
  let folder = path.dirname(file)
  for (;;) {
    const json = await readPackageJson(path.join(folder, 'package.json'))
    if (json !== undefined) return {folder, json}
    const parent = path.dirname(folder)
    if (parent === folder) return undefined
    folder = parent
  }
}

// Node's lookup of `node_modules/<name>` from a package folder upwards,
// reading `package.json` directly since `exports` does not expose it.
async function installedPackage(from: string, name: string): Promise<FoundPackage | undefined> {
  let folder = from
  for (;;) {
    const candidate = path.join(folder, 'node_modules', ...name.split('/'))
    const json = await readPackageJson(path.join(candidate, 'package.json'))
    if (json?.name === name) return {folder: candidate, json}
    const parent = path.dirname(folder)
    if (parent === folder) return undefined
    folder = parent
  }
}
