#include "importrun.h"

#include "storage/library.h"

#include <QEventLoop>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Newsdesk {

ImportRun::ImportRun(Library &library, User user, Options options, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_user(std::move(user))
    , m_options(std::move(options))
    , m_writer(library, m_user, m_options.write)
{
    m_report.dryRun = m_options.write.dryRun;
    connect(&m_preparing, &QFutureWatcher<PreparedImport>::finished, this,
            [this] { writeBatch(m_preparing.future().results()); });
}

ImportRun::~ImportRun()
{
    // The pool may still be reading files of the scan's temporary folder, which goes with it.
    m_cancelled->store(true);
    m_preparing.waitForFinished();
    m_scanning.waitForFinished();
}

void ImportRun::start()
{
    m_running = true;
    // A channel that does not exist stops the import before any file is read.
    if (Status begun = m_writer.begin(); !begun) {
        QMetaObject::invokeMethod(this, [this, error = begun.error()] { finish(error); },
                                  Qt::QueuedConnection);
        return;
    }
    // Watchers rather than QFuture::then(context, …): Qt 6.4 can lose a continuation whose
    // future finishes while it is being attached.
    connect(&m_scanning, &QFutureWatcher<Result<ImportScanner::Scan>>::finished, this,
            [this] { onScanned(m_scanning.result()); });
    m_scanning.setFuture(QtConcurrent::run([paths = m_options.paths,
                                            limits = m_options.archiveLimits,
                                            cancelled = m_cancelled] {
        return ImportScanner::scan(paths, limits, cancelled.get());
    }));
}

void ImportRun::cancel()
{
    m_cancelled->store(true);
}

void ImportRun::onScanned(Result<ImportScanner::Scan> scan)
{
    if (!scan) {
        if (scan.error().kind() == Error::Kind::Cancelled) {
            m_report.cancelled = true;
            return finish();
        }
        return finish(scan.error());
    }
    m_scan = std::move(scan).value();
    for (const ImportScanner::Skipped &skipped : std::as_const(m_scan.skipped)) {
        ImportReport::Entry entry;
        entry.item = skipped.displayPath;
        entry.reason = skipped.reason;
        m_report.entries.append(entry);
    }
    m_report.total = int(m_scan.items.size() + m_scan.skipped.size());
    m_report.otherFiles = m_scan.otherFiles;
    m_written = int(m_scan.skipped.size());
    Q_EMIT scanned(m_report.total);
    if (m_scan.items.isEmpty())
        return finish();
    prepareNext();
}

void ImportRun::prepareNext()
{
    m_batchPending = m_nextItem < m_scan.items.size();
    if (!m_batchPending)
        return;
    QList<ImportItem> batch = m_scan.items.mid(m_nextItem, m_options.batchSize);
    m_nextItem += batch.size();
    m_preparing.setFuture(QtConcurrent::mapped(
            std::move(batch),
            [read = m_options.read, cancelled = m_cancelled](const ImportItem &item) {
                if (cancelled->load()) {
                    PreparedImport skipped;
                    skipped.item = item;
                    skipped.error = ImportRun::tr("the import was cancelled");
                    return skipped;
                }
                return ImportPreparer::prepare(item, read);
            }));
}

void ImportRun::writeBatch(QList<PreparedImport> batch)
{
    // The pool reads the next batch while this one is written.
    prepareNext();
    QList<ImportReport::Entry> entries;
    const auto writeAll = [&]() -> Status {
        for (PreparedImport &prepared : batch) {
            if (m_cancelled->load())
                break;
            entries.append(m_writer.write(prepared));
            Q_EMIT progress(++m_written, m_report.total);
        }
        return {};
    };
    const Status written =
            m_options.write.dryRun ? writeAll() : m_library.database().transaction(writeAll);
    if (!written) {
        for (ImportReport::Entry &entry : entries) {
            if (entry.outcome == ImportReport::Outcome::Imported
                || entry.outcome == ImportReport::Outcome::Updated) {
                entry.outcome = ImportReport::Outcome::Skipped;
                entry.articleId = 0;
                entry.reason = written.error().message();
            }
        }
    }
    m_report.entries.append(entries);
    if (!written)
        return finish(written.error());
    if (m_cancelled->load()) {
        m_report.cancelled = true;
        return finish();
    }
    if (!m_batchPending)
        finish();
}

void ImportRun::finish(std::optional<Error> failure)
{
    m_cancelled->store(true); // nothing more to prepare
    m_failure = std::move(failure);
    m_report.createdChannels = m_writer.addedChannels();
    m_running = false;
    Q_EMIT finished();
}

Result<ImportReport> ImportRun::runToEnd(Library &library, const User &user, Options options,
                                         const std::function<void(int, int)> &progress)
{
    ImportRun run(library, user, std::move(options));
    QEventLoop loop;
    connect(&run, &ImportRun::finished, &loop, &QEventLoop::quit);
    if (progress)
        connect(&run, &ImportRun::progress, &loop, progress);
    run.start();
    loop.exec();
    if (run.failure())
        return *run.failure();
    return run.report();
}

} // namespace Newsdesk
