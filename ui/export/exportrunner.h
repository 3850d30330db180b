#pragma once

#include "core/result.h"
#include "export/exportoptions.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace Newsdesk {

// Runs one site export at a time on a worker thread, so the window never waits for it. The
// worker opens its own connection to the library (an SQLite connection belongs to the thread
// that opened it, as in PreviewService), runs Exporter::run and closes the connection again.
// Progress reports are coalesced (at most one waits in the event queue) and arrive, like the
// outcome, as signals on the runner's thread. cancel() sets the exporter's flag: it stops and
// leaves the previous bundle as it was, reporting Error::Kind::Cancelled.
class ExportRunner final : public QObject
{
    Q_OBJECT

public:
    explicit ExportRunner(QObject *parent = nullptr);
    // Cancels a running export and waits for the worker to finish.
    ~ExportRunner() override;
    Q_DISABLE_COPY_MOVE(ExportRunner)

    // Exports the library at location (a file path or a database URL); false when an export
    // is already running. succeeded or failed follows exactly once.
    bool start(const QString &location, const ExportOptions &options);
    // True from start() until succeeded or failed has been emitted.
    bool isRunning() const { return m_thread != nullptr; }
    bool isCancelling() const;
    void cancel();
    // Blocks until the worker thread has ended (the outcome still arrives as a signal).
    void wait();

Q_SIGNALS:
    void progressChanged(const Newsdesk::ExportProgress &progress);
    void succeeded(const Newsdesk::ExportSummary &summary);
    // error.kind() is Error::Kind::Cancelled after cancel().
    void failed(const Newsdesk::Error &error);

private:
    struct Shared;
    void reportProgress();
    void finish(const Result<ExportSummary> &result);

    QThread *m_thread = nullptr;
    std::shared_ptr<Shared> m_shared;
};

} // namespace Newsdesk
