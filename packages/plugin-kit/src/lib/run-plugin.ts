/**
 * Running a plugin under test the way a pipeline would: a parser (the
 * plugin itself or the one given) or a ready tree, the transformers given
 * to run before it, the plugin, then the compiler's `stringify` when the
 * plugin is one.
 */
import type {NodeTypeSpec, Root} from '@baogao/core'
import {unified} from 'unified'
import type {Pluggable, PluggableList, Processor} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {PluginRole} from './role.js'
import {detectRole} from './role.js'

/** Any unified attacher, its parameters erased (every plugin type fits). */
export type AnyPlugin = (this: Processor, ...parameters: Array<never>) => unknown

/** The plugin under test and what it needs around it. */
export interface PluginSubject {
  /** The plugin under test. */
  plugin: AnyPlugin
  /**
   * Its first parameter: options, or a rule setting such as
   * `['error', {minimum: 2}]` (default: none, the plugin's defaults).
   */
  setting?: unknown
  /**
   * A parser for text inputs (`@baogao/parse-plain-text`), when the plugin
   * under test is not one. Not needed for trees (`input.json`).
   */
  parser?: Pluggable | undefined
  /** Transformers to run before the plugin (a redactor, say). */
  before?: PluggableList | undefined
  /** Node types the plugin adds, for `checkTree`. */
  nodeTypes?: Readonly<Record<string, NodeTypeSpec>> | undefined
}

/** One input: source text (or bytes) to parse, or a ready tree. */
export type SubjectInput =
  | {path: string; value: string | Uint8Array; tree?: undefined}
  | {path: string; tree: Root; value?: string | Uint8Array | undefined}

/** What one run gives. */
export interface PluginRun {
  /** The tree after the plugin (for a compiler: the tree it compiled). */
  tree: Root
  /** The compiled result of a compiler; `undefined` otherwise. */
  output: string | Uint8Array | undefined
  messages: Array<VFileMessage>
  file: VFile
  /** Whether a compiler changed the tree it compiled (it must not). */
  changedByCompiler: boolean
}

/** A processor for `subject`, made once and reused across files. */
export interface SubjectProcessor {
  role: PluginRole
  processor: Processor
  run(input: SubjectInput): Promise<PluginRun>
}

/**
 * Make the processor for `subject`. Attaching runs the plugin's option
 * checks: bad options throw here.
 */
export function createSubjectProcessor(subject: PluginSubject): SubjectProcessor {
  const parameters = subject.setting === undefined ? [] : [subject.setting]
  const role = detectRole(subject.plugin, ...parameters)
  const entry = [subject.plugin, ...parameters] as unknown as Pluggable
  const list: PluggableList = []
  if (role !== 'parser' && subject.parser !== undefined) list.push(subject.parser)
  if (role !== 'parser') list.push(...(subject.before ?? []))
  list.push(entry)
  const processor = unified().use(list).freeze() as unknown as Processor

  return {
    role,
    processor,
    async run(input) {
      const file = new VFile({path: input.path, ...(input.value === undefined ? {} : {value: input.value})})
      let tree: Root
      if (input.tree === undefined) {
        if (processor.parser === undefined) {
          throw new TypeError('Unexpected text input `' + input.path + '` without a parser, expected `parser` (such as `@baogao/parse-plain-text`) or a tree (`input.json`)')
        }

        tree = processor.parse(file) as unknown as Root
      } else {
        tree = structuredClone(input.tree)
      }

      tree = (await processor.run(tree, file)) as unknown as Root
      if (role !== 'compiler') return {tree, output: undefined, messages: file.messages, file, changedByCompiler: false}
      const before = JSON.stringify(tree)
      const output = processor.stringify(tree, file) as unknown as string | Uint8Array
      return {tree, output, messages: file.messages, file, changedByCompiler: JSON.stringify(tree) !== before}
    }
  }
}

/** A message's place as `line:column-line:column`, `line:column`, or `-`. */
export function formatPlace(message: VFileMessage): string {
  const place = message.place
  if (place === undefined || place === null) return '-'
  if ('start' in place) {
    return place.start.line + ':' + place.start.column + '-' + place.end.line + ':' + place.end.column
  }

  return place.line + ':' + place.column
}

/**
 * Messages as the lines of a `messages.txt` golden file:
 * `2:1-2:30  warning  Unexpected …  rule-id  source` (`-` for what is
 * missing), in the order the file got them.
 */
export function formatMessages(messages: ReadonlyArray<VFileMessage>): string {
  return messages
    .map((message) =>
      [
        formatPlace(message),
        message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
        message.reason,
        message.ruleId ?? '-',
        message.source ?? '-'
      ].join('  ')
    )
    .map((line) => line + '\n')
    .join('')
}

/**
 * What a run produced, as plain JSON for a golden file: the tree for a
 * parser or transformer; for a compiler its result, parsed when it is
 * JSON, else the string (bytes as `{base64}`).
 */
export function outputValue(role: PluginRole, run: PluginRun): unknown {
  if (role !== 'compiler') return JSON.parse(JSON.stringify(run.tree)) as unknown
  const output = run.output
  if (output instanceof Uint8Array) return {base64: Buffer.from(output).toString('base64')}
  if (typeof output !== 'string') return output ?? null
  try {
    return JSON.parse(output) as unknown
  } catch {
    return output
  }
}
