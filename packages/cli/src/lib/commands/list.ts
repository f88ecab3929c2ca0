/**
 * `baogao list`: the pipelines (name, description, accepted input kinds,
 * outputs) and the plugins they are made of.
 */
import {RunError, loadPipelineModule} from '@baogao/engine'
import type {EnginePipeline, EngineStep} from '@baogao/engine'
import type {CommandSpec} from '../command.js'
import {exitCodes, reportError} from '../command.js'

export interface PluginListing {
  name: string
  role: string
  /** Pipelines using the plugin, sorted. */
  pipelines: Array<string>
}

export interface PipelineListing {
  name: string
  description: string
  accepts: Array<string>
  extension: string
  /** Plugins in the order they run; parsers first, one per input kind. */
  plugins: Array<{role: string, name: string, kind?: string}>
  batch: Array<{file: string, description: string}>
}

export const listCommand: CommandSpec = {
  name: 'list',
  summary: 'list pipelines and plugins',
  description: 'List the pipelines (name, description, accepted input kinds, outputs) and the plugins they are made of.',
  arguments: [],
  options: [{flags: '--json', description: 'print JSON instead of text'}],
  async action(_args, options, context) {
    let module: Awaited<ReturnType<typeof loadPipelineModule>>
    try {
      module = await loadPipelineModule(context.pipelineModule)
    } catch (error) {
      // A config file that cannot be used names its file, pipeline, plugin and field.
      if (!(error instanceof RunError)) throw error
      reportError(context, error.message)
      return exitCodes.usage
    }

    const pipelines = Object.keys(module.pipelines).sort().map((name) => describePipeline(module.pipelines[name] as EnginePipeline))
    const plugins = collectPlugins(pipelines)

    if (options['json'] === true) {
      context.stdout.write(JSON.stringify({pipelines, plugins}, null, 2) + '\n')
      return exitCodes.ok
    }

    const lines = ['Pipelines:']
    if (pipelines.length === 0) lines.push('  (none)')
    for (const pipeline of pipelines) {
      lines.push(`  ${pipeline.name}`, `    ${pipeline.description}`, `    accepts: ${pipeline.accepts.join(', ')}`, `    outputs: one *${pipeline.extension} per input${pipeline.batch.map((output) => `, ${output.file}`).join('')}`)
      lines.push(`    plugins: ${formatChain(pipeline.plugins)}`)
    }

    lines.push('', 'Plugins:')
    if (plugins.length === 0) lines.push('  (none)')
    const width = Math.max(0, ...plugins.map((plugin) => plugin.name.length))
    for (const plugin of plugins) {
      lines.push(`  ${plugin.name.padEnd(width)}  ${plugin.role.padEnd(11)}  ${plugin.pipelines.join(', ')}`)
    }

    context.stdout.write(lines.join('\n') + '\n')
    return exitCodes.ok
  }
}

/** `a | b → c → d`: one parser per input kind (alternatives), then the rest in order. */
function formatChain(plugins: PipelineListing['plugins']): string {
  const parsers = plugins.filter((plugin) => plugin.kind !== undefined).map((plugin) => plugin.name)
  const rest = plugins.filter((plugin) => plugin.kind === undefined).map((plugin) => plugin.name)
  return [parsers.join(' | '), ...rest].join(' → ')
}

function describePipeline(definition: EnginePipeline): PipelineListing {
  const plugins: PipelineListing['plugins'] = []
  for (const kind of definition.accepts) {
    const parser = definition.parsers[kind]
    if (parser) plugins.push({role: parser.role, name: parser.name, kind})
  }

  for (const step of [...definition.transformers, definition.compiler] as Array<EngineStep>) {
    plugins.push({role: step.role, name: step.name})
  }

  return {
    name: definition.name,
    description: definition.description,
    accepts: [...definition.accepts],
    extension: definition.extension,
    plugins,
    batch: definition.batch.map((output) => ({file: output.file, description: output.description}))
  }
}

function collectPlugins(pipelines: ReadonlyArray<PipelineListing>): Array<PluginListing> {
  const byKey = new Map<string, PluginListing>()
  for (const pipeline of pipelines) {
    for (const plugin of pipeline.plugins) {
      const key = `${plugin.role}\0${plugin.name}`
      const listing = byKey.get(key) ?? {name: plugin.name, role: plugin.role, pipelines: []}
      if (!listing.pipelines.includes(pipeline.name)) listing.pipelines.push(pipeline.name)
      byKey.set(key, listing)
    }
  }

  const roles = ['parser', 'transformer', 'compiler']
  return [...byKey.values()].sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}
