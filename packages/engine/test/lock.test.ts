import {spawnSync} from 'node:child_process'
import {readFile, readdir, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {RunError, acquireOutputLock} from '../src/index.ts'
import {temporaryFolder} from './helpers.ts'

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    if (error instanceof RunError) return `${error.code} ${error.exitCode}`
    throw error
  }

  return 'no error'
}

// The pid of a process that has exited: a lock left by a killed run.
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'])
  return Number(child.stdout.toString())
}

describe('acquireOutputLock', () => {
  test('holds the folder until released', async () => {
    const out = await temporaryFolder()
    const lock = await acquireOutputLock(out, 'run-1')
    const record = JSON.parse(await readFile(lock.file, 'utf8')) as Record<string, unknown>
    expect([record['pid'], record['hostname'], record['runId']]).toEqual([process.pid, os.hostname(), 'run-1'])
    expect(await refusal(acquireOutputLock(out, 'run-2'))).toBe('output-locked 2')
    await lock.release()
    expect(await readdir(out)).toEqual([])
    const again = await acquireOutputLock(out, 'run-3')
    await again.release()
  })

  test('says who holds the lock', async () => {
    const out = await temporaryFolder()
    const lock = await acquireOutputLock(out, 'run-1')
    const message = await acquireOutputLock(out, 'run-2').then(() => '', (error: Error) => error.message)
    expect(message).toMatch(new RegExp(`^Cannot write to \`${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\`: another run \\(pid ${process.pid} on .+, started .+\\) is writing there; wait for it to finish$`))
    await lock.release()
  })

  test('takes over the lock of a process that is gone', async () => {
    const out = await temporaryFolder()
    const file = path.join(out, '.baogao.lock')
    await writeFile(file, JSON.stringify({pid: deadPid(), hostname: os.hostname(), runId: 'killed', startedAt: '2026-01-01T00:00:00.000Z', token: 'old'}))
    const lock = await acquireOutputLock(out, 'run-2')
    expect((JSON.parse(await readFile(file, 'utf8')) as {runId: string}).runId).toBe('run-2')
    await lock.release()
    expect(await readdir(out)).toEqual([])
  })

  test('does not take over a lock from another machine', async () => {
    const out = await temporaryFolder()
    await writeFile(path.join(out, '.baogao.lock'), JSON.stringify({pid: deadPid(), hostname: 'another-host', runId: 'x', startedAt: '2026-01-01T00:00:00.000Z', token: 'old'}))
    expect(await refusal(acquireOutputLock(out, 'run-2'))).toBe('output-locked 2')
  })

  test('release leaves a lock that is no longer its own', async () => {
    const out = await temporaryFolder()
    const lock = await acquireOutputLock(out, 'run-1')
    await writeFile(lock.file, JSON.stringify({pid: process.pid, hostname: os.hostname(), runId: 'other', startedAt: '', token: 'other'}))
    await lock.release()
    expect(await readdir(out)).toEqual(['.baogao.lock'])
  })
})
