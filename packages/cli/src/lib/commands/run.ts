/**
 * `baogao run <pipeline> <inputs...> --out <dir>`: a named pipeline over
 * files, folders and globs, through the engine.
 */
import {RunError, run} from '@baogao/engine'
import type {LogFormat} from '@baogao/engine'
import type {CommandSpec} from '../command.js'
import {exitCodes, positiveInteger, reportError} from '../command.js'

export const runCommand: CommandSpec = {
  name: 'run',
  summary: 'run a pipeline over files, folders and globs',
  description: `Run a pipeline over files, folders (searched recursively for .txt, .text,
.htm, .html, .shtml, .xhtml, .jhtml) and globs. Input \`<root>/a/01.txt\` gives
\`<dir>/a/01.json\`, sub-folders relative to the input root kept; nothing is
written outside <dir>. Unchanged inputs whose output is still there are
skipped; a run writes <dir>/manifest.json and the pipeline's batch outputs.`,
  arguments: [
    {syntax: '<pipeline>', description: 'pipeline name (see `baogao list`)'},
    {syntax: '<inputs...>', description: 'files, folders and globs'}
  ],
  options: [
    {flags: '-o, --out <dir>', description: 'output folder (required)', required: true},
    {flags: '-c, --concurrency <n>', description: 'worker threads; 1 runs in the main thread (default: the number of cores)', parse: positiveInteger},
    {flags: '-f, --force', description: 'process every input, ignoring the cache'},
    {flags: '--log <format>', description: 'progress: a bar on a terminal, JSON lines otherwise', choices: ['auto', 'pretty', 'json'], defaultValue: 'auto'},
    {flags: '-q, --quiet', description: 'report failed inputs only'},
    {flags: '--frail', description: 'exit with 1 on warnings too'}
  ],
  helpFooter: `
Exit codes: 0 ok, 1 content errors (or warnings with --frail), 2 usage or
configuration errors (unknown pipeline, no inputs, output folder in use), 3 some
inputs could not be processed (missing, empty, binary, not UTF-8, a plugin
failed), 130 interrupted.

Examples:
  baogao run text-to-json samples/text --out out
  baogao run text-to-json 'reports/**/*.txt' --out out --log json > run.jsonl`,
  async action([pipeline, inputs], options, context) {
    try {
      const result = await run({
        pipeline: String(pipeline),
        pipelineModule: context.pipelineModule,
        inputs: (inputs as Array<string>).map(String),
        out: String(options['out']),
        cwd: context.cwd,
        concurrency: options['concurrency'] as number | undefined,
        force: options['force'] === true,
        frail: options['frail'] === true,
        log: options['log'] as LogFormat,
        quiet: options['quiet'] === true,
        stdout: context.stdout,
        stderr: context.stderr,
        signal: context.signal
      })
      return result.interrupted ? exitCodes.interrupted : result.exitCode
    } catch (error) {
      if (error instanceof RunError) {
        reportError(context, error.message)
        return exitCodes.usage
      }

      throw error
    }
  }
}
