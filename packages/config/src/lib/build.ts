/**
 * Config data → pipeline definitions: resolve and import each plugin from
 * the user's project, attach it once to check its role and options, follow
 * `extends`, and hand the result to `definePipeline`. Every problem is a
 * `ConfigError` naming the file, the pipeline, the plugin and the field.
 */
import {compilerStep, definePipeline, parserStep, sourceKinds, transformerStep} from '@baogao/pipelines'
import type {AnyAttacher, PipelineDefinition, PluginRole, Step} from '@baogao/pipelines'
import {RuleOptionError, detectRole} from '@baogao/plugin-kit'
import type {SourceKind} from '@baogao/core'
import {ConfigError} from './config-error.js'
import type {ConfigData, PipelineConfig, PluginEntry, PluginReference} from './schema.js'
import type {ResolvedPlugin} from './resolve-plugin.js'
import {PluginNotFoundError, importPlugin, resolvePlugin} from './resolve-plugin.js'

/** What a user pipeline records about where it came from (part of the run fingerprint). */
export interface PipelineOrigin {
  /** Absolute path of the config file. */
  config: string
  /** The plugins the config named, as found. */
  plugins: Array<{specifier: string; packageName: string | null; version: string | null; sha256: string}>
}

/** A pipeline defined in a config file. */
export type ConfigPipeline = PipelineDefinition & {readonly origin: PipelineOrigin}

interface BuildContext {
  file: string
  /** The config file's folder: plugins resolve from here. */
  folder: string
  builtIns: Readonly<Record<string, PipelineDefinition>>
}

interface LoadedPlugin {
  plugin: AnyAttacher
  resolved: ResolvedPlugin | null
}

/** Build every pipeline of `data`, in name order. */
export async function buildPipelines(data: ConfigData, context: BuildContext): Promise<Array<ConfigPipeline>> {
  const names = Object.keys(data.pipelines).sort()
  const loaded = new Map<string, Promise<LoadedPlugin>>()
  const built = new Map<string, ConfigPipeline>()
  const building = new Set<string>()

  for (const name of names) {
    if (Object.hasOwn(context.builtIns, name)) {
      throw new ConfigError({file: context.file, pipeline: name}, 'unexpected name of a built-in pipeline, expected a new name (use `extends` to build on `' + name + '`)')
    }
  }

  const load = (reference: PluginReference): Promise<LoadedPlugin> => {
    if (typeof reference === 'function') return Promise.resolve({plugin: reference as AnyAttacher, resolved: null})
    let promise = loaded.get(reference)
    if (promise === undefined) {
      promise = resolvePlugin(reference, context.folder).then(async (resolved) => ({plugin: (await importPlugin(resolved)) as AnyAttacher, resolved}))
      loaded.set(reference, promise)
    }

    return promise
  }

  const build = async (name: string, chain: ReadonlyArray<string>): Promise<PipelineDefinition> => {
    const done = built.get(name)
    if (done !== undefined) return done
    const config = data.pipelines[name]
    if (config === undefined) throw new Error('No pipeline ' + name)
    if (building.has(name)) {
      throw new ConfigError({file: context.file, pipeline: chain[0] ?? name, field: 'extends'}, 'unexpected cycle `' + [...chain, name].join('` → `') + '`, expected `extends` to end at a pipeline without one')
    }

    building.add(name)
    let base: PipelineDefinition | undefined
    if (config.extends !== undefined) {
      if (Object.hasOwn(data.pipelines, config.extends)) base = await build(config.extends, [...chain, name])
      else if (Object.hasOwn(context.builtIns, config.extends)) base = context.builtIns[config.extends]
      else {
        const known = [...Object.keys(context.builtIns), ...names.filter((other) => other !== name)].sort()
        throw new ConfigError({file: context.file, pipeline: name, field: 'extends'}, 'unexpected pipeline `' + config.extends + '`, expected one of ' + known.map((known) => '`' + known + '`').join(', '))
      }
    }

    const definition = await buildOne(name, config, base, context, load)
    built.set(name, definition)
    building.delete(name)
    return definition
  }

  for (const name of names) await build(name, [])
  return names.map((name) => built.get(name)).filter((definition) => definition !== undefined)
}

async function buildOne(
  name: string,
  config: PipelineConfig,
  base: PipelineDefinition | undefined,
  context: BuildContext,
  load: (reference: PluginReference) => Promise<LoadedPlugin>
): Promise<ConfigPipeline> {
  const fail = (field: string | null, reason: string, plugin?: string | null, option?: string | null): never => {
    throw new ConfigError({file: context.file, pipeline: name, field, plugin, option}, reason)
  }

  const used: Array<ResolvedPlugin> = []

  // One plugin entry → a step of `role`, or `null` for `[plugin, false]`.
  const step = async <Role extends PluginRole>(entry: PluginEntry, field: string, role: Role): Promise<{step: Step<Role>; plugin: AnyAttacher} | null> => {
    const [reference, ...parameters] = Array.isArray(entry) ? entry : [entry]
    const label = typeof reference === 'function' ? reference.name || 'anonymous' : reference
    let found: LoadedPlugin
    try {
      found = await load(reference)
    } catch (error) {
      if (error instanceof PluginNotFoundError) return fail(field, error.message, label)
      throw error
    }

    if (found.resolved !== null) used.push(found.resolved)
    if (parameters.length === 1 && parameters[0] === false) return null

    let actual: PluginRole
    try {
      actual = detectRole(found.plugin, ...parameters)
    } catch (error) {
      // The option a rule names (`minimum`, `severity`); a plugin's own
      // error is passed on as it is.
      const option = isRuleOptionError(error) && error.field !== 'options' ? error.field : null
      return fail(field, (error as Error).message, label, option)
    }

    if (actual !== role) fail(field, 'unexpected ' + actual + ' plugin, expected a ' + role, label)
    const make = role === 'parser' ? parserStep : role === 'transformer' ? transformerStep : compilerStep
    return {step: (make as unknown as (plugin: never, ...parameters: Array<never>) => Step<Role>)(found.plugin as never, ...(parameters as Array<never>)), plugin: found.plugin}
  }

  // Parsers: the base's, each kind given replaced (or removed with `false`).
  const parsers: Partial<Record<SourceKind, Step<'parser'>>> = {...(base?.parsers ?? {})}
  for (const kind of sourceKinds) {
    const entry = config.parsers?.[kind]
    if (entry === undefined) continue
    const made = await step(entry, 'parsers.' + kind, 'parser')
    if (made === null) delete parsers[kind]
    else parsers[kind] = made.step
  }

  // Transformers: the base's in order; one given again is reconfigured in
  // place (or removed with `false`), a new one is added after them.
  const transformers: Array<Step<'transformer'>> = [...(base?.transformers ?? [])]
  const listed = new Set<AnyAttacher>()
  for (const [index, entry] of (config.transformers ?? []).entries()) {
    const field = 'transformers[' + index + ']'
    const made = await step(entry, field, 'transformer')
    const reference = Array.isArray(entry) ? entry[0] : entry
    const plugin = made?.plugin ?? (await load(reference)).plugin
    if (listed.has(plugin)) {
      fail(field, 'unexpected second entry for this plugin, expected each transformer once (unified would merge them)', typeof reference === 'function' ? reference.name : reference)
    }

    listed.add(plugin)
    const at = transformers.findIndex((existing) => existing.plugin === plugin)
    if (made === null) {
      if (at === -1) fail(field, 'unexpected `false` for a plugin the pipeline does not have, expected it only to remove a transformer of `extends`', typeof reference === 'function' ? reference.name : reference)
      transformers.splice(at, 1)
    } else if (at === -1) {
      transformers.push(made.step)
    } else {
      transformers[at] = made.step
    }
  }

  let compiler = base?.compiler
  if (config.compiler !== undefined) {
    const made = await step(config.compiler, 'compiler', 'compiler')
    if (made === null) fail('compiler', 'unexpected `false`, expected a compiler (a pipeline cannot go without one)')
    compiler = made?.step
  }

  if (Object.keys(parsers).length === 0) fail('parsers', 'missing parsers, expected a parser for `plain-text` or `portal-html` (or `extends`)')
  if (compiler === undefined) return fail('compiler', 'missing compiler, expected a compiler plugin (or `extends`)')
  const extension = config.extension ?? base?.extension
  if (extension === undefined) return fail('extension', 'missing extension, expected one such as `.json` (or `extends`)')

  let definition: PipelineDefinition
  try {
    definition = definePipeline({name, description: config.description, parsers, transformers, compiler, extension, batch: base?.batch ?? []})
  } catch (error) {
    return fail(null, (error as Error).message)
  }

  const origin: PipelineOrigin = {
    config: context.file,
    plugins: used.map((resolved) => ({specifier: resolved.specifier, packageName: resolved.packageName, version: resolved.version, sha256: resolved.sha256}))
  }
  return Object.freeze({...definition, origin: Object.freeze(origin)})
}

// By shape as well as class: a plugin built against another copy of
// `@baogao/core` throws that copy's `RuleOptionError`.
function isRuleOptionError(error: unknown): error is RuleOptionError {
  return error instanceof RuleOptionError || (error instanceof TypeError && error.name === 'RuleOptionError' && typeof (error as {field?: unknown}).field === 'string')
}
