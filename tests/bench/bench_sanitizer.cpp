// Sanitizer benchmark: cleaning a messy 1 MB and 10 MB page (scripts, styles, Word spans,
// layout tables, images, links, deep wrappers), beside gumbo's parse alone, the floor. Prints a
// Markdown table of medians and the peak resident memory of each case; run by `make bench`.
//
//   bench_sanitizer [MEGABYTES...]      default: 1 10

#include "html/sanitizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <QUrl>

#include <gumbo.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

long statusKb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLong();
    }
    return 0;
}

// Lets the next VmHWM reading measure from now (Linux: "5" resets the peak RSS).
void resetPeak()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// One screen of a messy news page; repeated (with varying numbers) to the wanted size.
QString messyBlock(int i)
{
    const QString n = QString::number(i);
    return u"<div class=\"row\" style=\"margin:0\"><div class=\"col\"><div class=\"inner\">"
           u"<script>var ad"_s
            + n
            + u"={slot:'x',size:[300,250]};googletag.display(ad);</script>"
              u"<style>.c"_s
            + n
            + u"{color:red}</style>"
              u"<p class=MsoNormal style='text-indent:21pt'><span style='font-family:宋体'>"
              u"　　第"_s
            + n
            + u"段：东西部扶贫协作和对口支援，是推动区域协调发展、协同发展、共同发展的大战略。"
              u"</span><b><span lang=EN-US style='color:red'>2017</span></b><span>年"
              u"<font face=\"宋体\">&nbsp;各地</font>积极行动。<o:p></o:p></span></p>"
              u"<p align=\"center\"><img src=\"/uploads/allimg/170721/"_s
            + n
            + u".jpg\" onerror=\"this.src='x'\" width=\"600\" style=\"width:600px\"></p>"
              u"<p align=\"center\">图为第"_s
            + n
            + u"个扶贫车间</p>"
              u"<table width=\"100%\" border=\"1\"><tr><td>县</td><td>人数</td></tr><tr><td>"
              u"怒江</td><td>2.17万</td></tr></table>"
              u"<p>The council voted <a href=\"https://example.com/"_s
            + n
            + u"\" onclick=\"track()\">7–2</a> on <em>Tuesday</em>, see <a href=\"javascript:"
              u"void(0)\">more</a>.<br><br>Next paragraph &amp; more text.</p>"
              u"<ul><li><span>one</span></li><li>two<ul><li>nested</li></ul></li></ul>"
              u"<iframe src=\"https://ads.example.net/"_s
            + n + u"\"></iframe><!-- ad end --></div></div></div>\n"_s;
}

QString messyPage(qsizetype bytes)
{
    QString page =
            u"<!DOCTYPE html><html><head><title>t</title><meta charset=utf-8></head><body>"_s;
    for (int i = 0; page.toUtf8().size() < bytes; i += 64) {
        QString chunk;
        for (int j = 0; j < 64; ++j)
            chunk += messyBlock(i + j);
        page += chunk;
    }
    return page + u"</body></html>"_s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList sizes = app.arguments().mid(1);
    if (sizes.isEmpty())
        sizes = {u"1"_s, u"10"_s};
    std::printf("| measure | median | peak resident memory |\n|---|---|---|\n");
    for (const QString &size : std::as_const(sizes)) {
        const qsizetype megabytes = size.toLongLong();
        const QString page = messyPage(megabytes * 1024 * 1024);
        const QByteArray utf8 = page.toUtf8();
        const double mib = double(utf8.size()) / (1024.0 * 1024.0);
        const int runs = megabytes >= 10 ? 3 : 7;

        resetPeak();
        const long before = statusKb("VmRSS:");
        const double parseMs = medianMs(runs, [&] {
            GumboOptions options = kGumboDefaultOptions;
            options.fragment_context = GUMBO_TAG_BODY;
            options.max_errors = 0;
            GumboOutput *output =
                    gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
            gumbo_destroy_output(&kGumboDefaultOptions, output);
        });
        const long parsePeak = statusKb("VmHWM:") - before;

        resetPeak();
        Sanitizer::Result result;
        const QUrl base(u"http://www.example.cn/zixun/2017/0721/1021.html"_s);
        const double cleanMs = medianMs(runs, [&] { result = Sanitizer::clean(page, base); });
        const long cleanPeak = statusKb("VmHWM:") - before;

        std::printf("| gumbo parse alone (floor), %.1f MiB page, %d runs | %.0f ms (%.1f MiB/s) "
                    "| +%ld MiB |\n",
                    mib, runs, parseMs, mib / (parseMs / 1000.0), parsePeak / 1024);
        std::printf("| `Sanitizer::clean`, %.1f MiB page, %d runs | %.0f ms (%.1f MiB/s) | +%ld "
                    "MiB |\n",
                    mib, runs, cleanMs, mib / (cleanMs / 1000.0), cleanPeak / 1024);
        std::fprintf(stderr, "%.1f MiB in, %.1f MiB out, %lld remote images listed, %s\n", mib,
                     double(result.html.toUtf8().size()) / (1024.0 * 1024.0),
                     qint64(result.report.remoteImages.size()),
                     qPrintable(result.report.summary()));
    }
    return 0;
}
