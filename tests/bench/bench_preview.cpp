// Preview benchmark: how soon the preview shows an edit of a 20,000-character article, and
// how long the UI thread is ever kept from typing meanwhile. Offscreen Qt WebEngine, the
// demo newsroom. Prints a Markdown table.
//
//   QTWEBENGINE_DISABLE_SANDBOX=1 QT_QPA_PLATFORM=offscreen bench_preview [EDITS]

#include "config/settings.h"
#include "library/librarysession.h"
#include "preview/previewpane.h"
#include "preview/previewscheme.h"
#include "preview/previewservice.h"
#include "storage/articlerepository.h"
#include "storage/library.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qsizetype(p * double(values.size() - 1)));
}

// A body of about `characters` characters: the reference article's paragraphs repeated.
QString longBody(const QString &body, int characters)
{
    QString out;
    while (out.size() < characters)
        out += body + u'\n';
    return out;
}

void row(const char *what, double p50, double p95, const char *target)
{
    std::printf("| %s | %.1f ms | %.1f ms | %s |\n", what, p50, p95, target);
}

} // namespace

int main(int argc, char *argv[])
{
    PreviewScheme::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const int edits = argc > 1 ? QByteArray(argv[1]).toInt() : 30;

    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    LibrarySession session(settings);
    const QString path = dir.filePath(u"bench.newsdesk"_s);
    if (Status created = session.create(path, true); !created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().message()));
        return 1;
    }
    Article article = session.library()->articles().byId(1).value();
    article.body = longBody(article.body, 20000);
    std::printf("Article: %lld characters of body HTML, %d edits.\n\n",
                static_cast<long long>(article.body.size()), edits);

    // 1. The renderer on its worker thread: request to pages ready.
    PreviewService service;
    service.setLibrary(path);
    QSignalSpy ready(&service, &PreviewService::pagesReady);
    QList<double> renderTimes;
    for (int i = 0; i <= edits; ++i) {
        article.title = u"编辑 %1"_s.arg(i);
        QElapsedTimer timer;
        timer.start();
        service.requestArticle(article);
        if (!ready.wait(10000))
            return 1;
        if (i > 0) // the first builds the site data
            renderTimes.append(double(timer.nsecsElapsed()) / 1e6);
    }

    // 2. The pane: an edit, then the page shown in Qt WebEngine (includes the typing pause).
    PreviewPane pane(session);
    pane.resize(900, 800);
    pane.show();
    QSignalSpy shown(&pane, &PreviewPane::pageShown);
    pane.showUnsaved(article);
    if (!QTest::qWaitFor([&] { return shown.count() == 1; }, 30000))
        return 1;
    QList<double> shownTimes;
    for (int i = 0; i < edits; ++i) {
        article.body.insert(article.body.size() / 2, u"字"_s);
        const qsizetype before = shown.count();
        QElapsedTimer timer;
        timer.start();
        pane.showUnsaved(article);
        if (!QTest::qWaitFor([&] { return shown.count() > before; }, 10000))
            return 1;
        shownTimes.append(double(timer.nsecsElapsed()) / 1e6);
    }

    // 3. Typing: an edit every 40 ms for three seconds; the longest the event loop was busy.
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    double longestGap = 0;
    QTimer probe;
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longestGap = std::max(longestGap, double(now - last) / 1e6);
        last = now;
    });
    QTimer typist;
    typist.setInterval(40);
    int typed = 0;
    QObject::connect(&typist, &QTimer::timeout, [&] {
        article.body.insert(article.body.size() / 2, u"字"_s);
        pane.showUnsaved(article);
        ++typed;
    });
    probe.start();
    typist.start();
    QTest::qWait(3000);
    typist.stop();
    probe.stop();

    std::printf("| measure | p50 | p95 | target |\n|---|---|---|---|\n");
    row("render on the worker (request to pages ready)", percentile(renderTimes, 0.5),
        percentile(renderTimes, 0.95), "—");
    row("edit to page shown in the preview (30 ms typing pause included)",
        percentile(shownTimes, 0.5), percentile(shownTimes, 0.95), "< 100 ms after typing pauses");
    std::printf(
            "| longest UI-thread stall while typing %d edits at 25/s | %.1f ms | | typing never "
            "waits |\n",
            typed, longestGap);
    return 0;
}
