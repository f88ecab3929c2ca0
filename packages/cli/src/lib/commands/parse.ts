/**
 * `baogao parse <file>`: one report's normalized JSON on stdout, its
 * messages on stderr.
 */
import path from 'node:path'
import type {SourceKind} from '@baogao/core'
import {InputError, RunError, describeFailure, findPipeline, loadPipelineModule, processDocument, readInput, toVFile} from '@baogao/engine'
import {reporter} from 'vfile-reporter'
import type {CommandSpec} from '../command.js'
import {exitCodes, reportError} from '../command.js'

/** The pipeline `parse` uses for each input kind, unless `--pipeline` says otherwise. */
export const pipelineForKind: Readonly<Record<SourceKind, string>> = {
  'plain-text': 'text-to-json',
  'portal-html': 'portal-to-json'
}

export const parseCommand: CommandSpec = {
  name: 'parse',
  summary: "print one report's normalized JSON",
  description: `Print the normalized JSON of one report on stdout; messages go to stderr.
The input kind is told by content, not by extension: plain text goes through
\`${pipelineForKind['plain-text']}\`, an HTML page through \`${pipelineForKind['portal-html']}\`.`,
  arguments: [{syntax: '<file>', description: 'a report: a UTF-8 text file or a saved portal page'}],
  options: [
    {flags: '-p, --pipeline <name>', description: 'use this pipeline whatever the input kind'},
    {flags: '--frail', description: 'exit with 1 on warnings too'}
  ],
  helpFooter: `
Exit codes: 0 ok, 1 content errors (or warnings with --frail), 2 the file is
missing, empty, binary or not UTF-8 text, or no pipeline takes it, 3 a plugin
failed on it.`,
  async action([file], options, context) {
    const absolute = path.resolve(context.cwd, String(file))
    // Messages and `meta.source.path` name the file as given, relative to
    // where the command runs.
    const name = path.relative(context.cwd, absolute).split(path.sep).join('/')

    try {
      const input = await readInput({path: absolute, name})
      const module = await loadPipelineModule(context.pipelineModule)
      const pipelineName = typeof options['pipeline'] === 'string' ? options['pipeline'] : pipelineForKind[input.kind]

      if (typeof options['pipeline'] !== 'string' && module.getPipeline(pipelineName) === undefined) {
        reportError(context, `Cannot parse \`${name}\`: it is ${input.kind === 'portal-html' ? 'an HTML page' : 'plain text'}, and the pipeline for it, \`${pipelineName}\`, is not installed`)
        return exitCodes.usage
      }

      const definition = findPipeline(module, pipelineName)
      if (!definition.accepts.includes(input.kind)) {
        reportError(context, `Cannot parse \`${name}\`: unexpected \`${input.kind}\` input, expected ${definition.accepts.map((kind) => `\`${kind}\``).join(' or ')} for pipeline \`${definition.name}\``)
        return exitCodes.usage
      }

      const vfile = toVFile(input, name)
      let result: string | Uint8Array
      try {
        result = (await processDocument(module.createProcessor(definition, input.kind), vfile)).result
      } catch (error) {
        if (vfile.messages.length > 0) context.stderr.write(reporter([vfile], {color: false}) + '\n')
        const {reason, stack} = describeFailure(error, name)
        reportError(context, reason)
        if (stack !== null) context.stderr.write(stack + '\n')
        return exitCodes.failed
      }

      context.stdout.write(typeof result === 'string' && !result.endsWith('\n') ? result + '\n' : result)
      if (vfile.messages.length > 0) context.stderr.write(reporter([vfile], {color: false}) + '\n')

      const errors = vfile.messages.filter((message) => message.fatal === true).length
      const warnings = vfile.messages.filter((message) => message.fatal === false).length
      return errors > 0 || (options['frail'] === true && warnings > 0) ? exitCodes.content : exitCodes.ok
    } catch (error) {
      if (error instanceof InputError || error instanceof RunError) {
        reportError(context, error.message)
        return exitCodes.usage
      }

      throw error
    }
  }
}
