/**
 * What a plugin does, read at run time. unified types say it (`Plugin<…,
 * string, Root>` is a parser), but types are gone once a plugin is loaded
 * from a config file or a test; an attacher shows its role by what it sets
 * on the processor: a parser sets `parser`, a compiler sets `compiler`.
 */
import {unified} from 'unified'
import type {Pluggable} from 'unified'

/** The role a plugin plays in a pipeline. */
export type PluginRole = 'parser' | 'transformer' | 'compiler'

/**
 * Attach `plugin` with `parameters` to a scratch processor and report its
 * role. Attaching runs the plugin's option checks, so bad options throw
 * here, as they would in a pipeline.
 */
export function detectRole(plugin: (...parameters: Array<never>) => unknown, ...parameters: ReadonlyArray<unknown>): PluginRole {
  if (typeof plugin !== 'function') {
    throw new TypeError('detectRole: unexpected `' + (plugin === null ? 'null' : typeof plugin) + '`, expected a unified plugin (a function)')
  }

  const processor = unified()
    .use([[plugin, ...parameters] as unknown as Pluggable])
    .freeze()
  if (processor.parser !== undefined && processor.compiler !== undefined) {
    throw new TypeError('detectRole: unexpected plugin `' + (plugin.name || 'anonymous') + '` that sets both a parser and a compiler, expected one role')
  }

  if (processor.parser !== undefined) return 'parser'
  if (processor.compiler !== undefined) return 'compiler'
  return 'transformer'
}
