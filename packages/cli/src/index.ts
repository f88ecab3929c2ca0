export {createProgram, helpWidth, runCli} from './lib/program.js'
export {commands} from './lib/commands.js'
export {exitCodes} from './lib/command.js'
export type {ArgumentRow, CommandContext, CommandSpec, OptionRow} from './lib/command.js'
