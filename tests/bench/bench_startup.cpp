// Start-up benchmark: from an empty process to the main window painted with the first screen
// of a library's list, as the editor does it, offscreen. Prints a Markdown table.
//
//   bench_startup LIBRARY [RUNS]

#include "config/settings.h"
#include "library/articletablemodel.h"
#include "library/librarysession.h"
#include "library/libraryview.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {
long residentKb(const char *field)
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
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_startup LIBRARY [RUNS]\n");
        return 2;
    }
    const QString path = args.at(1);
    const int runs = args.size() > 2 ? args.at(2).toInt() : 5;
    QTemporaryDir temp;

    QList<double> times;
    double firstRun = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        Settings settings(temp.filePath(u"settings-%1.ini"_s.arg(run)));
        LibrarySession session(settings);
        MainWindow window(session, settings);
        window.show();
        if (!window.openLibrary(path))
            return 1;
        // The window is usable once its list shows rows: paint it.
        (void)window.grab();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (run == 0)
            firstRun = double(sinceStart.nsecsElapsed()) / 1e6;
        times.append(ms);
        if (window.libraryView()->articleModel()->rowCount() == 0)
            return 1;
    }
    std::sort(times.begin(), times.end());
    std::printf("| measure | value |\n|---|---|\n");
    std::printf(
            "| process start to the first window painted with its list (first run) | %.0f ms |\n",
            firstRun);
    std::printf("| main window + open library + first paint, median of %d runs | %.0f ms |\n", runs,
                times.at(times.size() / 2));
    std::printf("| resident memory now / peak | %.0f / %.0f MiB |\n",
                double(residentKb("VmRSS:")) / 1024.0, double(residentKb("VmHWM:")) / 1024.0);
    return 0;
}
