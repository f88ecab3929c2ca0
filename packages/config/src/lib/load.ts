/**
 * A config file, found and checked, as pipeline definitions; and the
 * pipeline module the engine loads (built-in pipelines beside the user's).
 */
import path from 'node:path'
import {createProcessor, pipelines as builtInPipelines} from '@baogao/pipelines'
import type {PipelineDefinition} from '@baogao/pipelines'
import type {ConfigPipeline} from './build.js'
import {buildPipelines} from './build.js'
import {ConfigError} from './config-error.js'
import type {FoundConfig} from './find-config.js'
import {findConfig, readConfig} from './find-config.js'
import {fieldName, parseConfig} from './schema.js'

/** A config file and the pipelines it defines. */
export interface LoadedConfig {
  /** Absolute path of the config file. */
  file: string
  /** Its pipelines, in name order. */
  pipelines: Array<ConfigPipeline>
}

export interface LoadConfigOptions {
  /** Folder to search upward from (default: `process.cwd()`). */
  cwd?: string | undefined
  /** A config file to use instead of searching. */
  config?: string | undefined
}

/**
 * Find (or read) the config file, check it, resolve its plugins from its
 * folder and build its pipelines. `undefined` when there is no config.
 *
 * @throws {ConfigError}
 *   Naming the file, the pipeline, the plugin and the field.
 */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<LoadedConfig | undefined> {
  const found = options.config === undefined ? await findConfig(options.cwd ?? process.cwd()) : await readConfig(path.resolve(options.cwd ?? process.cwd(), options.config))
  return found === undefined ? undefined : buildConfig(found)
}

/** Check and build a config already read. */
export async function buildConfig(found: FoundConfig): Promise<LoadedConfig> {
  const parsed = parseConfig(found.data, found.javascript)
  if ('problem' in parsed) {
    const [top, name, ...rest] = parsed.problem.path
    const inPipeline = top === 'pipelines' && typeof name === 'string' && rest.length > 0
    const plugin = inPipeline ? pluginAt(found.data, name, rest) : null
    throw new ConfigError(
      {file: found.file, pipeline: inPipeline ? name : null, plugin, field: inPipeline ? fieldName(rest) : fieldName(parsed.problem.path) || null},
      parsed.problem.reason
    )
  }

  const pipelines = await buildPipelines(parsed.data, {file: found.file, folder: path.dirname(found.file), builtIns: builtInPipelines})
  return {file: found.file, pipelines}
}

// The plugin a schema problem is about, when the path goes into an entry.
function pluginAt(data: unknown, pipeline: string, rest: ReadonlyArray<string | number>): string | null {
  const config = (data as {pipelines: Record<string, Record<string, unknown>>}).pipelines[pipeline] ?? {}
  const [field, key] = rest
  const entry = field === 'transformers' && typeof key === 'number' ? (config['transformers'] as Array<unknown>)[key] : field === 'parsers' && typeof key === 'string' ? (config['parsers'] as Record<string, unknown>)[key] : field === 'compiler' ? config['compiler'] : undefined
  const reference = Array.isArray(entry) ? (entry as Array<unknown>)[0] : entry
  return typeof reference === 'string' && reference !== '' ? reference : null
}

/** What the engine loads: the exports of a pipeline module. */
export interface PipelineModuleExports {
  /** Every pipeline by name, in name order, frozen, without a prototype. */
  readonly pipelines: Readonly<Record<string, PipelineDefinition>>
  /** The pipeline called `name`, or `undefined`. */
  getPipeline(name: string): PipelineDefinition | undefined
  createProcessor: typeof createProcessor
}

export interface PipelineModuleOptions {
  /** Include the built-in pipelines (default: `true`). */
  builtIns?: boolean | undefined
}

/**
 * A pipeline module of `definitions` (and the built-in pipelines): export
 * its fields from a module file and give the engine that file's URL.
 *
 * @throws {TypeError}
 *   When two pipelines share a name.
 */
export function createPipelineModule(definitions: ReadonlyArray<PipelineDefinition>, options: PipelineModuleOptions = {}): PipelineModuleExports {
  const all = [...(options.builtIns === false ? [] : Object.values(builtInPipelines)), ...definitions]
  const registry = Object.create(null) as Record<string, PipelineDefinition>
  for (const definition of [...all].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (Object.hasOwn(registry, definition.name)) {
      throw new TypeError('@baogao/config: unexpected second pipeline named `' + definition.name + '`, expected unique names')
    }

    registry[definition.name] = definition
  }

  const pipelines = Object.freeze(registry)
  return Object.freeze({
    pipelines,
    getPipeline: (name: string) => (Object.hasOwn(pipelines, name) ? pipelines[name] : undefined),
    createProcessor
  })
}

/**
 * The pipeline module for `cwd`: the built-in pipelines and those of the
 * config found from `cwd` (or of `config`).
 *
 * @throws {ConfigError}
 *   When the config cannot be used.
 */
export async function configPipelineModule(options: LoadConfigOptions = {}): Promise<PipelineModuleExports & {config: string | null}> {
  const loaded = await loadConfig(options)
  return {...createPipelineModule(loaded?.pipelines ?? []), config: loaded?.file ?? null}
}

/**
 * URL of the module the engine (and its workers) load for `cwd`: it finds
 * the config from `cwd` when it is imported, so a broken config fails the
 * commands that run pipelines, never `--help`.
 */
export function pipelineModuleUrl(options: LoadConfigOptions = {}): string {
  // `dist/pipelines.js` from both `src/lib` and `dist/lib`: workers need built code.
  const url = new URL('../../dist/pipelines.js', import.meta.url)
  url.searchParams.set('cwd', path.resolve(options.cwd ?? process.cwd()))
  if (options.config !== undefined) url.searchParams.set('config', options.config)
  return url.href
}
