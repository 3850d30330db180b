#include "previewschemehandler.h"

#include "export/mediavariants.h"
#include "preview/previewscheme.h"
#include "render/sitepaths.h"
#include "storage/library.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QMimeDatabase>
#include <QWebEngineUrlRequestJob>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
constexpr qsizetype MaxPages = 64;
// The variants kept for pages shown again: a page's worth of photos at phone and desktop
// widths.
constexpr qsizetype MaxVariantKiB = 24 * 1024;
const QByteArray Html = "text/html;charset=utf-8";

void replyWith(QWebEngineUrlRequestJob *job, const QByteArray &mimeType, const QByteArray &bytes)
{
    auto *buffer = new QBuffer(job);
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    job->reply(mimeType, buffer);
}

QByteArray variantMimeType(const QString &path)
{
    const QString extension = path.section(u'.', -1);
    return extension == u"jpg"_s ? QByteArray("image/jpeg") : "image/" + extension.toLatin1();
}
} // namespace

PreviewSchemeHandler::PreviewSchemeHandler(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
    , m_variants(MaxVariantKiB)
{
    // One image at a time: the preview shows one page, and a decode may take tens of MB.
    m_variantPool.setMaxThreadCount(1);
    m_variantPool.setObjectName(u"preview media variants"_s);
}

PreviewSchemeHandler::~PreviewSchemeHandler()
{
    m_variantPool.waitForDone();
}

void PreviewSchemeHandler::setPage(const QString &path, const QByteArray &html)
{
    if (m_pages.size() >= MaxPages && !m_pages.contains(path))
        m_pages.clear();
    m_pages.insert(path, html);
}

void PreviewSchemeHandler::clearPages()
{
    m_pages.clear();
}

std::optional<std::pair<QByteArray, QByteArray>>
PreviewSchemeHandler::resource(const QString &path) const
{
    if (const auto page = m_pages.constFind(path); page != m_pages.constEnd())
        return std::pair {Html, page.value()};
    if (path.startsWith(SitePaths::ThemeFolder) && m_theme) {
        const QString asset = path.mid(SitePaths::ThemeFolder.size());
        Result<QByteArray> bytes = m_theme->asset(asset);
        if (bytes) {
            const QString mime =
                    QMimeDatabase().mimeTypeForFile(asset, QMimeDatabase::MatchExtension).name();
            return std::pair {mime.toUtf8(), bytes.value()};
        }
    }
    if (path.startsWith(u"media/"_s) && m_library) {
        // media/<2 hex>/<sha256>.<ext>
        const QString file = path.section(u'/', -1);
        const QString sha256 = file.section(u'.', 0, 0);
        Result<std::pair<QByteArray, QString>> image = m_library->media().dataByHash(sha256);
        if (image)
            return std::pair {image.value().second.toUtf8(), image.value().first};
    }
    return std::nullopt;
}

void PreviewSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    if (job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const QString path = PreviewScheme::pathOf(job->requestUrl());
    QString sha256;
    if (const int width = MediaVariants::widthOf(path, &sha256);
        width > 0 && path.startsWith(u"media/"_s) && serveVariant(job, path, sha256, width))
        return;
    std::optional<std::pair<QByteArray, QByteArray>> found = resource(path);
    if (!found) {
        // Pages outside what is previewed: the site's own 404 page when there is one.
        found = resource(SitePaths::NotFoundPage);
        if (!found) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
    }
    replyWith(job, found->first, found->second);
}

bool PreviewSchemeHandler::serveVariant(QWebEngineUrlRequestJob *job, const QString &path,
                                        const QString &sha256, int width)
{
    if (const QByteArray *cached = m_variants.object(path)) {
        replyWith(job, variantMimeType(path), *cached);
        return true;
    }
    if (auto waiting = m_waiting.find(path); waiting != m_waiting.end()) {
        waiting->append(job);
        return true;
    }
    if (!m_library)
        return false;
    // The rows are read here, on the thread of the library's connection; only the decoding
    // and encoding go to the worker.
    Result<Media> media = m_library->media().byHash(sha256);
    if (!media || !MediaVariants::widths(media.value()).contains(width)
        || MediaVariants::path(media.value(), width) != path)
        return false;
    Result<std::pair<QByteArray, QString>> original = m_library->media().dataByHash(sha256);
    if (!original)
        return false;
    m_waiting.insert(path, {job});
    // A watcher connected before its future is set (see MediaImport::follow for why not
    // QFuture::then); it is this handler's child, so nothing runs once the handler is gone.
    auto *watcher = new QFutureWatcher<Result<QByteArray>>(this);
    connect(watcher, &QFutureWatcher<Result<QByteArray>>::finished, this,
            [this, watcher, path] {
                watcher->deleteLater();
                const Result<QByteArray> variant = watcher->result();
                if (variant) {
                    variantRendered(path, variantMimeType(path), variant.value());
                    return;
                }
                qWarning("Preview: %s", qPrintable(variant.error().message()));
                const QList<QPointer<QWebEngineUrlRequestJob>> jobs = m_waiting.take(path);
                for (const QPointer<QWebEngineUrlRequestJob> &waiting : jobs) {
                    if (waiting)
                        waiting->fail(QWebEngineUrlRequestJob::RequestFailed);
                }
            });
    watcher->setFuture(QtConcurrent::run(
            &m_variantPool,
            [media = std::move(media).value(), bytes = std::move(original.value().first), width] {
                return MediaVariants::render(media, bytes, width);
            }));
    return true;
}

void PreviewSchemeHandler::variantRendered(const QString &path, const QByteArray &mimeType,
                                           const QByteArray &bytes)
{
    ++m_variantsRendered;
    m_variants.insert(path, new QByteArray(bytes), std::max<qsizetype>(1, bytes.size() / 1024));
    const QList<QPointer<QWebEngineUrlRequestJob>> jobs = m_waiting.take(path);
    for (const QPointer<QWebEngineUrlRequestJob> &waiting : jobs) {
        // A request the page gave up on (it navigated away) is gone by now.
        if (waiting)
            replyWith(waiting, mimeType, bytes);
    }
}

} // namespace Newsdesk
