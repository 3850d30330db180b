#pragma once

#include "core/result.h"
#include "core/user.h"
#include "import/importpreparer.h"
#include "import/importreport.h"
#include "import/importscanner.h"
#include "import/importwriter.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace Newsdesk {

class Library;

// One import, from the paths given to the report, for the window and the command line alike:
// ImportScanner finds the items on a worker thread; then, batch by batch, ImportPreparer reads
// and cleans them on the thread pool while ImportWriter stores the batch before on this
// thread (the one that owns the library's connection), each batch in one transaction. Emits
// progress as items are written; cancel() stops after the item being written, keeping what
// was imported (importing again continues: done items come back unchanged).
//
//     auto *run = new ImportRun(library, user, options, this);
//     connect(run, &ImportRun::progress, bar, &Bar::setProgress);
//     connect(run, &ImportRun::finished, this, [run] { show(run->report()); run->deleteLater(); });
//     run->start();
class ImportRun final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QStringList paths;
        ImportReadOptions read;
        ImportWriteOptions write;
        ArchiveLimits archiveLimits;
        int batchSize = 250; // items per transaction; smaller keeps a window responsive
    };

    ImportRun(Library &library, User user, Options options, QObject *parent = nullptr);
    ~ImportRun() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    const ImportReport &report() const { return m_report; }
    // Why the import stopped before the items (a path that does not exist, an archive refused,
    // a channel that does not exist, the library failing); none when it ran.
    const std::optional<Error> &failure() const { return m_failure; }

    // The whole import on this thread, running an event loop until it is done (the command
    // line).
    static Result<ImportReport> runToEnd(Library &library, const User &user, Options options,
                                         const std::function<void(int, int)> &progress = {});

Q_SIGNALS:
    void scanned(int total);
    void progress(int done, int total);
    void finished();

private:
    void onScanned(Result<ImportScanner::Scan> scan);
    void prepareNext();
    void writeBatch(QList<PreparedImport> batch);
    void finish(std::optional<Error> failure = {});

    Library &m_library;
    User m_user;
    Options m_options;
    ImportWriter m_writer;
    ImportReport m_report;
    std::optional<Error> m_failure;
    ImportScanner::Scan m_scan;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<Result<ImportScanner::Scan>> m_scanning;
    QFutureWatcher<PreparedImport> m_preparing;
    qsizetype m_nextItem = 0;
    bool m_batchPending = false; // m_preparing holds a batch not written yet
    int m_written = 0;
    bool m_running = false;
};

} // namespace Newsdesk
