#include "mainwindow.h"

#include "common/dialogs.h"
#include "config/settings.h"
#include "editor/articleeditor.h"
#include "editor/bodyeditor.h"
#include "editor/editortabs.h"
#include "editor/formatactions.h"
#include "export/exportdialog.h"
#include "help/aboutdialog.h"
#include "help/shortcutsdialog.h"
#include "import/importdialog.h"
#include "export/exportoptions.h"
#include "library/articlelistview.h"
#include "library/bulkactions.h"
#include "library/channelactions.h"
#include "library/connectdialog.h"
#include "library/librarysession.h"
#include "library/libraryview.h"
#include "library/newlibrarydialog.h"
#include "library/welcomepage.h"
#include "mainwindow/liveupdates.h"
#include "mainwindow/recentlibrariesmenu.h"
#include "manage/tagmanagerdialog.h"
#include "people/peopleactions.h"
#include "review/reviewactions.h"
#include "review/reviewqueueview.h"
#include "settings/preferencesdialog.h"
#include "settings/sitesettingsdialog.h"
#include "storage/library.h"
#include "storage/serverlocation.h"
#include "workflow/permissions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Newsdesk {

using Id = Actions::Id;

MainWindow::MainWindow(LibrarySession &session, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_actions(this)
{
    setObjectName(u"mainWindow"_s);
    m_central = new QStackedWidget(this);
    m_welcome = new WelcomePage({action(Id::NewLibrary), action(Id::OpenLibrary),
                                 action(Id::ConnectToServer)},
                                m_central);
    m_libraryView = new LibraryView(session, settings, action(Id::SaveSearch), m_central);
    m_bulk = new BulkActions(session, *m_libraryView, this);
    m_channelActions = new ChannelActions(session, *m_libraryView, this);
    m_people = new PeopleActions(session, this, action(Id::SwitchUser), action(Id::ManageUsers),
                                 action(Id::AuditLog));
    m_tabs = new EditorTabs(session, m_libraryView, m_central);
    m_reviewQueue = new ReviewQueueView(session, this);
    addDockWidget(Qt::RightDockWidgetArea, m_reviewQueue);
    resizeDocks({m_reviewQueue}, {420}, Qt::Horizontal);
    m_review = new ReviewActions(session, *m_libraryView, *m_reviewQueue,
                                 {action(Id::Approve), action(Id::ReturnToAuthor),
                                  action(Id::Withdraw), action(Id::History),
                                  action(Id::ToggleReviewQueue)},
                                 this);
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_tabs);
    setCentralWidget(m_central);

    buildMenus();
    buildToolBar();
    buildStatusBar();
    connectActions();

    connect(&m_session, &LibrarySession::libraryChanged, this, &MainWindow::libraryChanged);
    connect(&m_session, &LibrarySession::currentUserChanged, this, &MainWindow::userChanged);
    connect(m_libraryView, &LibraryView::errorOccurred, this, &MainWindow::showError);
    connect(m_libraryView, &LibraryView::articleCountChanged, this,
            [this](int count) { m_countLabel->setText(tr("%n article(s)", "", count)); });
    connect(m_libraryView, &LibraryView::selectionCountChanged, this, [this](int count) {
        m_selectedArticles = count;
        updateActions();
    });
    const auto showMessage = [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    };
    connect(m_bulk, &BulkActions::statusMessage, this, showMessage);
    connect(m_channelActions, &ChannelActions::statusMessage, this, showMessage);
    connect(m_people, &PeopleActions::statusMessage, this, showMessage);
    connect(m_review, &ReviewActions::statusMessage, this, showMessage);
    // Whatever changes articles changes what waits for review.
    connect(m_bulk, &BulkActions::articlesChanged, m_reviewQueue, &ReviewQueueView::refresh);
    connect(m_channelActions, &ChannelActions::articlesChanged, m_reviewQueue,
            &ReviewQueueView::refresh);
    connect(m_tabs, &EditorTabs::articleSaved, m_reviewQueue, &ReviewQueueView::refresh);
    connect(m_tabs, &EditorTabs::statusMessage, this, showMessage);
    connect(m_tabs, &EditorTabs::articleSaved, m_libraryView, &LibraryView::refresh);
    connect(m_tabs, &EditorTabs::currentEditorChanged, this, &MainWindow::updateActions);
    connect(m_tabs, &EditorTabs::undoRedoChanged, this, &MainWindow::updateEditorActions);
    connect(m_libraryView, &LibraryView::articleOpenRequested, m_tabs, &EditorTabs::openArticle);
    // What other desktops change shows here within a second.
    auto *live = new LiveUpdates(m_session, *m_libraryView, *m_reviewQueue, *m_tabs, this);
    live->showIndicatorIn(statusBar());
    restoreWindowState();
    libraryChanged();
    userChanged();
}

MainWindow::~MainWindow()
{
    // Closing the window moves the focus out of an editor, whose undo stack then says so;
    // by then this window's members are going, so nothing may call back into it.
    disconnect(m_tabs, nullptr, this, nullptr);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"menu.file"_s);
    file->addAction(action(Id::NewLibrary));
    file->addAction(action(Id::OpenLibrary));
    file->addAction(action(Id::ConnectToServer));
    auto *recent = new RecentLibrariesMenu(m_settings, action(Id::ClearRecentLibraries), file);
    connect(recent, &RecentLibrariesMenu::openRequested, this, &MainWindow::openLibrary);
    file->addMenu(recent);
    file->addSeparator();
    file->addAction(action(Id::NewArticle));
    file->addAction(action(Id::SaveArticle));
    file->addAction(action(Id::CloseArticle));
    file->addSeparator();
    file->addAction(action(Id::CloseLibrary));
    file->addSeparator();
    file->addAction(action(Id::SwitchUser));
    file->addSeparator();
    file->addAction(action(Id::Quit));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(u"menu.edit"_s);
    edit->addAction(action(Id::Undo));
    edit->addAction(action(Id::Redo));

    m_formatMenu = menuBar()->addMenu(tr("F&ormat"));
    m_formatMenu->setObjectName(u"menu.format"_s);
    connect(m_formatMenu, &QMenu::aboutToShow, this, &MainWindow::fillFormatMenu);

    QMenu *article = menuBar()->addMenu(tr("&Article"));
    article->setObjectName(u"menu.article"_s);
    for (Id id : {Id::NewArticle, Id::OpenArticle, Id::SaveArticle, Id::CloseArticle})
        article->addAction(action(id));
    article->addSeparator();
    for (Id id : {Id::AddTags, Id::RemoveTags, Id::SetFlags, Id::MoveToChannel})
        article->addAction(action(id));
    article->addSeparator();
    for (Id id : {Id::Submit, Id::Approve, Id::ReturnToAuthor, Id::Withdraw})
        article->addAction(action(id));
    article->addSeparator();
    article->addAction(action(Id::History));
    article->addSeparator();
    article->addAction(action(Id::MoveToTrash));
    article->addAction(action(Id::Restore));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"menu.view"_s);
    view->addAction(action(Id::Find));
    view->addAction(action(Id::SaveSearch));
    view->addSeparator();
    view->addAction(action(Id::Refresh));
    view->addSeparator();
    view->addAction(action(Id::ToggleDetails));
    view->addAction(action(Id::TogglePreview));
    view->addAction(action(Id::ToggleReviewQueue));

    QMenu *library = menuBar()->addMenu(tr("&Library"));
    library->setObjectName(u"menu.library"_s);
    for (Id id : {Id::NewChannel, Id::EditChannel, Id::MoveChannel, Id::DeleteChannel})
        library->addAction(action(id));
    library->addSeparator();
    library->addAction(action(Id::ManageTags));
    library->addAction(action(Id::SiteSettings));
    library->addSeparator();
    library->addAction(action(Id::ImportArticles));
    library->addAction(action(Id::ExportSite));
    library->addSeparator();
    library->addAction(action(Id::ManageUsers));
    library->addAction(action(Id::AuditLog));

    // The same actions in the context menus of the lists they act on.
    for (Id id : {Id::NewChannel, Id::EditChannel, Id::MoveChannel, Id::DeleteChannel})
        m_libraryView->channelView()->addAction(action(id));
    m_libraryView->articleView()->addAction(action(Id::OpenArticle));
    for (Id id :
         {Id::AddTags, Id::RemoveTags, Id::SetFlags, Id::MoveToChannel, Id::Submit, Id::Approve,
          Id::ReturnToAuthor, Id::Withdraw, Id::History, Id::MoveToTrash, Id::Restore})
        m_libraryView->articleView()->addAction(action(id));
    // Delete moves articles to the trash only while the list has the focus.
    action(Id::MoveToTrash)->setShortcutContext(Qt::WidgetShortcut);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(u"menu.tools"_s);
    tools->addAction(action(Id::Preferences));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"menu.help"_s);
    help->addAction(action(Id::KeyboardShortcuts));
    help->addSeparator();
    help->addAction(action(Id::About));
    help->addAction(action(Id::AboutQt));
}

void MainWindow::buildToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(u"toolbar.main"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(action(Id::NewLibrary));
    toolBar->addAction(action(Id::OpenLibrary));
    toolBar->addSeparator();
    toolBar->addAction(action(Id::NewArticle));
    toolBar->addAction(action(Id::SaveArticle));
    toolBar->addSeparator();
    toolBar->addAction(action(Id::Refresh));
}

void MainWindow::buildStatusBar()
{
    m_locationLabel = new QLabel(this);
    m_locationLabel->setObjectName(u"status.library"_s);
    m_locationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"status.count"_s);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(u"status.user"_s);
    statusBar()->addWidget(m_locationLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_userLabel);
}

void MainWindow::connectActions()
{
    connect(action(Id::NewLibrary), &QAction::triggered, this, &MainWindow::newLibrary);
    connect(action(Id::OpenLibrary), &QAction::triggered, this, &MainWindow::chooseLibrary);
    connect(action(Id::ConnectToServer), &QAction::triggered, this,
            [this] { connectToServer(); });
    connect(m_people, &PeopleActions::reconnectRequested, this,
            &MainWindow::reconnectAsSomeoneElse);
    connect(action(Id::ClearRecentLibraries), &QAction::triggered, &m_settings,
            &Settings::clearRecentLibraries);
    connect(action(Id::CloseLibrary), &QAction::triggered, this, &MainWindow::closeLibrary);
    connect(action(Id::NewArticle), &QAction::triggered, this,
            [this] { m_tabs->newArticle(m_libraryView->selectedChannelId()); });
    connect(action(Id::OpenArticle), &QAction::triggered, this, &MainWindow::openCurrentArticle);
    connect(action(Id::SaveArticle), &QAction::triggered, this, [this] {
        if (ArticleEditor *editor = m_tabs->currentEditor())
            editor->save();
    });
    connect(action(Id::CloseArticle), &QAction::triggered, this, [this] {
        if (ArticleEditor *editor = m_tabs->currentEditor())
            m_tabs->closeEditor(editor);
    });
    connect(action(Id::Undo), &QAction::triggered, this, [this] {
        if (ArticleEditor *editor = m_tabs->currentEditor())
            editor->undo();
    });
    connect(action(Id::Redo), &QAction::triggered, this, [this] {
        if (ArticleEditor *editor = m_tabs->currentEditor())
            editor->redo();
    });
    connect(action(Id::Quit), &QAction::triggered, this, &QMainWindow::close);
    connect(action(Id::Refresh), &QAction::triggered, m_libraryView, &LibraryView::refresh);
    connect(action(Id::TogglePreview), &QAction::toggled, m_tabs, &EditorTabs::setPreviewVisible);
    connect(action(Id::ToggleDetails), &QAction::toggled, m_libraryView,
            &LibraryView::setDetailsVisible);
    connect(action(Id::Preferences), &QAction::triggered, this, &MainWindow::showPreferences);
    connect(action(Id::About), &QAction::triggered, this, &MainWindow::showAbout);
    connect(action(Id::KeyboardShortcuts), &QAction::triggered, this,
            &MainWindow::showShortcuts);
    connect(action(Id::AboutQt), &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(action(Id::Find), &QAction::triggered, m_libraryView, &LibraryView::focusSearch);
    connect(action(Id::SaveSearch), &QAction::triggered, m_libraryView,
            &LibraryView::saveCurrentSearch);
    connect(action(Id::AddTags), &QAction::triggered, m_bulk, &BulkActions::addTags);
    connect(action(Id::RemoveTags), &QAction::triggered, m_bulk, &BulkActions::removeTags);
    connect(action(Id::MoveToChannel), &QAction::triggered, m_bulk, &BulkActions::moveToChannel);
    connect(action(Id::SetFlags), &QAction::triggered, m_bulk, &BulkActions::setFlags);
    connect(action(Id::Submit), &QAction::triggered, m_bulk, &BulkActions::submit);
    connect(action(Id::MoveToTrash), &QAction::triggered, m_bulk, &BulkActions::moveToTrash);
    connect(action(Id::Restore), &QAction::triggered, m_bulk, &BulkActions::restore);
    connect(action(Id::ManageTags), &QAction::triggered, this, &MainWindow::manageTags);
    connect(action(Id::SiteSettings), &QAction::triggered, this, &MainWindow::editSiteSettings);
    connect(action(Id::ExportSite), &QAction::triggered, this, &MainWindow::exportSite);
    connect(action(Id::ImportArticles), &QAction::triggered, this, &MainWindow::importArticles);
    connect(action(Id::NewChannel), &QAction::triggered, m_channelActions,
            &ChannelActions::newChannel);
    connect(action(Id::EditChannel), &QAction::triggered, m_channelActions,
            &ChannelActions::editChannel);
    connect(action(Id::MoveChannel), &QAction::triggered, m_channelActions,
            &ChannelActions::moveChannel);
    connect(action(Id::DeleteChannel), &QAction::triggered, m_channelActions,
            &ChannelActions::deleteChannel);
}

void MainWindow::restoreWindowState()
{
    if (!restoreGeometry(m_settings.bytes(Settings::Key::MainWindowGeometry)))
        resize(1280, 800);
    restoreState(m_settings.bytes(Settings::Key::MainWindowState));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_tabs->closeAll()) {
        event->ignore();
        return;
    }
    m_settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::MainWindowState, saveState());
    m_libraryView->saveState();
    m_settings.sync();
    event->accept();
}

Status MainWindow::openInSession(const QString &location)
{
    if (!m_tabs->closeAll())
        return Error(Error::Kind::Cancelled,
                     tr("An article with unsaved changes is still open; the library was not "
                        "changed."));
    return m_session.open(location);
}

bool MainWindow::openLibrary(const QString &location)
{
    const Status opened = openInSession(location);
    if (opened)
        return true;
    // A server library from the recent list or the command line has no password with it:
    // ask for it with everything else filled in.
    if (opened.error().kind() == Error::Kind::Unauthenticated
        && Library::isServerLocation(location))
        return connectToServer(location, opened.error().message());
    if (opened.error().kind() != Error::Kind::Cancelled)
        Dialogs::critical(this, tr("Cannot Open Library"), opened.error().message());
    return false;
}

bool MainWindow::connectToServer(const QString &location, const QString &message)
{
    ConnectDialog dialog(
            m_settings, [this](const QString &url) { return openInSession(url); }, this);
    if (!location.isEmpty())
        dialog.setLocation(location);
    dialog.showError(message);
    return dialog.exec() == QDialog::Accepted;
}

void MainWindow::reconnectAsSomeoneElse()
{
    ConnectDialog dialog(
            m_settings, [this](const QString &url) { return openInSession(url); }, this);
    dialog.setLocation(m_session.location());
    dialog.focusUserName();
    dialog.exec();
}

void MainWindow::chooseLibrary()
{
    const QString current = m_session.location();
    const QString folder = current.isEmpty() || Library::isServerLocation(current)
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            : QFileInfo(current).absolutePath();
    const QString path = Dialogs::openLibraryFile(this, folder);
    if (!path.isEmpty())
        openLibrary(path);
}

void MainWindow::newLibrary()
{
    NewLibraryDialog dialog(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                            this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status created = m_session.create(dialog.path(), dialog.withDemo());
    QApplication::restoreOverrideCursor();
    if (!created)
        Dialogs::critical(this, tr("Cannot Create Library"), created.error().message());
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted && dialog.apply()) {
        Dialogs::information(this, tr("Preferences"),
                             tr("The new interface language applies the next time Newsdesk "
                                "starts."));
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    QList<ShortcutsDialog::Group> groups = ShortcutsDialog::groupsOf(menuBar());
    // The Format menu is filled from the current editor as it opens; without an editor, a
    // stand-in's actions list the same shortcuts.
    QTextEdit standIn;
    const ArticleEditor *editor = m_tabs->currentEditor();
    const QList<QAction *> format = editor ? editor->bodyEditor()->formatActions()
                                           : (new FormatActions(&standIn, &standIn))->actions();
    const QString formatTitle = ShortcutsDialog::plainText(m_formatMenu->menuAction());
    groups.removeIf([&](const ShortcutsDialog::Group &g) { return g.title == formatTitle; });
    ShortcutsDialog::Group formatGroup{formatTitle, {}};
    for (QAction *a : format) {
        if (!a->shortcuts().isEmpty())
            formatGroup.actions.append(a);
    }
    groups.insert(qMin(2, groups.size()), formatGroup);
    groups.append(ShortcutsDialog::othersIn(this, groups));
    ShortcutsDialog dialog(groups, this);
    dialog.exec();
}

void MainWindow::libraryChanged()
{
    const QString location = m_session.location();
    const bool open = !location.isEmpty();
    m_central->setCurrentWidget(open ? static_cast<QWidget *>(m_tabs) : m_welcome);
    updateActions();
    const bool server = Library::isServerLocation(location);
    m_locationLabel->setText(!open   ? tr("No library open")
                                     : server ? tr("Library: %1").arg(location)
                                              : tr("Library: %1").arg(QDir::toNativeSeparators(location)));
    m_countLabel->setVisible(open);
    setWindowFilePath(server ? QString() : location);
    setWindowTitle(open ? tr("%1 — Newsdesk").arg(ServerLocation::displayNameOf(location))
                        : tr("Newsdesk"));
    // Asked once the library is shown, not from inside the call that opened it.
    if (open && !m_session.currentUser())
        QTimer::singleShot(0, m_people, &PeopleActions::signInIfNeeded);
}

void MainWindow::updateActions()
{
    const bool open = m_session.library() != nullptr;
    for (Id id : {Id::CloseLibrary, Id::Refresh, Id::ToggleDetails})
        action(id)->setEnabled(open);
    // What the signed-in person's role allows (the model checks again on every change); a
    // disabled action says what it takes.
    const std::optional<User> &user = m_session.currentUser();
    const auto allow = [&](Id id, Permission permission) {
        const bool allowed = open && user && Permissions::allows(user->role, permission);
        action(id)->setEnabled(allowed);
        action(id)->setToolTip(allowed || !open ? QString()
                                                : tr("Takes the role %1.")
                                                          .arg(Roles::displayName(
                                                                  Permissions::leastRole(permission))));
    };
    allow(Id::NewArticle, Permission::WriteArticles);
    allow(Id::ImportArticles, Permission::WriteArticles);
    allow(Id::ExportSite, Permission::Export);
    allow(Id::SiteSettings, Permission::ManageSettings);
    for (Id id : {Id::ManageTags, Id::NewChannel, Id::EditChannel, Id::MoveChannel,
                  Id::DeleteChannel})
        allow(id, Permission::ManageChannels);
    // Ctrl+F searches the library on its tab, and the article in an editor.
    for (Id id : {Id::Find, Id::SaveSearch})
        action(id)->setEnabled(open && !m_tabs->currentEditor());
    // The library's bulk actions (and their shortcuts) only while the library tab is shown.
    const bool selected = open && m_selectedArticles > 0 && !m_tabs->currentEditor();
    for (Id id : {Id::AddTags, Id::RemoveTags, Id::MoveToChannel, Id::Submit, Id::MoveToTrash,
                  Id::Restore})
        action(id)->setEnabled(selected && user);
    action(Id::SetFlags)->setEnabled(
            selected && user && Permissions::allows(user->role, Permission::CurateFrontPage));
    action(Id::OpenArticle)->setEnabled(selected);
    m_review->updateActions(open && !m_tabs->currentEditor(), m_selectedArticles);
    updateEditorActions();
}

void MainWindow::updateEditorActions()
{
    const ArticleEditor *editor = m_tabs->currentEditor();
    action(Id::SaveArticle)->setEnabled(editor != nullptr);
    action(Id::CloseArticle)->setEnabled(editor != nullptr);
    action(Id::Undo)->setEnabled(editor && editor->canUndo());
    action(Id::Redo)->setEnabled(editor && editor->canRedo());
    m_formatMenu->setEnabled(editor && !editor->bodyEditor()->formatActions().isEmpty());
}

void MainWindow::fillFormatMenu()
{
    m_formatMenu->clear();
    if (const ArticleEditor *editor = m_tabs->currentEditor())
        m_formatMenu->addActions(editor->bodyEditor()->formatActions());
}

void MainWindow::openCurrentArticle()
{
    if (const qint64 id = m_libraryView->articleView()->currentId(); id > 0)
        m_tabs->openArticle(id);
}

void MainWindow::closeLibrary()
{
    if (m_tabs->closeAll())
        m_session.close();
}

void MainWindow::manageTags()
{
    TagManagerDialog dialog(m_session, this);
    connect(&dialog, &TagManagerDialog::articlesChanged, m_libraryView, &LibraryView::refresh);
    dialog.exec();
    m_libraryView->refresh();
}

void MainWindow::editSiteSettings()
{
    SiteSettingsDialog dialog(m_session, this);
    // Saved settings change every page: the list and the preview (site data, theme) reload.
    if (dialog.exec() == QDialog::Accepted)
        m_libraryView->refresh();
}

void MainWindow::exportSite()
{
    ExportDialog dialog(m_session, m_settings, this);
    // The export marks approved articles published: the list, details and preview reload.
    connect(&dialog, &ExportDialog::exported, m_libraryView, &LibraryView::refresh);
    connect(&dialog, &ExportDialog::exported, this, [this](const ExportSummary &summary) {
        statusBar()->showMessage(
                tr("Site exported to %1").arg(QDir::toNativeSeparators(summary.target)), 10000);
    });
    dialog.exec();
}

void MainWindow::importArticles()
{
    ImportDialog dialog(m_session, this);
    connect(&dialog, &ImportDialog::imported, m_libraryView, &LibraryView::refresh);
    connect(&dialog, &ImportDialog::openArticle, this, [this, &dialog](qint64 id) {
        dialog.reject();
        m_tabs->openArticle(id);
    });
    dialog.exec();
}

void MainWindow::userChanged()
{
    const std::optional<User> &user = m_session.currentUser();
    m_userLabel->setText(user ? tr("User: %1 (%2)").arg(user->name, Roles::displayName(user->role))
                              : tr("Not signed in"));
    m_userLabel->setVisible(m_session.library() != nullptr);
    updateActions();
}

void MainWindow::showError(const QString &message)
{
    Dialogs::critical(this, tr("Library Error"), message);
}

} // namespace Newsdesk
