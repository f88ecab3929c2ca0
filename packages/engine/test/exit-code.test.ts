import {expect, test} from 'vitest'
import {exitCodeOf} from '../src/index.ts'

const ok = {status: 'ok' as const, messages: {errors: 0, warnings: 0, info: 3}}
const warned = {status: 'ok' as const, messages: {errors: 0, warnings: 2, info: 0}}
const erred = {status: 'ok' as const, messages: {errors: 1, warnings: 0, info: 0}}
const failed = {status: 'failed' as const, messages: {errors: 0, warnings: 0, info: 0}}

test('exit codes: 0 ok, 1 content errors or warnings with frail, 3 failures outrank content', () => {
  expect([
    exitCodeOf({documents: [ok, ok]}),
    exitCodeOf({documents: [ok, warned]}),
    exitCodeOf({documents: [ok, warned]}, {frail: true}),
    exitCodeOf({documents: [ok, erred]}),
    exitCodeOf({documents: [erred, failed]}),
    exitCodeOf({documents: [ok], batch: [{status: 'failed'}]}),
    exitCodeOf({documents: []})
  ]).toEqual([0, 0, 1, 1, 3, 3, 0])
})
