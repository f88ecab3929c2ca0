export type {CreatedPlugin, CreatePluginOptions, PluginNames} from './lib/scaffold.js'
export {createPluginPackage, pluginNames, templateVersions} from './lib/scaffold.js'
