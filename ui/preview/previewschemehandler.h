#pragma once

#include "render/theme.h"

#include <QCache>
#include <QHash>
#include <QPointer>
#include <QThreadPool>
#include <QWebEngineUrlSchemeHandler>

#include <functional>
#include <optional>

namespace Newsdesk {

class Library;
struct Media;

// Answers the preview's newsdesk:// requests: rendered pages the pane put here, the theme's
// assets, and the library's images by content hash. Anything else gets the site's 404.
// Resized variants of images (…/<sha256>-480w.jpg, see MediaVariants) are made from the
// original on a worker thread, as the export makes them, and answered when ready; the most
// recent ones are kept.
class PreviewSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    explicit PreviewSchemeHandler(QObject *parent = nullptr);
    ~PreviewSchemeHandler() override;

    void setLibrary(Library *library) { m_library = library; }
    void setTheme(std::optional<Theme> theme) { m_theme = std::move(theme); }
    // Keeps the bytes of a rendered page under its bundle path.
    void setPage(const QString &path, const QByteArray &html);
    void clearPages();
    QByteArray page(const QString &path) const { return m_pages.value(path); }

    void requestStarted(QWebEngineUrlRequestJob *job) override;
    // Variants made since this handler was created (not those answered from its cache).
    int variantsRendered() const { return m_variantsRendered; }

private:
    std::optional<std::pair<QByteArray, QByteArray>> resource(const QString &path) const;
    // Answers job with the variant at path (of the image sha256, width px wide), now from the
    // cache or later from a worker; false when the library has no such variant.
    bool serveVariant(QWebEngineUrlRequestJob *job, const QString &path, const QString &sha256,
                      int width);
    void variantRendered(const QString &path, const QByteArray &mimeType, const QByteArray &bytes);

    Library *m_library = nullptr;
    QThreadPool m_variantPool;
    QCache<QString, QByteArray> m_variants; // by path; cost in KiB
    // Requests waiting for a variant being made, by its path.
    QHash<QString, QList<QPointer<QWebEngineUrlRequestJob>>> m_waiting;
    int m_variantsRendered = 0;
    std::optional<Theme> m_theme;
    QHash<QString, QByteArray> m_pages;
};

} // namespace Newsdesk
