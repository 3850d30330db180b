// Runs the default theme's search.js (its matcher, exported for node) on a search index
// written by SiteFiles::searchIndex, as tst_sitefiles asks:
//   node searchmatch.js SEARCH_JS INDEX_JS QUERY...
// Prints one JSON object: the length of every column of the index, and per query the paths
// of the results in order, with the first result's title marked as [[…]].
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const [searchJs, indexJs, ...queries] = process.argv.slice(2);
const matcher = require(path.resolve(searchJs));
// The index is a browser script that sets window.NewsdeskSearch: run it as one.
const context = { window: {} };
vm.createContext(context);
vm.runInContext(fs.readFileSync(indexJs, 'utf8'), context, { filename: indexJs });
const index = context.window.NewsdeskSearch;

const columns = {};
for (const [key, value] of Object.entries(index)) {
    if (Array.isArray(value))
        columns[key] = value.length;
}
const results = {};
for (const query of queries) {
    const rows = matcher.search(index, query);
    const marked = rows.length === 0 ? '' : matcher.highlight(index.titles[rows[0]],
        matcher.terms(query)).map((part) => (part.mark ? `[[${part.text}]]` : part.text)).join('');
    results[query] = { paths: rows.map((row) => index.paths[row]), marked };
}
process.stdout.write(JSON.stringify({ version: index.version, columns, results }));
