#include "previewschemehandler.h"

#include "preview/previewscheme.h"
#include "render/sitepaths.h"
#include "storage/library.h"

#include <QBuffer>
#include <QMimeDatabase>
#include <QWebEngineUrlRequestJob>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
constexpr qsizetype MaxPages = 64;
const QByteArray Html = "text/html;charset=utf-8";
} // namespace

PreviewSchemeHandler::PreviewSchemeHandler(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
{
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
    std::optional<std::pair<QByteArray, QByteArray>> found = resource(path);
    if (!found) {
        // Pages outside what is previewed: the site's own 404 page when there is one.
        found = resource(SitePaths::NotFoundPage);
        if (!found) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(found->second);
    buffer->open(QIODevice::ReadOnly);
    job->reply(found->first, buffer);
}

} // namespace Newsdesk
