#!/usr/bin/env node
// Throughput of metascraper over the social-meta fixture pages, single thread, no network.
//
//   node bench.mjs [DIR] [--seconds S] [--warmup W] [--json]
//   node bench.mjs [DIR] --dump     one JSON line per page with the extracted fields
//   node bench.mjs [DIR] --check    agreement with <name>.expected.json, per field
//
// DIR holds <name>.html + <name>.input.json (field `url`); see README.md.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import net from 'node:net'
import tls from 'node:tls'
import dns from 'node:dns'

const HERE = dirname(fileURLToPath(import.meta.url))
const REPO_FIXTURES = resolve(HERE, '../../smm-smo/src/test/resources/social-meta')
const FIELDS = ['title', 'description', 'image', 'url', 'author', 'date', 'publisher', 'lang']
const CHECKED = ['title', 'description', 'image', 'url']

// ---------------------------------------------------------------------------------------------
// Network guard. None of the rules loaded below fetches anything (see README.md), but make sure:
// every outbound connection, DNS lookup or fetch() throws, and the run fails if one was tried.
// Installed before metascraper is imported (it is loaded with a dynamic import further down).
let networkAttempts = 0
const refuse = what => {
  networkAttempts++
  throw new Error(`bench.mjs: network is off (${what})`)
}
net.Socket.prototype.connect = function () { refuse('net.Socket.connect') }
tls.connect = () => refuse('tls.connect')
dns.lookup = () => refuse('dns.lookup')
dns.promises.lookup = async () => refuse('dns.promises.lookup')
globalThis.fetch = async () => refuse('fetch')

// ---------------------------------------------------------------------------------------------
function usage (code) {
  const out = code === 0 ? console.log : console.error
  out('usage: node bench.mjs [DIR] [--seconds S] [--warmup W] [--json] | [DIR] --dump | [DIR] --check')
  process.exit(code)
}

function parseArgs (argv) {
  const opts = { dir: null, seconds: 10, warmup: 3, json: false, mode: 'bench' }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const num = () => {
      const v = Number(argv[++i])
      if (!Number.isFinite(v) || v < 0) { console.error(`${a} needs a number`); usage(2) }
      return v
    }
    if (a === '--seconds') opts.seconds = num()
    else if (a === '--warmup') opts.warmup = num()
    else if (a === '--json') opts.json = true
    else if (a === '--dump') opts.mode = 'dump'
    else if (a === '--check') opts.mode = 'check'
    else if (a === '-h' || a === '--help') usage(0)
    else if (a.startsWith('--')) { console.error(`unknown option ${a}`); usage(2) }
    else if (opts.dir === null) opts.dir = a
    else { console.error(`unexpected argument ${a}`); usage(2) }
  }
  if (opts.seconds <= 0) { console.error('--seconds must be > 0'); usage(2) }
  if (opts.dir === null) opts.dir = REPO_FIXTURES
  return opts
}

// Pages are read into memory before anything is timed. The HTML is decoded as UTF-8 into a string:
// that is exactly what metascraper does with a Buffer (cheerio calls buffer.toString(), i.e. UTF-8),
// and all 46 fixture pages are valid UTF-8.
function loadPages (dir) {
  if (!existsSync(dir)) { console.error(`no fixture directory ${dir}`); process.exit(2) }
  const pages = readdirSync(dir)
    .filter(f => f.endsWith('.html'))
    .sort()
    .map(f => {
      const name = f.slice(0, -'.html'.length)
      const inputFile = join(dir, `${name}.input.json`)
      if (!existsSync(inputFile)) return null
      const { url } = JSON.parse(readFileSync(inputFile, 'utf8'))
      const html = readFileSync(join(dir, f)).toString('utf8')
      const expectedFile = join(dir, `${name}.expected.json`)
      const expected = existsSync(expectedFile) ? JSON.parse(readFileSync(expectedFile, 'utf8')) : null
      return { name, url, html, expected }
    })
    .filter(Boolean)
  if (pages.length === 0) { console.error(`no <name>.html + <name>.input.json pairs in ${dir}`); process.exit(2) }
  return pages
}

// ---------------------------------------------------------------------------------------------
const require = createRequire(import.meta.url)
const VERSION = require('metascraper/package.json').version
const rules = [
  'metascraper-author',
  'metascraper-date',
  'metascraper-description',
  'metascraper-image',
  'metascraper-lang',
  'metascraper-publisher',
  'metascraper-title',
  'metascraper-url'
]
const { default: metascraper } = await import('metascraper')
const loaded = []
for (const r of rules) loaded.push((await import(r)).default())
const scrape = metascraper(loaded)

const extract = page => scrape({ url: page.url, html: page.html })

async function runFor (pages, seconds) {
  // Whole passes over all pages until `seconds` have gone by, so every page weighs the same.
  let count = 0
  const start = performance.now()
  const deadline = start + seconds * 1000
  do {
    for (const page of pages) {
      await extract(page)
      count++
    }
  } while (performance.now() < deadline)
  return { pages: count, seconds: (performance.now() - start) / 1000 }
}

function finish (code) {
  if (networkAttempts > 0) {
    console.error(`bench.mjs: ${networkAttempts} network attempt(s) were refused: results are not offline`)
    process.exit(3)
  }
  process.exit(code)
}

const opts = parseArgs(process.argv.slice(2))
const pages = loadPages(opts.dir)

if (opts.mode === 'dump') {
  for (const page of pages) {
    const meta = await extract(page)
    const row = { name: page.name }
    for (const f of FIELDS) row[f] = meta[f] ?? null
    process.stdout.write(JSON.stringify(row) + '\n')
  }
  finish(0)
} else if (opts.mode === 'check') {
  // Plain equality with the expected values (which metascraper's own snapshots produced with all
  // of its rules, some of them network-using or readability-based: see README.md).
  const agree = Object.fromEntries(FIELDS.map(f => [f, 0]))
  const withExpected = pages.filter(p => p.expected)
  let allChecked = 0
  const misses = []
  for (const page of withExpected) {
    const meta = await extract(page)
    let ok = true
    for (const f of FIELDS) {
      const got = meta[f] ?? null
      const want = page.expected[f] ?? null
      if (got === want) agree[f]++
      else if (CHECKED.includes(f)) {
        ok = false
        misses.push(`${page.name}.${f}: got ${JSON.stringify(got)} expected ${JSON.stringify(want)}`)
      }
    }
    if (ok) allChecked++
  }
  const n = withExpected.length
  if (opts.json) {
    console.log(JSON.stringify({ tool: 'metascraper', version: VERSION, pages: n, agree, allOf: CHECKED, allAgree: allChecked }))
  } else {
    console.log(`metascraper ${VERSION}: agreement with expected values over ${n} pages`)
    for (const f of FIELDS) console.log(`  ${f.padEnd(12)} ${String(agree[f]).padStart(3)}/${n}${CHECKED.includes(f) ? '' : '  (info)'}`)
    console.log(`  ${CHECKED.join('+')} all equal: ${allChecked}/${n}`)
    if (misses.length) {
      console.log('differences (checked fields):')
      for (const m of misses) console.log(`  ${m.length > 300 ? m.slice(0, 297) + '...' : m}`)
    }
  }
  finish(0)
} else {
  if (opts.warmup > 0) await runFor(pages, opts.warmup)
  const { pages: count, seconds } = await runFor(pages, opts.seconds)
  const pagesPerSecond = count / seconds
  if (opts.json) {
    console.log(JSON.stringify({
      tool: 'metascraper',
      version: VERSION,
      pages: count,
      seconds: Number(seconds.toFixed(3)),
      pagesPerSecond: Number(pagesPerSecond.toFixed(2)),
      fixturePages: pages.length,
      meanMsPerPage: Number((1000 * seconds / count).toFixed(3)),
      node: process.versions.node
    }))
  } else {
    console.log(`metascraper ${VERSION} on Node ${process.versions.node}, ${pages.length} pages from ${opts.dir}`)
    console.log(`warm-up ${opts.warmup} s, measured ${seconds.toFixed(2)} s, single thread`)
    console.log(`pages/second:  ${pagesPerSecond.toFixed(1)}`)
    console.log(`total pages:   ${count} (${count / pages.length} passes)`)
    console.log(`mean ms/page:  ${(1000 * seconds / count).toFixed(3)}`)
  }
  finish(0)
}
