#pragma once

#include "core/article.h"
#include "render/renderer.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace Newsdesk {

// Renders preview pages off the UI thread with the same Renderer the export uses. A worker
// thread opens its own connection to the library, loads the theme and the site data (once per
// library, again after invalidateSite()), and renders what is asked. Requests are coalesced:
// when several wait, only the newest is rendered, so typing never queues up renders.
// Results come back as signals on the thread that owns the service.
class PreviewService final : public QObject
{
    Q_OBJECT

public:
    explicit PreviewService(QObject *parent = nullptr);
    ~PreviewService() override;

    // The library to preview (a file path; empty: none). Loads in the background.
    void setLibrary(const QString &location);
    // The library changed: rebuild the site data before the next render.
    void invalidateSite();

    // Each returns the request's id; pagesReady or failed answer it (unless a newer request
    // superseded it).
    quint64 requestArticle(const Article &article); // every page of it
    quint64 requestChannel(qint64 channelId);
    quint64 requestHome();

    // Waits until every request so far has been handled (tests, shutdown).
    void waitForIdle();

Q_SIGNALS:
    // The page asked for first (all pages of an article), then the site's 404 page, which
    // stands in for links to pages outside the preview.
    void pagesReady(quint64 requestId, const QList<Newsdesk::RenderedPage> &pages);
    // errorPage is a page explaining the problem (a broken theme names file and line).
    void failed(quint64 requestId, const QString &message, const QByteArray &errorPage);

private:
    struct Worker;
    quint64 post(std::function<void(Worker &, quint64)> job);

    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives in m_thread; jobs run through it
    std::shared_ptr<Worker> m_worker;
    std::atomic<quint64> m_nextId {1};
    std::atomic<quint64> m_latest {0};
};

} // namespace Newsdesk
