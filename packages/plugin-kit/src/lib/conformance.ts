/**
 * The conformance suite: what every Baogao plugin must do, whatever it
 * does. It runs the plugin on small sample reports (and on inputs the
 * author adds) and checks that it processes them without throwing, keeps
 * the tree valid by the AST spec, gives the same result for the same
 * input, keeps no state between files, and lets no redacted contact detail
 * back into its output, messages, tree or file data.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {checkTree} from '@baogao/core'
import type {PluginRole} from './role.js'
import type {PluginRun, PluginSubject, SubjectInput} from './run-plugin.js'
import {createSubjectProcessor} from './run-plugin.js'
import {sampleReports} from './sample-reports.js'

/** The checks, by id. */
export type ConformanceCheck = 'runs' | 'valid-tree' | 'deterministic' | 'no-state' | 'no-leak'

/** What each check tests, as test titles say it. */
export const conformanceChecks: Readonly<Record<ConformanceCheck, string>> = Object.freeze({
  runs: 'processes every input without throwing (content problems are messages)',
  'valid-tree': 'keeps the tree valid by the AST spec',
  deterministic: 'gives the same output and messages for the same input',
  'no-state': 'keeps no state between files (A, B, A on one processor)',
  'no-leak': 'lets no redacted contact detail into its output, messages, tree or file data'
})

export interface ConformanceOptions extends PluginSubject {
  /**
   * More inputs besides the sample reports: files (paths or `file:` URLs,
   * parsed with `parser`, or with the plugin when it is a parser) or ready
   * inputs.
   */
  inputs?: ReadonlyArray<string | URL | SubjectInput> | undefined
}

export interface ConformanceResult {
  role: PluginRole
  /**
   * Problems per check, empty when it passes. `no-leak` is absent for a
   * parser: it reads the source, it does not get a redacted tree.
   */
  checks: Partial<Record<ConformanceCheck, Array<string>>>
}

/** Contact details planted in the sample sources, by the kind they are. */
const planted: ReadonlyArray<{kind: string; value: string}> = [
  {kind: 'phone number', value: '0716-5227196'},
  {kind: 'phone number', value: '5227196'},
  {kind: 'e-mail address', value: 'fzb@example.gov.cn'},
  {kind: 'address', value: '斗湖堤镇油江路122号'},
  {kind: 'mobile number', value: '13912345678'}
]

/**
 * Run the conformance checks on a plugin.
 *
 * @throws
 *   When the plugin cannot be attached with `setting`, or an input cannot
 *   be read: a problem of the test, not of the plugin's conformance.
 */
export async function checkConformance(options: ConformanceOptions): Promise<ConformanceResult> {
  const {role} = createSubjectProcessor(options)
  const inputs = [...sampleInputs(role), ...(await Promise.all((options.inputs ?? []).map((input) => readSubjectInput(input))))]
  const checks: Record<ConformanceCheck, Array<string>> = {runs: [], 'valid-tree': [], deterministic: [], 'no-state': [], 'no-leak': []}

  const attempt = async (run: () => Promise<PluginRun>, input: SubjectInput): Promise<PluginRun | undefined> => {
    try {
      return await run()
    } catch (error) {
      checks.runs.push('`' + input.path + '`: unexpected exception `' + (error instanceof Error ? error.message : String(error)) + '`, expected messages for content problems')
      return undefined
    }
  }

  // Fresh processors: the reference runs, and a second set for determinism.
  const first: Array<PluginRun | undefined> = []
  for (const input of inputs) first.push(await attempt(() => createSubjectProcessor(options).run(input), input))
  const again: Array<PluginRun | undefined> = []
  for (const input of inputs) again.push(await attempt(() => createSubjectProcessor(options).run(input), input))

  for (const [index, input] of inputs.entries()) {
    const run = first[index]
    if (run === undefined) continue
    for (const problem of checkTree(run.tree, {nodeTypes: options.nodeTypes})) {
      checks['valid-tree'].push('`' + input.path + '`: ' + problem.reason + ' at `' + problem.path + '`')
    }

    if (run.changedByCompiler) {
      checks['valid-tree'].push('`' + input.path + '`: unexpected change to the tree by the compiler, expected it to read the tree only')
    }

    const second = again[index]
    if (second !== undefined && snapshot(second) !== snapshot(run)) {
      checks.deterministic.push('`' + input.path + '`: unexpected difference between two runs, expected the same output and messages')
    }
  }

  // One processor over every input twice: a plugin keeping state between
  // files gives a different result the second time (or for B after A).
  const shared = createSubjectProcessor(options)
  for (const pass of [1, 2]) {
    for (const [index, input] of inputs.entries()) {
      const reference = first[index]
      const run = await attempt(() => shared.run(input), input)
      if (run === undefined || reference === undefined) continue
      if (snapshot(run) !== snapshot(reference)) {
        checks['no-state'].push('`' + input.path + '` (pass ' + pass + ' on one processor): unexpected result different from a fresh processor’s, expected no state kept between files')
      }
    }
  }

  if (role !== 'parser') {
    for (const [index, input] of inputs.entries()) {
      const run = first[index]
      if (run === undefined) continue
      for (const problem of findLeaks(run)) checks['no-leak'].push('`' + input.path + '`: ' + problem)
    }
  }

  const {'no-leak': noLeak, ...rest} = checks
  return {role, checks: role === 'parser' ? rest : {...rest, 'no-leak': noLeak}}
}

function sampleInputs(role: PluginRole): Array<SubjectInput> {
  return sampleReports().map((report) =>
    role === 'parser' ? {path: report.path, value: report.value} : {path: report.path, tree: report.tree, value: report.value}
  )
}

/**
 * Read an input named by path or URL: `.json` is a tree, `.html` and
 * `.htm` are bytes (parsers decode them), anything else UTF-8 text.
 */
export async function readSubjectInput(input: string | URL | SubjectInput): Promise<SubjectInput> {
  if (typeof input === 'object' && !(input instanceof URL)) return input
  const file = input instanceof URL || input.startsWith('file:') ? fileURLToPath(input) : path.resolve(input)
  const name = path.basename(file)
  const extension = path.extname(file).toLowerCase()
  if (extension === '.json') {
    return {path: name, tree: JSON.parse(await readFile(file, 'utf8')) as SubjectInput['tree'] & object}
  }

  if (extension === '.html' || extension === '.htm') {
    return {path: name, value: new Uint8Array(await readFile(file))}
  }

  return {path: name, value: await readFile(file, 'utf8')}
}

/** Everything a run shows the world, as one comparable string. */
function snapshot(run: PluginRun): string {
  return JSON.stringify({
    tree: run.tree,
    output: run.output instanceof Uint8Array ? Buffer.from(run.output).toString('base64') : run.output ?? null,
    messages: run.messages.map((message) => ({
      reason: message.reason,
      ruleId: message.ruleId,
      source: message.source,
      fatal: message.fatal,
      place: message.place,
      url: message.url,
      note: message.note,
      actual: message.actual,
      expected: message.expected
    })),
    data: safeJson(run.file.data)
  })
}

function findLeaks(run: PluginRun): Array<string> {
  const places: Array<[string, string]> = [
    ['output', run.output instanceof Uint8Array ? Buffer.from(run.output).toString('utf8') : run.output ?? ''],
    [
      'messages',
      run.messages
        .map((message) => [message.reason, message.note, message.url, message.actual, message.ruleId, message.source, ...(message.expected ?? []), message.cause instanceof Error ? message.cause.message : String(message.cause ?? '')].join('\n'))
        .join('\n')
    ],
    ['the tree', JSON.stringify(run.tree)],
    ['file data', safeJson(run.file.data)]
  ]
  const problems: Array<string> = []
  for (const [where, value] of places) {
    const kinds = new Set(planted.filter((contact) => value.includes(contact.value)).map((contact) => contact.kind))
    for (const kind of kinds) {
      // Say which kind of detail leaked, never the detail itself.
      problems.push('unexpected redacted ' + kind + ' in ' + where + ', expected only its placeholder')
    }
  }

  return problems
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? ''
  } catch {
    return String(value)
  }
}
