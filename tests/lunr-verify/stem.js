#!/usr/bin/env node
// usage: node stem.js WORDS.json  -> prints JSON array of lunr.stemmer(word) for a JSON array of words
'use strict'
const fs = require('fs')
const lunr = require('lunr')
const words = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))
process.stdout.write(JSON.stringify(words.map(w => lunr.stemmer(new lunr.Token(w)).toString())))
