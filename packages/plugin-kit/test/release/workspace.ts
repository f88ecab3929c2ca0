/**
 * The repository's public packages and how to pack them, for the release
 * tests.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import type {SpawnSyncReturns} from 'node:child_process'
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const repository = fileURLToPath(new URL('../../../..', import.meta.url))

export interface Manifest {
  name: string
  version: string
  private?: boolean
  description?: string
  license?: string
  type?: string
  engines?: Record<string, string>
  files?: Array<string>
  exports?: Record<string, unknown>
  bin?: Record<string, string>
  dependencies?: Record<string, string>
}

export interface WorkspacePackage {
  /** Folder relative to the repository: `packages/core`. */
  folder: string
  manifest: Manifest
}

/** Every workspace that is not private, in folder order. */
export function publicPackages(): Array<WorkspacePackage> {
  const folders = ['packages', 'plugins'].flatMap((parent) =>
    readdirSync(path.join(repository, parent), {withFileTypes: true})
      .filter((entry) => entry.isDirectory() && existsSync(path.join(repository, parent, entry.name, 'package.json')))
      .map((entry) => parent + '/' + entry.name)
  )
  return [...folders, 'pipelines']
    .sort()
    .map((folder) => ({folder, manifest: JSON.parse(readFileSync(path.join(repository, folder, 'package.json'), 'utf8')) as Manifest}))
    .filter((found) => found.manifest.private !== true)
}

/** Run a command with the test runner's environment left out. */
export function execute(command: string, args: ReadonlyArray<string>, cwd: string, timeout = 600_000): SpawnSyncReturns<string> {
  const env = {...process.env, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false'}
  for (const key of Object.keys(env)) {
    if (key.startsWith('VITEST') || key === 'NODE_OPTIONS' || key === 'FORCE_COLOR') delete env[key]
  }

  const result = spawnSync(command, [...args], {cwd, env, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024})
  if (result.error) throw result.error
  return result
}

/** Build every package (`tsc -b` over the root project: quick when current). */
export function buildAll(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-b'], {cwd: repository, stdio: 'inherit'})
}

/** What `npm pack --dry-run --json` says of a package. */
export interface PackReport {
  name: string
  version: string
  filename: string
  files: Array<{path: string}>
}

/** `npm pack --dry-run` of every package given, in one npm call. */
export function packDryRun(packages: ReadonlyArray<WorkspacePackage>): Array<PackReport> {
  const result = execute('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', ...packages.flatMap((found) => ['-w', found.folder])], repository)
  if (result.status !== 0) throw new Error('npm pack failed:\n' + result.stderr)
  return JSON.parse(result.stdout) as Array<PackReport>
}
