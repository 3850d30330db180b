// Opens pages of a served site bundle in Debian's headless Chromium (driven by playwright-core,
// which never downloads a browser here) and fails on anything a reader would hit: a console
// error, an uncaught page error, a request that fails, or a response with a status of 400 or
// more. tests/export/tst_bundle.cpp runs it on the demo newsroom's export.
//
//   node browser-check.mjs [--screenshot DIR] [--not-found URL] [--search URL]
//                          [--results SELECTOR] URL...
//
// URL...            pages that must load cleanly (status 200).
// --not-found URL   a deliberate visit to a missing page: the server answers 404 with the
//                   bundle's 404.html, which must itself load cleanly.
// --search URL      the search page with a query: must load cleanly and, once its script has
//                   run, show at least one result (an element matching --results,
//                   default "#search-list a[href]").
// --screenshot DIR  a full-page PNG of each visit, named by its order and path.
//
// Prints one line per visit and one per problem; exits 1 when there is a problem, 2 on a
// usage error.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const usage = 'usage: browser-check.mjs [--screenshot DIR] [--not-found URL] [--search URL] '
    + '[--results SELECTOR] URL...';
const visits = [];
let screenshots = '';
let resultsSelector = '#search-list a[href]';
const args = process.argv.slice(2);
for (let i = 0; i < args.length; ++i) {
    const arg = args[i];
    const value = () => {
        if (i + 1 >= args.length) {
            console.error(`${usage}\n${arg} needs a value`);
            process.exit(2);
        }
        return args[++i];
    };
    if (arg === '--screenshot') screenshots = value();
    else if (arg === '--not-found') visits.push({ url: value(), status: 404 });
    else if (arg === '--search') visits.push({ url: value(), status: 200, search: true });
    else if (arg === '--results') resultsSelector = value();
    else if (arg.startsWith('--')) {
        console.error(`${usage}\nunknown option ${arg}`);
        process.exit(2);
    } else visits.push({ url: arg, status: 200 });
}
if (visits.length === 0) {
    console.error(usage);
    process.exit(2);
}
if (screenshots) mkdirSync(screenshots, { recursive: true });

const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const problems = [];
try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    for (const [index, visit] of visits.entries()) {
        const page = await context.newPage();
        const found = [];
        const problem = (text) => found.push(`${visit.url}: ${text}`);
        // The deliberate 404 is the one failure expected: its own status, and the console
        // line Chromium writes about it.
        const isExpected = (url, status) => status === visit.status && url === visit.url;
        page.on('console', (message) => {
            if (message.type() !== 'error') return;
            const where = message.location()?.url ?? '';
            if (visit.status !== 200 && where === visit.url
                && message.text().includes(`status of ${visit.status}`)) return;
            const hint = where.endsWith('/favicon.ico')
                ? ': the page declares no <link rel="icon">, so the browser asks for /favicon.ico'
                : '';
            problem(`console error: ${message.text()}${where ? ` (${where})` : ''}${hint}`);
        });
        page.on('pageerror', (error) => problem(`page error: ${error.message}`));
        // Chromium cancels image loads it no longer wants (a srcset candidate replaced by a
        // better one, a lazy image): net::ERR_ABORTED is then no fault of the site. Those are
        // fetched again once the page has loaded, and only a failing fetch is a problem.
        const abortedImages = [];
        page.on('requestfailed', (request) => {
            const error = request.failure()?.errorText ?? '';
            if (request.resourceType() === 'image' && error === 'net::ERR_ABORTED') {
                abortedImages.push(request.url());
                return;
            }
            problem(`request failed: ${request.url()} (${error})`);
        });
        page.on('response', (response) => {
            if (response.status() >= 400 && !isExpected(response.url(), response.status()))
                problem(`HTTP ${response.status()} for ${response.url()}`);
        });

        let status = 0;
        try {
            const response = await page.goto(visit.url, { waitUntil: 'networkidle', timeout: 30000 });
            status = response ? response.status() : 0;
        } catch (error) {
            problem(`cannot load: ${error.message}`);
        }
        if (status !== visit.status) problem(`status ${status}, expected ${visit.status}`);
        for (const url of abortedImages) {
            const again = await context.request.get(url);
            if (!again.ok())
                problem(`image cancelled by the browser, then HTTP ${again.status()}: ${url}`);
        }
        let results = '';
        if (visit.search) {
            try {
                await page.waitForSelector(resultsSelector, { timeout: 10000 });
                results = `, ${await page.locator(resultsSelector).count()} results`;
            } catch {
                problem(`no search results (nothing matches ${resultsSelector})`);
            }
        }
        if (screenshots) {
            const name = new URL(visit.url).pathname.replace(/[^A-Za-z0-9._-]+/g, '_')
                .replace(/^_+|_+$/g, '') || 'index';
            await page.screenshot({
                path: join(screenshots, `${String(index + 1).padStart(2, '0')}-${name}.png`),
                fullPage: true,
            });
        }
        console.log(`${found.length ? 'FAIL' : 'ok'} ${visit.url} (status ${status}, `
            + `title "${await page.title()}"${results})`);
        problems.push(...found);
        await page.close();
    }
} finally {
    await browser.close();
}
for (const line of problems) console.log(`  ${line}`);
process.exit(problems.length ? 1 : 0);
