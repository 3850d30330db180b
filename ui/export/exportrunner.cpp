#include "exportrunner.h"

#include "export/exporter.h"
#include "storage/library.h"

#include <QMetaObject>
#include <QMutex>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Newsdesk {

// What the worker and the runner share: the cancel flag and the latest progress report.
struct ExportRunner::Shared
{
    std::atomic_bool cancel {false};
    std::atomic_bool reportQueued {false};
    QMutex mutex;
    ExportProgress progress; // guarded by mutex

    void store(const ExportProgress &latest)
    {
        const QMutexLocker lock(&mutex);
        progress = latest;
    }
    ExportProgress latest()
    {
        const QMutexLocker lock(&mutex);
        return progress;
    }
};

ExportRunner::ExportRunner(QObject *parent)
    : QObject(parent)
{
}

ExportRunner::~ExportRunner()
{
    if (!m_thread)
        return;
    cancel();
    wait();
    delete m_thread;
}

bool ExportRunner::start(const QString &location, const ExportOptions &options)
{
    if (m_thread)
        return false;
    auto shared = std::make_shared<Shared>();
    m_shared = shared;
    // The lambdas posted back to this object are dropped by Qt if it is gone by then; the
    // destructor waits for the thread, so `this` outlives every use on the worker.
    m_thread = QThread::create([this, shared, location, options] {
        const auto progress = [this, shared](const ExportProgress &report) {
            shared->store(report);
            if (!shared->reportQueued.exchange(true))
                QMetaObject::invokeMethod(this, &ExportRunner::reportProgress,
                                          Qt::QueuedConnection);
        };
        Result<ExportSummary> result = [&]() -> Result<ExportSummary> {
            Result<std::unique_ptr<Library>> library = Library::open(location);
            if (!library)
                return library.error();
            return Exporter::run(*library.value(), options, progress, &shared->cancel);
        }();
        QMetaObject::invokeMethod(
                this, [this, result] { finish(result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"export"_s);
    m_thread->start();
    return true;
}

bool ExportRunner::isCancelling() const
{
    return m_thread && m_shared->cancel.load();
}

void ExportRunner::cancel()
{
    if (m_thread)
        m_shared->cancel.store(true);
}

void ExportRunner::wait()
{
    if (m_thread)
        m_thread->wait();
}

void ExportRunner::reportProgress()
{
    if (!m_shared)
        return;
    m_shared->reportQueued.store(false);
    Q_EMIT progressChanged(m_shared->latest());
}

void ExportRunner::finish(const Result<ExportSummary> &result)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (result)
        Q_EMIT succeeded(result.value());
    else
        Q_EMIT failed(result.error());
}

} // namespace Newsdesk
