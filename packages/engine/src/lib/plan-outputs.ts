/**
 * What to do with each input of a run: convert it, or fail it at once
 * because its output name is taken, either reserved for the run
 * (manifest, batch outputs, cache, lock) or the output of an earlier input
 * in sort order (`a.html` and `a.txt` → `a.json`). Names are compared
 * lower-cased: on case-insensitive file systems `A.json` is `a.json`.
 */
import path from 'node:path'
import {cacheFolderName} from './cache.js'
import {failedOutcome} from './convert-input.js'
import type {ConvertOutcome, ConvertTask} from './convert-input.js'
import type {InputList} from './input-list.js'
import {lockFileName} from './lock.js'
import {manifestFileName} from './manifest.js'
import type {EnginePipeline} from './pipeline-module.js'
import {outputNameFor} from './write-output.js'

export type Plan = {index: number, task: ConvertTask, outcome?: never} | {index: number, outcome: ConvertOutcome, task?: never}

/** What every task of a run shares. */
export type SharedTask = Pick<ConvertTask, 'pipelineModule' | 'fingerprint' | 'outDir' | 'force'>

/**
 * A plan per input, in input order, made as the conversion asks for them.
 * Taken names are found before the first plan, so that the run keeps the
 * few inputs whose name is taken rather than every name claimed so far.
 */
export function * planOutputs(inputs: InputList, definition: EnginePipeline, shared: SharedTask): Generator<Plan> {
  const taken = takenOutputs(inputs, definition)

  for (let index = 0; index < inputs.length; index++) {
    const name = inputs.name(index)
    const reason = taken.get(index)
    yield reason === undefined
      ? {index, task: {...shared, pipeline: definition.name, path: path.resolve(inputs.root, name), name, output: outputNameFor(name, definition.extension)}}
      : {index, outcome: failedOutcome(name, reason)}
  }
}

/** Why each input whose output is taken fails, by input index. */
function takenOutputs(inputs: InputList, definition: EnginePipeline): Map<number, string> {
  const reserved = new Set([manifestFileName, lockFileName, ...definition.batch.map((output) => output.file)].map((name) => name.toLowerCase()))
  const outputOf = (index: number): string => outputNameFor(inputs.name(index), definition.extension)
  const keys = Array.from({length: inputs.length}, (_, index) => outputOf(index).toLowerCase())
  // Equal names side by side, each group in input order: the first input
  // of a group that is not reserved claims the name.
  const order = Array.from(keys.keys()).sort((a, b) => compare(keys[a] as string, keys[b] as string) || a - b)
  const taken = new Map<number, string>()
  let claimant = -1

  for (const index of order) {
    const key = keys[index] as string
    let why: string | undefined
    if (reserved.has(key) || key.startsWith(cacheFolderName + '/')) why = 'is a name the run reserves for itself; rename the input'
    else if (claimant !== -1 && keys[claimant] === key) why = `is already the output of \`${inputs.name(claimant)}\`; rename one of them`
    else claimant = index

    if (why !== undefined) taken.set(index, `Cannot process \`${inputs.name(index)}\`: its output \`${outputOf(index)}\` ${why}`)
  }

  return taken
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
