/**
 * Every `baogao` command, in the order `--help` lists them. A new command
 * is a file in `commands/` and a line here.
 */
import type {CommandSpec} from './command.js'
import {checkCommand} from './commands/check.js'
import {listCommand} from './commands/list.js'
import {parseCommand} from './commands/parse.js'
import {pluginNewCommand} from './commands/plugin-new.js'
import {redactCommand} from './commands/redact.js'
import {runCommand} from './commands/run.js'

export const commands: ReadonlyArray<CommandSpec> = [parseCommand, runCommand, checkCommand, redactCommand, listCommand, pluginNewCommand]
