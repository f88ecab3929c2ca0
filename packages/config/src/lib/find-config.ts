/**
 * Finding and reading a config file, upward from a folder as unified-engine
 * does: in each folder `baogao.config.json`, `baogao.config.js`,
 * `baogao.config.mjs`, then a `baogao` field in `package.json`; the first
 * found wins.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {lilconfig} from 'lilconfig'
import type {Loader} from 'lilconfig'
import {ConfigError} from './config-error.js'

/** Where a config is looked for, in each folder, in order. */
export const searchPlaces: ReadonlyArray<string> = Object.freeze(['baogao.config.json', 'baogao.config.js', 'baogao.config.mjs', 'package.json'])

/** A config file found and read (not yet checked). */
export interface FoundConfig {
  /** Absolute path of the file. */
  file: string
  /** Its content: the JSON, the JS module's default export, or the `baogao` field. */
  data: unknown
  /** Whether it is JavaScript (plugins may then be given as functions). */
  javascript: boolean
}

const loadJson: Loader = (file, content) => {
  try {
    return JSON.parse(content.replace(/^\uFEFF/, '')) as unknown
  } catch (error) {
    throw new ConfigError({file}, 'unexpected content, expected JSON (' + (error as Error).message + ')')
  }
}

const loadModule: Loader = async (file) => {
  let module: {default?: unknown}
  try {
    module = (await import(pathToFileURL(file).href)) as {default?: unknown}
  } catch (error) {
    throw new ConfigError({file}, 'cannot load the module: ' + (error as Error).message)
  }

  if (module.default === undefined) throw new ConfigError({file}, 'missing default export, expected `export default {pipelines: {…}}`')
  return module.default
}

function searcher() {
  return lilconfig('baogao', {
    searchPlaces: [...searchPlaces],
    packageProp: 'baogao',
    // An empty config file is a mistake worth reporting, not skipping.
    ignoreEmptySearchPlaces: false,
    cache: false,
    // Up to the file system root, as unified-engine searches.
    stopDir: path.parse(process.cwd()).root,
    loaders: {'.json': loadJson, '.js': loadModule, '.mjs': loadModule}
  })
}

/**
 * The config for `cwd`, searching upward; `undefined` when there is none.
 *
 * @throws {ConfigError}
 *   When a file found cannot be read.
 */
export async function findConfig(cwd: string): Promise<FoundConfig | undefined> {
  const result = await searcher().search(path.resolve(cwd))
  if (result === null) return undefined
  return toFound(result.filepath, result.isEmpty === true ? undefined : (result.config as unknown))
}

/**
 * Read the config file at `file` (given with `--config`, say).
 *
 * @throws {ConfigError}
 *   When it is missing or cannot be read.
 */
export async function readConfig(file: string): Promise<FoundConfig> {
  const absolute = path.resolve(file)
  let result: Awaited<ReturnType<ReturnType<typeof searcher>['load']>>
  try {
    result = await searcher().load(absolute)
  } catch (error) {
    if (error instanceof ConfigError) throw error
    throw new ConfigError({file: absolute}, 'cannot read the file: ' + (error as Error).message)
  }

  if (result === null || (path.basename(absolute) === 'package.json' && result.config == null)) {
    throw new ConfigError({file: absolute}, 'missing `baogao` field, expected Baogao settings in this `package.json`')
  }

  return toFound(result.filepath, result.isEmpty === true ? undefined : (result.config as unknown))
}

function toFound(file: string, data: unknown): FoundConfig {
  if (data === undefined) throw new ConfigError({file}, 'unexpected empty file, expected a config object with `pipelines`')
  return {file, data, javascript: /\.m?js$/.test(file)}
}
