/**
 * Plugin steps: a unified plugin together with its parameters, tagged with
 * the role it plays in a pipeline.
 *
 * unified types a plugin by what it takes and gives (`Plugin<Parameters,
 * Input, Output>`), but at runtime a parser, a transformer and a compiler
 * are all plain attacher functions, and structurally their types collapse to
 * the same shape. The step constructors read the role back out of the
 * plugin's declared `Plugin<…>` type, so handing a compiler to
 * `parserStep` (or wrong options to any of them) fails to compile, and tag
 * the result so that a step cannot land in the wrong slot of a definition.
 */
import type {Root} from '@baogao/core'
import type {Plugin, Processor} from 'unified'
import type {Node} from 'unist'

/** What a per-document compiler may produce. */
export type CompileResult = string | Uint8Array

/** The role a plugin plays in a pipeline. */
export type PluginRole = 'parser' | 'transformer' | 'compiler'

/**
 * Any attacher, with its parameters erased. Parameters are `never` so that
 * every concrete plugin type is assignable to it.
 */
export type AnyAttacher = (
  this: Processor,
  ...parameters: Array<never>
) => unknown

/** A plugin with its parameters, ready to `use`. */
export interface Step<Role extends PluginRole> {
  readonly role: Role
  /** The plugin's function name (`emitJson`), for listings. */
  readonly name: string
  readonly plugin: AnyAttacher
  readonly parameters: ReadonlyArray<unknown>
}

/** A parser step: text in, report tree out. */
export interface ParserStep extends Step<'parser'> {}

/** A transformer step: report tree in, report tree out. */
export interface TransformerStep extends Step<'transformer'> {}

/** A compiler step: report tree in, `Result` out. */
export interface CompilerStep<Result extends CompileResult = CompileResult>
  extends Step<'compiler'> {
  /** Type-only: what the compiler produces. Never set at runtime. */
  readonly result?: Result | undefined
}

// ---------------------------------------------------------------------------
// Reading a plugin's declared type.

/** The parameters a plugin takes, inferred from its `Plugin<…>` type. */
export type PluginParameters<P> =
  P extends Plugin<infer Parameters, infer _Input, infer _Output>
    ? Parameters
    : never

/** What a plugin's processor stage gives, inferred from its `Plugin<…>` type. */
export type PluginOutput<P> =
  P extends Plugin<infer _Parameters, infer _Input, infer Output>
    ? Output
    : never

/**
 * The role a plugin is declared for, or `'unknown'` when its type does not
 * say (an untyped function) or says something Baogao cannot use.
 */
export type RoleOf<P> =
  P extends Plugin<infer _Parameters, infer Input, infer Output>
    ? [Input] extends [string]
      ? [Output] extends [Root]
        ? 'parser'
        : 'unknown'
      : [Input] extends [Node]
        ? [Output] extends [CompileResult]
          ? 'compiler'
          : [Output] extends [Root]
            ? 'transformer'
            : 'unknown'
        : 'unknown'
    : 'unknown'

/**
 * Resolves to `unknown` (no constraint) when `P` has `Role`, and to an
 * object type whose key reads as the error message otherwise.
 */
export type RequireRole<P, Role extends PluginRole> =
  RoleOf<P> extends Role
    ? unknown
    : {[K in `expected a ${Role} plugin typed Plugin<[Options?], ${Role extends 'parser' ? 'string, Root' : Role extends 'transformer' ? 'Root, Root' : 'Root, string'}>`]: never}

/**
 * A parser step: `plugin` must be declared `Plugin<[Options?], string,
 * Root>`; `parameters` are checked against the plugin's own.
 */
export function parserStep<P extends AnyAttacher>(
  plugin: P & RequireRole<P, 'parser'>,
  ...parameters: PluginParameters<P>
): ParserStep {
  return createStep('parser', plugin, parameters)
}

/**
 * A transformer step: `plugin` must be declared `Plugin<[Options?], Root,
 * Root>` (or `Plugin<[Options?], Root>`).
 */
export function transformerStep<P extends AnyAttacher>(
  plugin: P & RequireRole<P, 'transformer'>,
  ...parameters: PluginParameters<P>
): TransformerStep {
  return createStep('transformer', plugin, parameters)
}

/**
 * A compiler step: `plugin` must be declared `Plugin<[Options?], Root,
 * string>` (or `Uint8Array`).
 */
export function compilerStep<P extends AnyAttacher>(
  plugin: P & RequireRole<P, 'compiler'>,
  ...parameters: PluginParameters<P>
): CompilerStep<Extract<PluginOutput<P>, CompileResult>> {
  return createStep('compiler', plugin, parameters)
}

function createStep<Role extends PluginRole>(
  role: Role,
  plugin: unknown,
  parameters: ReadonlyArray<unknown>
): Step<Role> {
  if (typeof plugin !== 'function') {
    throw new TypeError(
      `@baogao/pipelines: unexpected ${role} plugin \`${describe(plugin)}\`, expected a function`
    )
  }

  return Object.freeze({
    role,
    name: plugin.name || 'anonymous',
    plugin: plugin as AnyAttacher,
    parameters: Object.freeze([...parameters])
  })
}

function describe(value: unknown): string {
  return value === null ? 'null' : typeof value
}
