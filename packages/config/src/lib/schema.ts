/**
 * The shape of a config file, as a zod schema: checked before any plugin
 * is resolved, and shipped as JSON Schema (`schema.json`) for editors.
 * Problems come back as "unexpected X, expected Y" with the field's path.
 */
import {z} from 'zod'

/** A plugin as a config names it: a package name, a path, or (in JS) the plugin. */
export type PluginReference = string | ((...parameters: Array<never>) => unknown)

/** `name`, `[name]`, `[name, options]` (more parameters after them if the plugin takes them). */
export type PluginEntry = PluginReference | [PluginReference, ...Array<unknown>]

/** One pipeline in a config file. */
export interface PipelineConfig {
  /** One line for `baogao list`. */
  description: string
  /** A pipeline to start from: built in, or another of this file. */
  extends?: string | undefined
  /** A parser per input kind. */
  parsers?: {'plain-text'?: PluginEntry | undefined; 'portal-html'?: PluginEntry | undefined} | undefined
  /** Transformers; with `extends`, added after the base's (or reconfiguring them). */
  transformers?: Array<PluginEntry> | undefined
  compiler?: PluginEntry | undefined
  /** Extension of per-document outputs: `.json`. */
  extension?: string | undefined
}

/** A config file's content. */
export interface ConfigData {
  $schema?: string | undefined
  pipelines: Record<string, PipelineConfig>
}

const kebab = /^[a-z][a-z\d]*(?:-[a-z\d]+)*$/
const extensionPattern = /^\.[a-z\d]+(?:\.[a-z\d]+)*$/

/** Known fields, for "expected one of" in unknown-field messages. */
export const knownFields = {
  config: ['$schema', 'pipelines'],
  pipeline: ['description', 'extends', 'parsers', 'transformers', 'compiler', 'extension'],
  parsers: ['plain-text', 'portal-html']
} as const

/**
 * The schema. `allowFunctions` lets a plugin be given as itself, as a
 * `baogao.config.js` may; JSON configs name plugins only.
 */
export function configSchema(allowFunctions: boolean) {
  const name = z.string({error: 'expected a plugin name or path'}).min(1, {error: 'expected a plugin name or path'})
  const reference = allowFunctions
    ? z.union([name, z.custom<(...parameters: Array<never>) => unknown>((value) => typeof value === 'function')], {error: 'expected a plugin name, path or function'})
    : name
  const entry = z
    .union([reference, z.tuple([reference], z.unknown())], {
      error: allowFunctions ? 'expected a plugin, `[plugin]` or `[plugin, options]`' : 'expected a plugin name, `[name]` or `[name, options]`'
    })
    .describe('A plugin: `name`, `[name]` or `[name, options]`. Names resolve from the config file’s folder: `x` is `baogao-plugin-x`, `@baogao/x` or `x`; `@scope/x` is `@scope/baogao-plugin-x` or `@scope/x`; `./path` is a file or package folder. A rule takes a severity tuple: `[name, ["warn", {…}]]`. With `extends`, `[name, false]` removes a transformer.')

  const pipeline = z.strictObject(
    {
      description: z.string({error: 'expected a one-line description'}).trim().min(1, {error: 'expected a one-line description'}).describe('One line, shown by `baogao list`.'),
      extends: z.string({error: 'expected the name of a pipeline'}).regex(kebab, {error: 'expected the name of a pipeline'}).optional().describe('A pipeline to start from (built in, or another of this file): its parsers, transformers, compiler, extension and batch outputs are kept unless given here.'),
      parsers: z.strictObject({'plain-text': entry.optional(), 'portal-html': entry.optional()}, {error: 'expected an object of parsers by input kind (`plain-text`, `portal-html`)'}).optional().describe('A parser plugin per input kind.'),
      transformers: z.array(entry, {error: 'expected an array of plugins'}).optional().describe('Transformer plugins, in order. With `extends`: added after the base’s; one the base has is reconfigured in place.'),
      compiler: entry.optional().describe('The per-document compiler plugin.'),
      extension: z.string({error: 'expected an extension such as `.json`'}).regex(extensionPattern, {error: 'expected a lowercase extension with its dot, such as `.json`'}).optional().describe('Extension of per-document outputs, with its dot: `.json`.')
    },
    {error: 'expected a pipeline object'}
  ).describe('A pipeline: parsers, transformers and a compiler, or `extends` and what changes.')

  return z.strictObject(
    {
      $schema: z.string({error: 'expected a string'}).optional(),
      pipelines: z.record(z.string().regex(kebab, {error: 'expected a kebab-case pipeline name such as `checked-json`'}), pipeline, {error: 'expected an object of pipelines by name'}).describe('Pipelines by kebab-case name, used as `baogao run <name>`.')
    },
    {error: 'expected a config object with `pipelines`'}
  ).describe('Baogao config: user pipelines beside the built-in ones.')
}

/** A problem found by the schema, located. */
export interface SchemaProblem {
  /** The path into the config: `['pipelines', 'checked', 'transformers', 0]`. */
  path: Array<string | number>
  /** `unexpected …, expected …`. */
  reason: string
}

/**
 * Check `value` against the schema.
 *
 * @returns
 *   The data, or the first problem (an unknown field before the rest).
 */
export function parseConfig(value: unknown, allowFunctions: boolean): {data: ConfigData} | {problem: SchemaProblem} {
  const result = configSchema(allowFunctions).safeParse(value)
  if (result.success) return {data: result.data as ConfigData}
  // A misspelt field explains a missing one: report it first.
  const issue = result.error.issues.find((found) => found.code === 'unrecognized_keys') ?? result.error.issues[0]
  if (issue === undefined) return {problem: {path: [], reason: 'unexpected config, expected an object with `pipelines`'}}
  const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))

  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? ''
    const known = knownFor(path)
    return {problem: {path: [...path, key], reason: 'unexpected field `' + key + '`, expected ' + (known.length === 0 ? 'none' : 'one of ' + known.map((field) => '`' + field + '`').join(', '))}}
  }

  if (issue.code === 'invalid_key') {
    return {problem: {path, reason: 'unexpected pipeline name `' + String(path.at(-1)) + '`, expected a kebab-case name such as `checked-json`'}}
  }

  const actual = valueAt(value, path)
  const expected = issue.message.startsWith('expected') ? issue.message : 'expected ' + issue.message
  return {problem: {path, reason: (actual === undefined ? 'missing value, ' : 'unexpected ' + show(actual) + ', ') + expected}}
}

function knownFor(path: ReadonlyArray<string | number>): ReadonlyArray<string> {
  if (path.length === 0) return knownFields.config
  if (path.length === 2 && path[0] === 'pipelines') return knownFields.pipeline
  if (path.length === 3 && path[2] === 'parsers') return knownFields.parsers
  return []
}

function valueAt(value: unknown, path: ReadonlyArray<string | number>): unknown {
  let current = value
  for (const part of path) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<string | number, unknown>)[part]
  }

  return current
}

/** A value for a message: JSON, cut short; never more than a glimpse. */
export function show(value: unknown): string {
  if (typeof value === 'function') return 'function'
  const json = JSON.stringify(value) ?? String(value)
  return '`' + (json.length > 60 ? json.slice(0, 57) + '...' : json) + '`'
}

/** `['pipelines', 'x', 'transformers', 0, 1]` → `transformers[0][1]` (below the pipeline). */
export function fieldName(path: ReadonlyArray<string | number>): string {
  let result = ''
  for (const part of path) {
    if (typeof part === 'number') result += '[' + part + ']'
    else result += (result === '' ? '' : '.') + part
  }

  return result
}

/** The JSON Schema of `baogao.config.json`, as shipped in `schema.json`. */
export function configJsonSchema(): Record<string, unknown> {
  return {title: 'baogao.config.json', ...z.toJSONSchema(configSchema(false))}
}
