#!/usr/bin/env node
// Kept out of `dist` so npm can link the bin before the first build.
import '../dist/main.js'
