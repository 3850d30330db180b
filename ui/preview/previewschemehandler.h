#pragma once

#include "render/theme.h"

#include <QHash>
#include <QWebEngineUrlSchemeHandler>

#include <functional>
#include <optional>

namespace Newsdesk {

class Library;

// Answers the preview's newsdesk:// requests: rendered pages the pane put here, the theme's
// assets, and the library's images by content hash. Anything else gets the site's 404.
class PreviewSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    explicit PreviewSchemeHandler(QObject *parent = nullptr);

    void setLibrary(Library *library) { m_library = library; }
    void setTheme(std::optional<Theme> theme) { m_theme = std::move(theme); }
    // Keeps the bytes of a rendered page under its bundle path.
    void setPage(const QString &path, const QByteArray &html);
    void clearPages();
    QByteArray page(const QString &path) const { return m_pages.value(path); }

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    std::optional<std::pair<QByteArray, QByteArray>> resource(const QString &path) const;

    Library *m_library = nullptr;
    std::optional<Theme> m_theme;
    QHash<QString, QByteArray> m_pages;
};

} // namespace Newsdesk
