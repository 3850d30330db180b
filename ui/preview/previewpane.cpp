#include "previewpane.h"

#include "library/librarysession.h"
#include "preview/previewinterceptor.h"
#include "preview/previewpage.h"
#include "preview/previewscheme.h"
#include "preview/previewschemehandler.h"
#include "preview/previewservice.h"
#include "storage/library.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
constexpr int PhoneWidth = 390;
// Replaces the shown page's head (but its style sheets) and body with those of the page in
// %1 (a one-element JSON array holding the page's HTML). Answers false when it cannot.
const QString SwapScript = uR"((function (pages) {
    if (!window.DOMParser || !document.body)
        return false;
    var next = new DOMParser().parseFromString(pages[0], 'text/html');
    var styling = function (e) { return e.tagName === 'LINK' || e.tagName === 'STYLE'; };
    Array.from(document.head.children).forEach(function (e) { if (!styling(e)) e.remove(); });
    Array.from(next.head.children).forEach(function (e) {
        if (!styling(e))
            document.head.appendChild(document.adoptNode(e));
    });
    document.documentElement.lang = next.documentElement.lang;
    document.body.replaceWith(document.adoptNode(next.body));
    return true;
})(%1))"_s;

// How long typing must pause before the page renders again (the target is a page refreshed
// within 100 ms of the pause).
constexpr std::chrono::milliseconds TypingPause {30};
} // namespace

PreviewPane::PreviewPane(LibrarySession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(new PreviewService(this))
    // No storage name: an off-the-record profile that keeps nothing on disk.
    , m_profile(new QWebEngineProfile(this))
    , m_handler(new PreviewSchemeHandler(this))
    , m_interceptor(new PreviewInterceptor(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"previewPane"_s);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(TypingPause);
    connect(m_debounce, &QTimer::timeout, this, &PreviewPane::render);
    m_profile->installUrlSchemeHandler(PreviewScheme::Name, m_handler);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->setHttpCacheType(QWebEngineProfile::NoCache);
    m_page = new PreviewPage(m_profile, this);
    QWebEngineSettings *settings = m_page->settings();
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);

    auto *targets = new QButtonGroup(this);
    auto *widths = new QButtonGroup(this);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    QToolButton *article = addButton(tr("Article"), u"preview.article"_s, targets);
    QToolButton *channel = addButton(tr("Channel"), u"preview.channel"_s, targets);
    QToolButton *home = addButton(tr("Home"), u"preview.home"_s, targets);
    article->setChecked(true);
    QToolButton *desktop = addButton(tr("Desktop"), u"preview.desktop"_s, widths);
    QToolButton *phone = addButton(tr("Phone"), u"preview.phone"_s, widths);
    desktop->setChecked(true);
    auto *reload = new QToolButton(this);
    reload->setObjectName(u"preview.reload"_s);
    reload->setText(tr("Reload"));
    reload->setToolTip(tr("Render the page again with the library as it is now"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"preview.status"_s);
    for (QWidget *w : {static_cast<QWidget *>(article), static_cast<QWidget *>(channel),
                       static_cast<QWidget *>(home)})
        bar->addWidget(w);
    bar->addSpacing(12);
    bar->addWidget(desktop);
    bar->addWidget(phone);
    bar->addSpacing(12);
    bar->addWidget(reload);
    bar->addWidget(m_status, 1);

    m_view = new QWebEngineView(this);
    m_view->setObjectName(u"preview.view"_s);
    m_view->setAccessibleName(tr("Page preview"));
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_frame = new QWidget(this);
    auto *frameLayout = new QHBoxLayout(m_frame);
    frameLayout->setContentsMargins(0, 0, 0, 0);
    frameLayout->addWidget(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_frame, 1);

    connect(article, &QToolButton::clicked, this, [this] { setTarget(Target::Article); });
    connect(channel, &QToolButton::clicked, this, [this] { setTarget(Target::Channel); });
    connect(home, &QToolButton::clicked, this, [this] { setTarget(Target::Home); });
    connect(desktop, &QToolButton::clicked, this, [this] { setPhoneWidth(false); });
    connect(phone, &QToolButton::clicked, this, [this] { setPhoneWidth(true); });
    connect(reload, &QToolButton::clicked, this, &PreviewPane::refresh);
    connect(m_service, &PreviewService::pagesReady, this, &PreviewPane::pagesReady);
    connect(m_service, &PreviewService::failed, this, &PreviewPane::failed);
    connect(m_page, &QWebEnginePage::loadFinished, this, &PreviewPane::loadFinished);
    connect(&m_session, &LibrarySession::libraryChanged, this, &PreviewPane::libraryChanged);
    libraryChanged();
}

PreviewPane::~PreviewPane()
{
    // The page must go before the profile it uses.
    m_view->setPage(nullptr);
    delete m_page;
}

QToolButton *PreviewPane::addButton(const QString &text, const QString &name, QButtonGroup *group)
{
    auto *button = new QToolButton(this);
    button->setObjectName(name);
    button->setText(text);
    button->setCheckable(true);
    button->setAutoRaise(true);
    group->addButton(button);
    return button;
}

void PreviewPane::libraryChanged()
{
    Library *library = m_session.library();
    m_handler->setLibrary(library);
    m_handler->clearPages();
    m_handler->setTheme(std::nullopt);
    if (library) {
        Result<SiteSettings> settings = library->site().settings();
        if (settings) {
            Result<Theme> theme = Theme::load(settings.value().theme);
            if (theme)
                m_handler->setTheme(std::move(theme).value());
        }
    }
    m_article.reset();
    m_pending = nullptr;
    m_reloadNext = true; // the theme's style sheet may have changed too
    m_service->setLibrary(m_session.connectionLocation());
    render();
}

void PreviewPane::refresh()
{
    libraryChanged();
}

void PreviewPane::showArticle(qint64 articleId)
{
    Library *library = m_session.library();
    Result<Article> article = library && articleId > 0 ? library->articles().byId(articleId)
                                                       : Result<Article>(Error());
    m_article = article ? std::optional<Article>(article.value()) : std::nullopt;
    m_pending = nullptr;
    render();
}

void PreviewPane::showUnsaved(const Article &article)
{
    // Typing sends every keystroke here; render once it pauses.
    m_article = article;
    m_pending = nullptr;
    m_debounce->start();
}

void PreviewPane::showUnsaved(std::function<Article()> current)
{
    m_pending = std::move(current);
    m_debounce->start();
}

void PreviewPane::setTarget(Target target)
{
    m_target = target;
    const QString name = target == Target::Article ? u"preview.article"_s
            : target == Target::Channel            ? u"preview.channel"_s
                                                   : u"preview.home"_s;
    if (auto *button = findChild<QToolButton *>(name))
        button->setChecked(true);
    render();
}

void PreviewPane::setPhoneWidth(bool phone)
{
    if (phone) {
        m_view->setFixedWidth(PhoneWidth);
    } else {
        m_view->setMinimumWidth(0);
        m_view->setMaximumWidth(QWIDGETSIZE_MAX);
    }
    findChild<QToolButton *>(phone ? u"preview.phone"_s : u"preview.desktop"_s)->setChecked(true);
    m_frame->layout()->setAlignment(m_view, phone ? Qt::AlignHCenter : Qt::Alignment());
}

void PreviewPane::render()
{
    m_debounce->stop();
    if (m_pending) {
        m_article = m_pending();
        m_pending = nullptr;
    }
    if (!m_session.library()) {
        m_view->setHtml(QString());
        return;
    }
    switch (m_target) {
    case Target::Article:
        if (!m_article) {
            m_status->setText(tr("No article selected."));
            return;
        }
        m_request = m_service->requestArticle(*m_article);
        break;
    case Target::Channel:
        if (!m_article) {
            m_status->setText(tr("No article selected."));
            return;
        }
        m_request = m_service->requestChannel(m_article->channelId);
        break;
    case Target::Home:
        m_request = m_service->requestHome();
        break;
    }
    m_status->setText(tr("Rendering…"));
}

void PreviewPane::pagesReady(quint64 requestId, const QList<RenderedPage> &pages)
{
    if (requestId != m_request || pages.isEmpty())
        return;
    for (const RenderedPage &page : pages)
        m_handler->setPage(page.path, page.html);
    display(pages.constFirst().path);
}

void PreviewPane::failed(quint64 requestId, const QString &message, const QByteArray &errorPage)
{
    if (requestId != m_request)
        return;
    // A broken theme or a failed render shows what went wrong instead of the page.
    const QString path = u"error.html"_s;
    m_handler->setPage(path, errorPage);
    display(path);
    m_status->setText(message);
    Q_EMIT renderFailed(message);
}

void PreviewPane::display(const QString &path)
{
    const QUrl url = PreviewScheme::urlFor(path);
    if (path == m_path && m_view->url() == url && m_loaded && !m_reloadNext) {
        // The same page again (an edit): swap its content in place. The reader keeps their
        // place, nothing flickers, and the style sheet and images are not fetched again.
        const QByteArray html = m_handler->page(path);
        const QString literal = QString::fromUtf8(
                QJsonDocument(QJsonArray {QString::fromUtf8(html)}).toJson(QJsonDocument::Compact));
        m_page->runJavaScript(SwapScript.arg(literal), [this, path](const QVariant &swapped) {
            if (path != m_path)
                return;
            if (swapped.toBool()) {
                m_status->clear();
                Q_EMIT pageShown(m_path);
            } else {
                reload(PreviewScheme::urlFor(path));
            }
        });
        return;
    }
    m_reloadNext = false;
    if (path == m_path && m_view->url() == url) {
        // The page after a refresh: loaded again, at the same place.
        m_page->runJavaScript(u"window.scrollY"_s, [this, url](const QVariant &y) {
            m_scrollY = y.toInt();
            reload(url);
        });
    } else {
        m_scrollY = -1;
        m_path = path;
        reload(url);
    }
    m_path = path;
}

void PreviewPane::reload(const QUrl &url)
{
    m_loaded = false;
    m_view->load(url);
}

void PreviewPane::loadFinished(bool ok)
{
    m_loaded = ok;
    if (ok && m_scrollY > 0)
        m_page->runJavaScript(u"window.scrollTo(0, %1)"_s.arg(m_scrollY));
    m_scrollY = -1;
    m_status->setText(ok ? QString() : tr("The page could not be shown."));
    if (ok)
        Q_EMIT pageShown(m_path);
}

} // namespace Newsdesk
