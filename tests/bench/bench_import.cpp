// Import benchmark: a Hugo content folder of generated Markdown files (YAML front matter with
// title, date, tags, categories, description, author and a custom param; a body of about 3 KB
// of Chinese text with a heading, a list, emphasis, links and, in every fifth file, a table)
// imported into a new demo library, then imported again (every file unchanged), then a dry
// run. Prints a Markdown table; run by `make bench`.
//
//   bench_import [FILES]      default: 10000

#include "demo/demolibrary.h"
#include "import/importrun.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {
const QStringList Sentences {
        u"脱贫攻坚，全国一盘棋；全面小康，决胜在合力。"_s,
        u"东西部扶贫协作和对口支援，是推动区域协调发展、协同发展、共同发展的大战略。"_s,
        u"一年来，新一轮东西部扶贫协作不断推进，谱写了共谋小康的新篇章。"_s,
        u"目前东部有267个发达县市区与西部406个贫困县结对子，比例达到71%。"_s,
        u"港口夜航新规自下月起实施，渔船和货轮须加装定位设备。"_s,
        u"市图书馆的城市书房延长开放时间，夜读的年轻人越来越多。"_s,
        u"气象台发布暴雨黄色预警，提醒市民注意出行安全。"_s,
        u"新学期伊始，山村小学迎来了新校舍和二十多位支教老师。"_s,
        u"The council approved the budget after a three-hour debate."_s,
        u"科技企业加大研发投入，数字经济成为新的增长点。"_s,
};
const QStringList Categories {u"资讯/热点"_s, u"资讯/国内"_s, u"科技"_s, u"体育"_s,
                              u"文化/读书"_s};
const QStringList Tags {u"扶贫"_s, u"教育"_s, u"交通"_s, u"天气"_s, u"科技"_s, u"文化"_s,
                        u"经济"_s, u"体育"_s};

QString paragraph(QRandomGenerator &random, int sentences)
{
    QString text;
    for (int i = 0; i < sentences; ++i)
        text += Sentences.at(random.bounded(int(Sentences.size())));
    return text;
}

QByteArray markdownFile(int n, QRandomGenerator &random)
{
    QString md = u"---\n"_s;
    md += u"title: \"第%1号稿件：%2\"\n"_s.arg(n).arg(paragraph(random, 1).left(16));
    md += u"date: 2024-%1-%2T%3:15:00+08:00\n"_s.arg(1 + n % 12, 2, 10, QChar(u'0'))
                  .arg(1 + n % 28, 2, 10, QChar(u'0'))
                  .arg(n % 24, 2, 10, QChar(u'0'));
    md += u"draft: false\n"_s;
    md += u"tags: [\"%1\", \"%2\"]\n"_s.arg(Tags.at(n % Tags.size()),
                                           Tags.at((n / 3) % Tags.size()));
    md += u"categories: [\"%1\"]\n"_s.arg(Categories.at(n % Categories.size()));
    md += u"description: \"%1\"\n"_s.arg(paragraph(random, 1));
    md += u"author: 林晓\n"_s;
    md += u"weight: %1\n"_s.arg(n % 10);
    md += u"---\n\n"_s;
    for (int p = 0; p < 3; ++p)
        md += paragraph(random, 4) + u"\n\n"_s;
    md += u"## 小标题 %1\n\n"_s.arg(n);
    md += u"- **要点一**：%1\n- 要点二：*%2*\n- [相关链接](https://example.com/%3)\n\n"_s.arg(
            paragraph(random, 1), paragraph(random, 1), QString::number(n));
    if (n % 5 == 0)
        md += u"| 地区 | 数量 |\n|---|---|\n| 东部 | 267 |\n| 西部 | 406 |\n\n"_s;
    for (int p = 0; p < 3; ++p)
        md += paragraph(random, 4) + u"\n\n"_s;
    return md.toUtf8();
}

struct Timed
{
    double seconds = 0;
    ImportReport report;
};

Timed timedImport(Library &library, const User &user, const QString &folder, bool dryRun)
{
    ImportRun::Options options;
    options.paths = {folder};
    options.write.dryRun = dryRun;
    QElapsedTimer timer;
    timer.start();
    Result<ImportReport> report = ImportRun::runToEnd(library, user, options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!report) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(report.error().message()));
        std::exit(1);
    }
    return {seconds, report.value()};
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int files = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"content/posts"_s);
    QDir().mkpath(folder);
    QRandomGenerator random(42);
    qint64 bytes = 0;
    for (int n = 0; n < files; ++n) {
        QFile file(u"%1/%2.md"_s.arg(folder).arg(n, 5, 10, QChar(u'0')));
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        bytes += file.write(markdownFile(n, random));
    }
    const QString location = dir.filePath(u"import.newsdesk"_s);
    if (Status created = Library::create(location, [](Library &library) {
            return DemoLibrary::populateDemo(library, 0);
        });
        !created) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(created.error().message()));
        return 1;
    }
    auto library = Library::open(location);
    if (!library)
        return 1;
    const User chief = library.value()->users().byName(u"北风"_s).value();

    const Timed first = timedImport(*library.value(), chief, folder, false);
    const Timed again = timedImport(*library.value(), chief, folder, false);
    const Timed dry = timedImport(*library.value(), chief, folder, true);

    std::printf("Import of %d Markdown files (%.1f MB, YAML front matter), %d threads:\n\n",
                files, double(bytes) / 1e6, QThread::idealThreadCount());
    std::printf("| run | seconds | files/s | imported | unchanged | skipped |\n");
    std::printf("|---|---|---|---|---|---|\n");
    const auto row = [files](const char *name, const Timed &timed) {
        std::printf("| %s | %.2f | %.0f | %d | %d | %d |\n", name, timed.seconds,
                    double(files) / timed.seconds,
                    timed.report.count(ImportReport::Outcome::Imported),
                    timed.report.count(ImportReport::Outcome::Unchanged),
                    timed.report.count(ImportReport::Outcome::Skipped));
    };
    row("first import", first);
    row("again (unchanged)", again);
    row("dry run", dry);
    return first.report.count(ImportReport::Outcome::Imported) == files ? 0 : 1;
}
