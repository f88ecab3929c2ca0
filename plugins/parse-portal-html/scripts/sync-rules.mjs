#!/usr/bin/env node
/**
 * The line rules (title, salutation, fields, chrome, closing, signature,
 * metadata) must be the plain-text parser's, so that a report reads the
 * same from its page and from its text. A plugin never imports another
 * plugin: until these rules move to `@baogao/core`, `src/lib/rules/` is a
 * verbatim copy of `@baogao/parse-plain-text`'s `src/lib/` modules.
 *
 *   node plugins/parse-portal-html/scripts/sync-rules.mjs          copy them
 *   node plugins/parse-portal-html/scripts/sync-rules.mjs --check  exit 1 when they differ
 */
import {existsSync, readFileSync, readdirSync, unlinkSync, writeFileSync} from 'node:fs'

const from = new URL('../../parse-plain-text/src/lib/', import.meta.url)
const to = new URL('../src/lib/rules/', import.meta.url)

/** The text parser's modules that hold rules, not its assembly or plugin. */
const modules = [
  'chrome.ts',
  'dates.ts',
  'fields.ts',
  'footer.ts',
  'header.ts',
  'layout.ts',
  'lines.ts',
  'meta.ts',
  'organisation.ts',
  'tail.ts',
  'text.ts',
  'title.ts'
]

const banner =
  '// Copied from @baogao/parse-plain-text src/lib/ by scripts/sync-rules.mjs: edit it there.\n'
const check = process.argv.includes('--check')
let stale = 0

for (const name of modules) {
  const source = new URL(name, from)
  if (!existsSync(source)) continue
  const expected = banner + readFileSync(source, 'utf8')
  const target = new URL(name, to)
  const actual = existsSync(target) ? readFileSync(target, 'utf8') : ''
  if (actual === expected) continue
  if (check) {
    console.error('stale: src/lib/rules/' + name)
    stale++
  } else {
    writeFileSync(target, expected)
  }
}

for (const name of readdirSync(to)) {
  if (modules.includes(name)) continue
  if (check) {
    console.error('extra: src/lib/rules/' + name)
    stale++
  } else {
    unlinkSync(new URL(name, to))
  }
}

if (stale > 0) process.exitCode = 1
