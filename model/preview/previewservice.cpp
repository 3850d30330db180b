#include "previewservice.h"

#include "render/renderer.h"
#include "render/sitedata.h"
#include "render/theme.h"
#include "storage/library.h"

#include <QMetaObject>
#include <QSemaphore>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Newsdesk {

// What the worker thread owns; touched only on that thread.
struct PreviewService::Worker
{
    QString location;
    std::unique_ptr<Library> library;
    std::unique_ptr<Renderer> renderer;
    bool stale = true;

    Result<Renderer *> ready()
    {
        if (location.isEmpty())
            return Error(Error::Kind::NotFound, PreviewService::tr("No library is open."));
        if (!library) {
            Result<std::unique_ptr<Library>> opened = Library::open(location);
            if (!opened)
                return opened.error();
            library = std::move(opened).value();
            stale = true;
        }
        if (stale || !renderer) {
            Result<SiteSettings> settings = library->site().settings();
            if (!settings)
                return settings.error();
            Result<Theme> theme = Theme::load(settings.value().theme);
            if (!theme)
                return theme.error();
            Result<std::shared_ptr<const SiteData>> site = SiteData::load(*library);
            if (!site)
                return site.error();
            renderer = std::make_unique<Renderer>(std::move(theme).value(), site.value());
            stale = false;
        }
        return renderer.get();
    }
};

PreviewService::PreviewService(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_context(new QObject)
    , m_worker(std::make_shared<Worker>())
{
    m_thread->setObjectName(u"preview"_s);
    m_context->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
}

PreviewService::~PreviewService()
{
    // The worker's library connection must close on its own thread.
    std::shared_ptr<Worker> worker = m_worker;
    QMetaObject::invokeMethod(m_context, [worker] {
        worker->renderer.reset();
        worker->library.reset();
    }, Qt::BlockingQueuedConnection);
    m_context->deleteLater();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

quint64 PreviewService::post(std::function<void(Worker &, quint64)> job)
{
    const quint64 id = m_nextId.fetch_add(1);
    m_latest.store(id);
    std::shared_ptr<Worker> worker = m_worker;
    QMetaObject::invokeMethod(m_context, [this, worker, job = std::move(job), id] {
        // A newer request waits behind this one: skip straight to it.
        if (id != m_latest.load())
            return;
        job(*worker, id);
    }, Qt::QueuedConnection);
    return id;
}

void PreviewService::setLibrary(const QString &location)
{
    std::shared_ptr<Worker> worker = m_worker;
    QMetaObject::invokeMethod(m_context, [worker, location] {
        worker->renderer.reset();
        worker->library.reset();
        worker->location = location;
        worker->stale = true;
    }, Qt::QueuedConnection);
}

void PreviewService::invalidateSite()
{
    std::shared_ptr<Worker> worker = m_worker;
    QMetaObject::invokeMethod(m_context, [worker] { worker->stale = true; },
                              Qt::QueuedConnection);
}

namespace {
using Pages = Result<QList<RenderedPage>>;

// Renders the pages of one request, then the 404 page.
Pages renderWith(Result<Renderer *> renderer,
                 const std::function<Pages(Renderer &)> &render)
{
    if (!renderer)
        return renderer.error();
    Pages pages = render(*renderer.value());
    if (!pages)
        return pages;
    Result<RenderedPage> notFound = renderer.value()->notFoundPage();
    if (notFound)
        pages.value().append(notFound.value());
    return pages;
}

Pages one(const Result<RenderedPage> &page)
{
    if (!page)
        return page.error();
    return QList<RenderedPage> {page.value()};
}

// Sends a render's outcome back to the service's thread.
void deliver(PreviewService *service, quint64 id, const Pages &pages)
{
    if (pages) {
        QMetaObject::invokeMethod(service, [service, id, list = pages.value()] {
            Q_EMIT service->pagesReady(id, list);
        }, Qt::QueuedConnection);
    } else {
        QMetaObject::invokeMethod(service, [service, id, error = pages.error()] {
            Q_EMIT service->failed(id, error.message(), Renderer::errorPage(error));
        }, Qt::QueuedConnection);
    }
}
} // namespace

quint64 PreviewService::requestArticle(const Article &article)
{
    return post([this, article](Worker &worker, quint64 id) {
        deliver(this, id, renderWith(worker.ready(), [&](Renderer &renderer) -> Pages {
            QList<RenderedPage> pages;
            for (int n = 1; n <= Renderer::articlePageCount(article); ++n) {
                Result<RenderedPage> page = renderer.articlePage(article, n);
                if (!page)
                    return page.error();
                pages.append(page.value());
            }
            return pages;
        }));
    });
}

quint64 PreviewService::requestChannel(qint64 channelId)
{
    return post([this, channelId](Worker &worker, quint64 id) {
        deliver(this, id, renderWith(worker.ready(), [&](Renderer &renderer) {
            return one(renderer.channelIndex(channelId));
        }));
    });
}

quint64 PreviewService::requestHome()
{
    return post([this](Worker &worker, quint64 id) {
        deliver(this, id, renderWith(worker.ready(), [&](Renderer &renderer) {
            return one(renderer.homePage());
        }));
    });
}

void PreviewService::waitForIdle()
{
    QMetaObject::invokeMethod(m_context, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace Newsdesk
