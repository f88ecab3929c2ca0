/**
 * One run per output folder: a lock file created exclusively (`O_EXCL`)
 * that records who holds it. A lock whose process is gone (a run killed
 * with SIGKILL) is stale and taken over, so the next run never waits.
 */
import {randomUUID} from 'node:crypto'
import {link, open, readFile, rename, rm, stat} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {RunError} from './errors.js'

/** Name of the lock file in the output folder. */
export const lockFileName = '.baogao.lock'

interface LockRecord {
  pid: number
  hostname: string
  runId: string
  startedAt: string
  token: string
}

/** A held lock; `release` removes it if it is still ours. */
export interface OutputLock {
  readonly file: string
  release(): Promise<void>
}

/**
 * Lock `outDir` for the run `runId`. Rejects with a `RunError`
 * (`output-locked`) when another live run holds it.
 */
export async function acquireOutputLock(outDir: string, runId: string): Promise<OutputLock> {
  const file = path.join(outDir, lockFileName)
  const record: LockRecord = {
    pid: process.pid,
    hostname: os.hostname(),
    runId,
    startedAt: new Date().toISOString(),
    token: randomUUID()
  }

  // Two attempts: the second follows the removal of a stale lock.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx', 0o644)
      try {
        await handle.writeFile(JSON.stringify(record) + '\n')
      } finally {
        await handle.close()
      }

      return {file, release: () => releaseLock(file, record.token)}
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }

    const holder = await readLock(file)
    if (holder === undefined && (await isFresh(file))) {
      // Just created by another run that has not written its record yet.
      throw new RunError('output-locked', `Cannot write to \`${outDir}\`: another run is starting there`)
    }

    if (holder !== undefined && !isStale(holder)) {
      throw new RunError(
        'output-locked',
        `Cannot write to \`${outDir}\`: another run (pid ${holder.pid} on ${holder.hostname}, started ${holder.startedAt}) is writing there; wait for it to finish${holder.hostname === os.hostname() ? '' : `, or remove \`${file}\` if no run is active`}`
      )
    }

    await breakStaleLock(file, holder)
  }

  throw new RunError('output-locked', `Cannot write to \`${outDir}\`: another run took the lock at the same time`)
}

async function readLock(file: string): Promise<LockRecord | undefined> {
  try {
    const value: unknown = JSON.parse(await readFile(file, 'utf8'))
    if (typeof value === 'object' && value !== null && typeof (value as LockRecord).pid === 'number' && typeof (value as LockRecord).token === 'string') {
      return value as LockRecord
    }
  } catch {}

  // Unreadable or half-written (a run killed between create and write).
  return undefined
}

// An unreadable lock younger than this may be one being written right now.
const unreadableGraceMs = 10_000

async function isFresh(file: string): Promise<boolean> {
  const stats = await stat(file).catch(() => undefined)
  return stats !== undefined && Date.now() - stats.mtimeMs < unreadableGraceMs
}

function isStale(holder: LockRecord): boolean {
  // A lock from another machine (a shared folder) cannot be checked.
  if (holder.hostname !== os.hostname()) return false
  try {
    process.kill(holder.pid, 0)
    return false
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

async function breakStaleLock(file: string, holder: LockRecord | undefined): Promise<void> {
  // Move the lock aside rather than delete it: if another run broke the same
  // stale lock and took a fresh one meanwhile, the file moved is that fresh
  // lock, and it is put back.
  const aside = `${file}.${randomUUID()}.stale`
  try {
    await rename(file, aside)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }

  const moved = await readLock(aside)
  if (moved?.token !== holder?.token) {
    await link(aside, file).catch(() => {})
  }

  await rm(aside, {force: true})
}

async function releaseLock(file: string, token: string): Promise<void> {
  const holder = await readLock(file)
  if (holder?.token === token) await rm(file, {force: true})
}
