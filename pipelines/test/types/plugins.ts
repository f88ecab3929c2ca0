/**
 * Plugins typed by role, as Baogao's plugins are, for the type tests.
 * Declarations only: nothing here runs.
 */
import type {Root} from '@baogao/core'
import type {Plugin} from 'unified'

export interface ParseOptions {
  strict?: boolean | undefined
}

export interface RedactOptions {
  replacement: string
}

export interface LintOptions {
  keywords?: Array<string> | undefined
}

export declare const parseText: Plugin<[(ParseOptions | null | undefined)?], string, Root>
export declare const redact: Plugin<[RedactOptions], Root, Root>
/** A transformer declared with the short form (output defaults to input). */
export declare const lint: Plugin<[(['warn' | 'error', LintOptions?] | null | undefined)?], Root>
export declare const emitBytes: Plugin<[], Root, Uint8Array>
/** A plugin whose type says nothing about its role. */
export declare function untyped(this: unknown, options?: {a: number}): void
