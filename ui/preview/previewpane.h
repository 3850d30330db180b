#pragma once

#include "core/article.h"

#include <QWidget>

#include <functional>
#include <optional>

class QButtonGroup;
class QLabel;
class QTimer;
class QToolButton;
class QWebEngineProfile;
class QWebEngineView;

namespace Newsdesk {

class LibrarySession;
class PreviewInterceptor;
class PreviewPage;
class PreviewSchemeHandler;
class PreviewService;
struct RenderedPage;

// The published page, before it is published: the current article's page as the renderer
// makes it (the same bytes the export writes), or its channel's page, or the home page, at
// desktop or phone width. Pages render off the UI thread and are served through the
// newsdesk:// scheme; every other request is blocked and links leave for the system
// browser. Re-rendering the page on show keeps the scroll position.
class PreviewPane final : public QWidget
{
    Q_OBJECT

public:
    enum class Target { Article, Channel, Home };

    explicit PreviewPane(LibrarySession &session, QWidget *parent = nullptr);
    ~PreviewPane() override;

    // The library's article to preview (0: none).
    void showArticle(qint64 articleId);
    // An article as it is being edited, saved or not; renders when typing pauses.
    void showUnsaved(const Article &article);
    // The same, asking current for the article only once typing pauses (an editor's
    // unsaved state costs a serialization of its body).
    void showUnsaved(std::function<Article()> current);
    void setTarget(Target target);
    Target target() const { return m_target; }
    void setPhoneWidth(bool phone);
    // The library changed: rebuild the site's data and render again.
    void refresh();

    QWebEngineView *view() const { return m_view; }
    PreviewSchemeHandler *schemeHandler() const { return m_handler; }
    PreviewInterceptor *interceptor() const { return m_interceptor; }
    // The bundle path of the page last rendered for display.
    const QString &currentPath() const { return m_path; }

Q_SIGNALS:
    // A rendered page finished loading in the view.
    void pageShown(const QString &path);
    void renderFailed(const QString &message);

private:
    void libraryChanged();
    void render();
    void pagesReady(quint64 requestId, const QList<RenderedPage> &pages);
    void failed(quint64 requestId, const QString &message, const QByteArray &errorPage);
    void display(const QString &path);
    void reload(const QUrl &url);
    void loadFinished(bool ok);
    QToolButton *addButton(const QString &text, const QString &name, QButtonGroup *group);

    LibrarySession &m_session;
    PreviewService *m_service = nullptr;
    QWebEngineProfile *m_profile = nullptr;
    PreviewSchemeHandler *m_handler = nullptr;
    PreviewInterceptor *m_interceptor = nullptr;
    QTimer *m_debounce = nullptr;
    PreviewPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    QWidget *m_frame = nullptr;
    QLabel *m_status = nullptr;
    Target m_target = Target::Article;
    std::optional<Article> m_article;
    std::function<Article()> m_pending; // the article to ask for when typing pauses
    quint64 m_request = 0;
    QString m_path;
    int m_scrollY = -1; // restored after reloading the page that was shown
    bool m_loaded = false; // m_path is loaded in the view
    bool m_reloadNext = true; // load the next page even if it is the one shown
};

} // namespace Newsdesk
