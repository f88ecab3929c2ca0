/**
 * `baogao check <inputs...>`: parse reports and check their section
 * numbering, nesting and template (`@baogao/validate-section-order`, through
 * `@baogao/pipelines`), and print the messages.
 */
import path from 'node:path'
import type {MessageRecord, SourceKind} from '@baogao/core'
import {toMessageRecord} from '@baogao/core'
import {InputError, describeFailure, findInputs, readInput, toVFile} from '@baogao/engine'
import {createCheckProcessor, loadRuleConfig} from '@baogao/pipelines'
import type {CheckProcessor} from '@baogao/pipelines'
import type {VFile} from 'vfile'
import type {CommandSpec} from '../command.js'
import {exitCodes, reportError} from '../command.js'

/** One checked input: its messages, or why it could not be read. */
interface Checked {
  name: string
  file: VFile | undefined
  failure: string | undefined
}

export const checkCommand: CommandSpec = {
  name: 'check',
  summary: 'check section numbering, nesting and the report template',
  description: `Parse reports and check their section numbering, nesting, the official report
template, the title, the title year and the publication date
(@baogao/validate-section-order). Folders are searched recursively for .txt,
.text, .htm, .html, .shtml, .xhtml, .jhtml. Messages are printed as
\`file:line:column  severity  reason  rule-id\` with a summary line.`,
  arguments: [{syntax: '<inputs...>', description: 'files, folders and globs'}],
  options: [
    {flags: '--profile <name>', description: 'template to check against (default: from the report kind)', choices: ['auto', 'annual-report', 'duty-report', 'none']},
    {flags: '--config <file>', description: 'JSON file of rule settings: {"profile": …, "rules": {"rule-id": "off" | "warn" | "error" | ["error", {…}]}}'},
    {flags: '--reporter <name>', description: 'output format', choices: ['pretty', 'json'], defaultValue: 'pretty'},
    {flags: '--frail', description: 'exit with 1 on warnings too'}
  ],
  helpFooter: `
Exit codes: 0 ok, 1 errors (or warnings with --frail), 2 usage or
configuration errors (bad --config, no inputs), 3 some inputs could not be
read or parsed.

Examples:
  baogao check samples/text
  baogao check 'reports/**/*.txt' --profile annual-report --frail
  baogao check report.txt --config rules.json --reporter json`,
  async action([inputs], options, context) {
    let settings: Record<string, unknown> = {}
    if (typeof options['config'] === 'string') {
      try {
        settings = {...(await loadRuleConfig(path.resolve(context.cwd, options['config'])))}
      } catch (error) {
        reportError(context, `Cannot use config: ${(error as Error).message}`)
        return exitCodes.usage
      }
    }

    if (typeof options['profile'] === 'string') settings['profile'] = options['profile']

    const processors = new Map<SourceKind, CheckProcessor | undefined>()
    const processorFor = (kind: SourceKind) => {
      if (!processors.has(kind)) processors.set(kind, createCheckProcessor(kind, settings))
      return processors.get(kind)
    }

    // Bad rule settings fail before any input is read.
    try {
      processorFor('plain-text')
    } catch (error) {
      reportError(context, (error as Error).message)
      return exitCodes.usage
    }

    const found = await findInputs((inputs as Array<unknown>).map(String), {cwd: context.cwd})
    if (found.inputs.length === 0) {
      reportError(context, 'No inputs found: give files, folders or globs of .txt or .html reports')
      return exitCodes.usage
    }

    const results: Array<Checked> = []
    for (const input of found.inputs) {
      if (context.signal.aborted) break
      // Named from where the command runs, so `file:line:column` opens in an editor.
      const name = path.relative(context.cwd, input.path).split(path.sep).join('/')
      results.push(await checkOne({path: input.path, name}, processorFor))
    }

    const records = results.map((result) => ({
      file: result.name,
      failure: result.failure ?? null,
      messages: result.file ? sortMessages(result.file).map(toMessageRecord) : []
    }))
    const all = records.flatMap((record) => record.messages)
    const counts = {
      files: records.length,
      failed: records.filter((record) => record.failure !== null).length,
      errors: all.filter((message) => message.severity === 'error').length,
      warnings: all.filter((message) => message.severity === 'warning').length,
      infos: all.filter((message) => message.severity === 'info').length
    }

    if (options['reporter'] === 'json') {
      context.stdout.write(JSON.stringify({files: records, summary: counts}, null, 2) + '\n')
    } else {
      for (const record of records) {
        if (record.failure !== null) reportError(context, record.failure)
        for (const message of record.messages) context.stdout.write(formatMessage(record.file, message) + '\n')
      }

      context.stdout.write(summaryLine(counts) + '\n')
    }

    if (counts.failed > 0) return exitCodes.failed
    return counts.errors > 0 || (options['frail'] === true && counts.warnings > 0) ? exitCodes.content : exitCodes.ok
  }
}

async function checkOne(
  input: {path: string; name: string},
  processorFor: (kind: SourceKind) => CheckProcessor | undefined
): Promise<Checked> {
  let file: VFile | undefined
  try {
    const read = await readInput(input)
    file = toVFile(read, input.name)
    const processor = processorFor(read.kind)
    if (processor === undefined) {
      return {name: input.name, file: undefined, failure: `Cannot check \`${input.name}\`: no installed parser reads \`${read.kind}\` input`}
    }

    await processor.run(processor.parse(file), file)
    return {name: input.name, file, failure: undefined}
  } catch (error) {
    if (error instanceof InputError) return {name: input.name, file: undefined, failure: error.message}
    return {name: input.name, file, failure: describeFailure(error, input.name).reason}
  }
}

/** Messages in document order (those without a place last). */
function sortMessages(file: VFile): VFile['messages'] {
  const key = (value: number | undefined) => value ?? Number.MAX_SAFE_INTEGER
  return [...file.messages].sort(
    (left, right) => key(left.line) - key(right.line) || key(left.column) - key(right.column)
  )
}

/** `file:line:column  severity  reason  rule-id`, as vfile-reporter words it. */
export function formatMessage(file: string, message: MessageRecord): string {
  const place = message.line === null ? file : `${file}:${message.line}:${message.column ?? 1}`
  return [place, message.severity, message.reason, message.ruleId ?? message.source ?? ''].join('  ').trimEnd()
}

/** vfile-reporter's summary line (`✖ 1 error, ⚠ 2 warnings`), with the file count. */
export function summaryLine(counts: {files: number; failed: number; errors: number; warnings: number; infos: number}): string {
  const parts: Array<string> = []
  if (counts.errors > 0) parts.push(`✖ ${counts.errors} error${counts.errors === 1 ? '' : 's'}`)
  if (counts.warnings > 0) parts.push(`⚠ ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'}`)
  const total = counts.errors + counts.warnings + counts.infos
  let line = parts.join(', ')
  if (total === 0) line = 'no issues found'
  else if (total !== counts.errors && total !== counts.warnings) line = `${total} messages${line === '' ? '' : ` (${line})`}`
  const files = `${counts.files} file${counts.files === 1 ? '' : 's'}`
  return `${line} in ${files}${counts.failed > 0 ? `, ${counts.failed} not checked` : ''}`
}
