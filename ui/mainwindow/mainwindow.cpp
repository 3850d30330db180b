#include "mainwindow.h"

#include "common/dialogs.h"
#include "config/settings.h"
#include "editor/articleeditor.h"
#include "editor/bodyeditor.h"
#include "editor/editortabs.h"
#include "editor/formatactions.h"
#include "help/aboutdialog.h"
#include "help/manualwindow.h"
#include "help/shortcutsdialog.h"
#include "library/articlelistview.h"
#include "library/bulkactions.h"
#include "library/channelactions.h"
#include "library/librarysession.h"
#include "library/libraryview.h"
#include "library/welcomepage.h"
#include "mainwindow/actionstates.h"
#include "mainwindow/librarydialogs.h"
#include "mainwindow/libraryopener.h"
#include "mainwindow/liveupdates.h"
#include "mainwindow/recentlibrariesmenu.h"
#include "mainwindow/statuslabels.h"
#include "mainwindow/windowmenus.h"
#include "people/peopleactions.h"
#include "review/reviewactions.h"
#include "review/reviewqueueview.h"
#include "settings/preferencesdialog.h"
#include "storage/library.h"
#include "storage/serverlocation.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextEdit>
#include <QTimer>

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

    m_opener = std::make_unique<LibraryOpener>(session, settings, *m_tabs, *this);
    m_menus = std::make_unique<WindowMenus>(*this, m_actions, settings, *m_libraryView, *m_tabs);
    m_status = std::make_unique<StatusLabels>(*this, *statusBar());
    m_states = std::make_unique<ActionStates>(m_actions, session, *m_tabs, *m_review, *m_menus);
    m_dialogs = std::make_unique<LibraryDialogs>(session, settings, *m_libraryView, *m_tabs, *this);
    connectActions();

    connect(&m_session, &LibrarySession::libraryChanged, this, &MainWindow::libraryChanged);
    connect(&m_session, &LibrarySession::currentUserChanged, this, &MainWindow::userChanged);
    connect(m_libraryView, &LibraryView::errorOccurred, this, &MainWindow::showError);
    connect(m_libraryView, &LibraryView::articleCountChanged, this,
            [this](int count) { m_status->showArticleCount(count); });
    connect(m_libraryView, &LibraryView::selectionCountChanged, this,
            [this](int count) { m_states->setSelectedArticles(count); });
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
    connect(m_tabs, &EditorTabs::currentEditorChanged, this, [this] { m_states->update(); });
    connect(m_tabs, &EditorTabs::undoRedoChanged, this,
            [this] { m_states->updateEditorActions(); });
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
    // Closing the window moves the focus out of an editor, whose undo stack then says so, and
    // the views go with their selections; by then this window's members (its parts among them)
    // are gone, so nothing may call back into it.
    disconnect(m_tabs, nullptr, this, nullptr);
    disconnect(m_libraryView, nullptr, this, nullptr);
    disconnect(&m_session, nullptr, this, nullptr);
}

void MainWindow::connectActions()
{
    connect(action(Id::NewLibrary), &QAction::triggered, this, [this] { m_opener->createNew(); });
    connect(action(Id::OpenLibrary), &QAction::triggered, this, [this] { m_opener->chooseFile(); });
    connect(action(Id::ConnectToServer), &QAction::triggered, this,
            [this] { connectToServer(); });
    connect(m_menus->recentLibraries(), &RecentLibrariesMenu::openRequested, this,
            &MainWindow::openLibrary);
    connect(m_people, &PeopleActions::reconnectRequested, this,
            [this] { m_opener->reconnectAsSomeoneElse(); });
    connect(action(Id::ClearRecentLibraries), &QAction::triggered, &m_settings,
            &Settings::clearRecentLibraries);
    connect(action(Id::CloseLibrary), &QAction::triggered, this, [this] { m_opener->close(); });
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
    connect(action(Id::UserManual), &QAction::triggered, this, &MainWindow::showManual);
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
    connect(action(Id::ManageTags), &QAction::triggered, this, [this] { m_dialogs->manageTags(); });
    connect(action(Id::SiteSettings), &QAction::triggered, this,
            [this] { m_dialogs->editSiteSettings(); });
    connect(action(Id::ExportSite), &QAction::triggered, this, [this] { m_dialogs->exportSite(); });
    connect(action(Id::ImportArticles), &QAction::triggered, this,
            [this] { m_dialogs->importArticles(); });
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

bool MainWindow::openLibrary(const QString &location)
{
    return m_opener->open(location);
}

bool MainWindow::connectToServer(const QString &location, const QString &message)
{
    return m_opener->connectToServer(location, message);
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
    connect(&dialog, &AboutDialog::manualRequested, this, &MainWindow::showManual);
    dialog.exec();
}

void MainWindow::showManual()
{
    if (!m_manual)
        m_manual = new ManualWindow(this); // a window of its own, deleted when closed
    m_manual->show();
    m_manual->raise();
    m_manual->activateWindow();
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
    const QString formatTitle = ShortcutsDialog::plainText(m_menus->formatMenu()->menuAction());
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
    m_states->update();
    m_status->showLibrary(location);
    const bool server = Library::isServerLocation(location);
    setWindowFilePath(server ? QString() : location);
    setWindowTitle(open ? tr("%1 — Newsdesk").arg(ServerLocation::displayNameOf(location))
                        : tr("Newsdesk"));
    // Asked once the library is shown, not from inside the call that opened it.
    if (open && !m_session.currentUser())
        QTimer::singleShot(0, m_people, &PeopleActions::signInIfNeeded);
}

void MainWindow::openCurrentArticle()
{
    if (const qint64 id = m_libraryView->articleView()->currentId(); id > 0)
        m_tabs->openArticle(id);
}

void MainWindow::userChanged()
{
    m_status->showUser(m_session.currentUser(), m_session.library() != nullptr);
    m_states->update();
}

void MainWindow::showError(const QString &message)
{
    Dialogs::critical(this, tr("Library Error"), message);
}

} // namespace Newsdesk
