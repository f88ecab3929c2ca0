import {spawnSync} from 'node:child_process'
import type {SpawnSyncReturns} from 'node:child_process'
import {fileURLToPath} from 'node:url'

export const repository = fileURLToPath(new URL('../../..', import.meta.url))
export const example = fileURLToPath(new URL('..', import.meta.url))
export const samplesText = fileURLToPath(new URL('../../text', import.meta.url))

/** Run a command to its end with the test runner's settings left out. */
export function execute(command: string, args: ReadonlyArray<string>, cwd: string): SpawnSyncReturns<string> {
  const env = {...process.env, NO_COLOR: '1'}
  for (const key of Object.keys(env)) {
    if (key.startsWith('VITEST') || key === 'NODE_OPTIONS' || key === 'FORCE_COLOR') delete env[key]
  }

  const result = spawnSync(command, [...args], {cwd, env, encoding: 'utf8'})
  if (result.error) throw result.error
  return result
}

/** `tsc` of the repository, on a project or `-b` over packages. */
export function tsc(args: ReadonlyArray<string>): SpawnSyncReturns<string> {
  return execute(process.execPath, [repository + 'node_modules/typescript/bin/tsc', ...args, '--pretty', 'false'], repository)
}

/**
 * Build what the example runs: the packages it uses (through their
 * `exports`, as an installed plugin would), the plugin, the code example.
 */
export function buildExample(): void {
  for (const args of [['-b', 'packages/config', 'packages/cli'], ['-p', 'samples/plugins/baogao-plugin-quantitative'], ['-p', 'samples/plugins/code']]) {
    const result = tsc(args)
    if (result.status !== 0) throw new Error('tsc ' + args.join(' ') + ' failed:\n' + result.stdout + result.stderr)
  }
}
