#include "manualwindow.h"

#include "common/icons.h"
#include "manualbrowser.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

const QString ManualPath = u"doc/newsdesk/manual"_s;

} // namespace

QStringList ManualWindow::searchedFolders()
{
    QStringList folders;
    // Beside the binary first: /usr/bin/../share for the package, build/bin/../share for a
    // build tree (the build copies docs/manual there).
    folders.append(QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../share/"_s
                                   + ManualPath));
    const QStringList data = QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation);
    for (const QString &folder : data) {
        const QString candidate = QDir::cleanPath(folder + u'/' + ManualPath);
        if (!folders.contains(candidate))
            folders.append(candidate);
    }
    return folders;
}

QString ManualWindow::indexFile(const QString &language)
{
    const QStringList folders = searchedFolders();
    for (const QString &folder : folders) {
        const QString index = folder + u'/' + language + u"/index.md"_s;
        if (QFileInfo(index).isFile())
            return index;
    }
    return {};
}

QString ManualWindow::interfaceLanguage()
{
    return QLocale().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

ManualWindow::ManualWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new ManualBrowser(this))
    , m_languages(new QComboBox(this))
{
    setObjectName(u"manualWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    resize(900, 720);

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *back = toolBar->addAction(Icons::themed(u"go-previous"_s, QStyle::SP_ArrowBack), tr("&Back"),
                                       m_browser, &QTextBrowser::backward);
    back->setObjectName(u"manual.back"_s);
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    QAction *forward = toolBar->addAction(Icons::themed(u"go-next"_s, QStyle::SP_ArrowForward),
                                          tr("&Forward"), m_browser, &QTextBrowser::forward);
    forward->setObjectName(u"manual.forward"_s);
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    QAction *contents = toolBar->addAction(Icons::themed(u"go-home"_s, QStyle::SP_DirHomeIcon),
                                           tr("&Contents"), this,
                                           [this] { showPage(u"index.md"_s); });
    contents->setObjectName(u"manual.contents"_s);
    contents->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    toolBar->addSeparator();
    m_languages->setObjectName(u"manual.language"_s);
    m_languages->setAccessibleName(tr("Manual language"));
    m_languages->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_languages->addItem(u"English"_s, u"en"_s);
    toolBar->addWidget(m_languages);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_browser, 1);

    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &ManualWindow::updateTitle);
    connect(m_languages, &QComboBox::activated, this,
            [this](int index) { setLanguage(m_languages->itemData(index).toString()); });

    setLanguage(interfaceLanguage());
}

void ManualWindow::setLanguage(const QString &language)
{
    m_language = language;
    m_languages->setCurrentIndex(std::max(0, m_languages->findData(language)));
    showPage(u"index.md"_s);
}

bool ManualWindow::showPage(const QString &page)
{
    const QString index = indexFile(m_language);
    if (index.isEmpty()) {
        showMissing();
        return false;
    }
    m_browser->setSource(QUrl::fromLocalFile(index).resolved(QUrl(page)));
    return true;
}

void ManualWindow::showMissing()
{
    QString folders;
    for (const QString &folder : searchedFolders())
        folders += u"<li><code>%1</code></li>"_s.arg(folder.toHtmlEscaped());
    m_browser->setHtml(u"<h2>%1</h2><p>%2</p><ul>%3</ul>"_s.arg(
            tr("The manual is not installed").toHtmlEscaped(),
            tr("Newsdesk looked for it in these folders. Installing the newsdesk package puts "
               "it in /usr/share/doc/newsdesk/manual.")
                    .toHtmlEscaped(),
            folders));
    setWindowTitle(tr("Newsdesk Manual"));
}

void ManualWindow::updateTitle(const QUrl &page)
{
    // The desktop adds " — Newsdesk" (the application's display name) itself.
    const QString heading = m_browser->document()->firstBlock().text().trimmed();
    if (heading.isEmpty())
        setWindowTitle(tr("Newsdesk Manual"));
    else if (page.fileName() == u"index.md"_s) // source() is still the last page here
        setWindowTitle(heading); // "Newsdesk user manual"
    else
        setWindowTitle(tr("%1 — User Manual").arg(heading));
}

} // namespace Newsdesk
