/* Newsdesk default theme: the search page (search.html?q=…) searches search/index.js, which
   sets window.NewsdeskSearch: columns of every live article, newest first (see docs/themes.md).
   No requests and no inline handlers: the page works from file:// and under a strict
   Content-Security-Policy. The matcher is exported for node, where the tests run it. */
(function (global) {
    'use strict';

    var INDEX_VERSION = 1;
    var PAGE_SIZE = 50;

    // Full-width forms, compatibility characters and case do not matter: ＡＢＣ finds abc.
    function fold(text) {
        return String(text).normalize('NFKC').toLowerCase();
    }

    // The query's terms: split on spaces (U+3000 too, NFKC makes it one), each once.
    function terms(query) {
        var seen = Object.create(null);
        return fold(query).split(/\s+/).filter(function (term) {
            if (term === '' || seen[term])
                return false;
            seen[term] = true;
            return true;
        });
    }

    // The folded text of every article, made on the first search of an index. Titles apart
    // from tags and summaries, for the ranking; fields joined by a line break, which no term
    // holds, so a term never matches across two fields.
    var prepared = typeof WeakMap === 'function' ? new WeakMap() : null;
    function foldedIndex(index) {
        var cached = prepared && prepared.get(index);
        if (cached)
            return cached;
        var count = index.titles.length;
        var folded = { titles: new Array(count), rest: new Array(count) };
        for (var i = 0; i < count; ++i) {
            var tags = (index.tags[i] || []).map(function (t) {
                return index.tagNames[t] || '';
            });
            folded.titles[i] = fold(index.titles[i]);
            folded.rest[i] = fold(tags.join('\n') + '\n' + (index.summaries[i] || ''));
        }
        if (prepared)
            prepared.set(index, folded);
        return folded;
    }

    // Rows of index (newest first) whose title, tags or summary hold every term: those with
    // more terms in the title first, then newest first. Substrings, so Han text needs no
    // word breaks: 扶贫 finds 东西扶贫协作.
    function search(index, query) {
        var wanted = terms(query);
        if (wanted.length === 0)
            return [];
        var folded = foldedIndex(index);
        var hits = [];
        for (var row = 0; row < folded.titles.length; ++row) {
            var title = folded.titles[row];
            var rest = folded.rest[row];
            var inTitle = 0;
            var all = true;
            for (var t = 0; t < wanted.length; ++t) {
                if (title.indexOf(wanted[t]) >= 0)
                    ++inTitle;
                else if (rest.indexOf(wanted[t]) < 0) {
                    all = false;
                    break;
                }
            }
            if (all)
                hits.push({ row: row, inTitle: inTitle });
        }
        hits.sort(function (a, b) {
            return b.inTitle - a.inTitle || a.row - b.row;
        });
        return hits.map(function (hit) {
            return hit.row;
        });
    }

    // text cut into [{text, mark}] with the terms marked. Folds character by character to map
    // matches back to the text shown (whole-text folding can merge characters; such rare
    // matches are found but not marked).
    function highlight(text, wanted) {
        var source = String(text).normalize('NFC');
        var folded = '';
        var starts = [];
        var ends = [];
        for (var at = 0; at < source.length;) {
            var code = source.codePointAt(at);
            var width = code > 0xffff ? 2 : 1;
            var ch = source.slice(at, at + width);
            var f = code < 0x80 ? ch.toLowerCase() : fold(ch);
            for (var k = 0; k < f.length; ++k) {
                starts.push(at);
                ends.push(at + width);
            }
            folded += f;
            at += width;
        }
        var marked = [];
        wanted.forEach(function (term) {
            for (var from = folded.indexOf(term); from >= 0 && term !== '';
                 from = folded.indexOf(term, from + term.length))
                marked.push([starts[from], ends[from + term.length - 1]]);
        });
        marked.sort(function (a, b) {
            return a[0] - b[0] || b[1] - a[1];
        });
        var parts = [];
        var done = 0;
        marked.forEach(function (range) {
            var begin = Math.max(range[0], done);
            if (range[1] <= begin)
                return;
            if (begin > done)
                parts.push({ text: source.slice(done, begin), mark: false });
            var last = parts[parts.length - 1];
            if (last && last.mark)
                last.text += source.slice(begin, range[1]); // adjacent terms: one mark
            else
                parts.push({ text: source.slice(begin, range[1]), mark: true });
            done = range[1];
        });
        if (done < source.length)
            parts.push({ text: source.slice(done), mark: false });
        return parts;
    }

    var matcher = { fold: fold, terms: terms, search: search, highlight: highlight };
    if (typeof module !== 'undefined' && module.exports) {
        module.exports = matcher;
        return;
    }
    global.NewsdeskMatcher = matcher;
    if (typeof document === 'undefined')
        return;

    function appendMarked(parent, text, wanted) {
        highlight(text, wanted).forEach(function (part) {
            if (part.mark) {
                var mark = document.createElement('mark');
                mark.textContent = part.text;
                parent.appendChild(mark);
            } else {
                parent.appendChild(document.createTextNode(part.text));
            }
        });
    }

    // Bundle paths are relative to the site's root; a 跳转 article's is a web address.
    function href(root, path) {
        return /^https?:\/\//.test(path) ? path : root + path;
    }

    function resultItem(index, row, wanted, root) {
        var item = document.createElement('li');
        var heading = document.createElement('h3');
        var link = document.createElement('a');
        link.href = href(root, index.paths[row]);
        appendMarked(link, index.titles[row], wanted);
        heading.appendChild(link);
        item.appendChild(heading);
        if (index.summaries[row]) {
            var summary = document.createElement('p');
            summary.className = 'intro';
            appendMarked(summary, index.summaries[row], wanted);
            item.appendChild(summary);
        }
        var meta = document.createElement('p');
        meta.className = 'meta';
        var time = document.createElement('time');
        time.dateTime = index.dates[row];
        time.textContent = index.dates[row];
        meta.appendChild(time);
        var channel = index.channels[row];
        if (channel >= 0 && channel < index.channelNames.length) {
            var channelLink = document.createElement('a');
            channelLink.href = href(root, index.channelPaths[channel]);
            channelLink.textContent = index.channelNames[channel];
            meta.appendChild(document.createTextNode(' '));
            meta.appendChild(channelLink);
        }
        item.appendChild(meta);
        return item;
    }

    function start() {
        var section = document.getElementById('search-results');
        var input = document.getElementById('search-q');
        var status = document.getElementById('search-status');
        var list = document.getElementById('search-list');
        var more = document.getElementById('search-more');
        if (!section || !input || !status || !list || !more)
            return;
        var query = new URLSearchParams(global.location.search).get('q') || '';
        input.value = query;
        var wanted = terms(query);
        if (wanted.length === 0)
            return; // the prompt stays
        var index = global.NewsdeskSearch;
        if (!index || index.version !== INDEX_VERSION) {
            status.textContent = section.dataset.unavailable;
            return;
        }
        var rows = search(index, query);
        var root = section.dataset.root || '';
        status.textContent = rows.length > 0
            ? section.dataset.found.replace('{count}', String(rows.length))
            : section.dataset.none.replace('{query}', query.trim());
        var shown = 0;
        function showMore() {
            var end = Math.min(rows.length, shown + PAGE_SIZE);
            for (; shown < end; ++shown)
                list.appendChild(resultItem(index, rows[shown], wanted, root));
            more.hidden = shown >= rows.length;
        }
        more.addEventListener('click', function () {
            var first = shown;
            showMore();
            // Keyboard users continue at the first new result.
            var link = list.children[first] && list.children[first].querySelector('a');
            if (link)
                link.focus();
        });
        showMore();
    }

    if (document.readyState === 'loading')
        document.addEventListener('DOMContentLoaded', start);
    else
        start();
})(typeof window !== 'undefined' ? window : this);
