#include "editortabs.h"

#include "common/dialogs.h"
#include "config/paths.h"
#include "editor/articleeditor.h"
#include "editor/recoverydialog.h"
#include "library/librarysession.h"
#include "preview/previewpane.h"
#include "preview/previewscheme.h"
#include "recovery/recoverystore.h"
#include "storage/library.h"

#include <QApplication>
#include <QTabBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
constexpr int LongestTabTitle = 24;

EditorChoices loadChoices(Library &library)
{
    using Field = ArticleListRepository::Field;
    EditorChoices choices;
    choices.channels = library.channels().all().valueOr({});
    choices.channelCounts = library.articles().countsByChannel().valueOr({});
    choices.tags = library.tags().names().valueOr({});
    choices.authors = library.articleList().values(Field::Author).valueOr({});
    choices.editors = library.articleList().values(Field::Editor).valueOr({});
    choices.sources = library.articleList().values(Field::Source).valueOr({});
    return choices;
}
} // namespace

EditorTabs::EditorTabs(LibrarySession &session, QWidget *libraryPage, QWidget *parent)
    : QTabWidget(parent)
    , m_session(session)
{
    setObjectName(u"editorTabs"_s);
    setDocumentMode(true);
    setMovable(true);
    setTabsClosable(true);
    tabBar()->setAccessibleName(tr("Library and open articles"));
    addTab(libraryPage, tr("Library"));
    tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *editor = qobject_cast<ArticleEditor *>(widget(index)))
            closeEditor(editor);
    });
    // Editors can be rearranged; the library stays the first tab.
    connect(tabBar(), &QTabBar::tabMoved, this, [this, libraryPage] {
        if (const int index = indexOf(libraryPage); index > 0)
            tabBar()->moveTab(index, 0);
    });
    connect(this, &QTabWidget::currentChanged, this, [this] {
        Q_EMIT currentEditorChanged(currentEditor());
        Q_EMIT undoRedoChanged();
    });
    connect(&m_session, &LibrarySession::libraryChanged, this, &EditorTabs::libraryChanged);
    connect(&m_session, &LibrarySession::currentUserChanged, this, &EditorTabs::userChanged);
}

void EditorTabs::userChanged()
{
    if (m_offerOnSignIn && m_session.currentUser()) {
        m_offerOnSignIn = false;
        scheduleRecoveryOffer();
    }
    // The previous person's leases go; what the new one may do is decided again. Unsaved text
    // stays in the editors (read-only ones offer to save it as a copy).
    for (ArticleEditor *editor : editors())
        editor->setUser(m_session.currentUser());
}

EditorTabs::~EditorTabs() = default;

QList<ArticleEditor *> EditorTabs::editors() const
{
    QList<ArticleEditor *> editors;
    for (int i = 0; i < count(); ++i) {
        if (auto *editor = qobject_cast<ArticleEditor *>(widget(i)))
            editors.append(editor);
    }
    return editors;
}

ArticleEditor *EditorTabs::currentEditor() const
{
    return qobject_cast<ArticleEditor *>(currentWidget());
}

ArticleEditor *EditorTabs::editorFor(qint64 articleId) const
{
    const QList<ArticleEditor *> open = editors();
    for (ArticleEditor *editor : open) {
        if (articleId > 0 && editor->articleId() == articleId)
            return editor;
    }
    return nullptr;
}

void EditorTabs::setPreviewVisible(bool visible)
{
    m_previewVisible = visible;
    for (ArticleEditor *editor : editors())
        editor->setPreviewVisible(visible);
}

ArticleEditor *EditorTabs::addEditor(const Article &article)
{
    Library *library = m_session.library();
    if (!library)
        return nullptr;
    ArticleEditor::Context context;
    context.library = library;
    context.user = m_session.currentUser();
    context.recovery = recoveryStore();
    context.choices = loadChoices(*library);
    if (PreviewScheme::isRegistered()) {
        context.makePreview = [this](QWidget *parent) {
            return new PreviewPane(m_session, parent);
        };
    }
    auto *editor = new ArticleEditor(context, article, this);
    editor->setPreviewVisible(m_previewVisible);
    const auto update = [this, editor] {
        updateTab(editor);
    };
    connect(editor, &ArticleEditor::titleChanged, this, update);
    connect(editor, &ArticleEditor::modifiedChanged, this, update);
    connect(editor, &ArticleEditor::saved, this, &EditorTabs::articleSaved);
    connect(editor, &ArticleEditor::undoRedoChanged, this, &EditorTabs::undoRedoChanged);
    connect(editor, &ArticleEditor::noticeRequested, this, &EditorTabs::statusMessage);
    connect(editor, &ArticleEditor::recoveryFailed, this, &EditorTabs::reportRecoveryProblem);
    setCurrentIndex(addTab(editor, QString()));
    updateTab(editor);
    editor->setFocus(Qt::OtherFocusReason);
    return editor;
}

void EditorTabs::updateTab(ArticleEditor *editor)
{
    const int index = indexOf(editor);
    if (index < 0)
        return;
    QString title = editor->displayTitle();
    if (title.size() > LongestTabTitle)
        title = title.left(LongestTabTitle - 1) + u'…';
    setTabText(index, editor->isModified() ? title + u" *"_s : title);
    setTabToolTip(index, editor->displayTitle());
}

ArticleEditor *EditorTabs::openArticle(qint64 articleId)
{
    if (ArticleEditor *open = editorFor(articleId)) {
        setCurrentWidget(open);
        return open;
    }
    Library *library = m_session.library();
    if (!library)
        return nullptr;
    Result<Article> article = library->articles().byId(articleId);
    if (!article) {
        Dialogs::critical(this, tr("Cannot Open the Article"), article.error().message());
        return nullptr;
    }
    return addEditor(article.value());
}

ArticleEditor *EditorTabs::newArticle(qint64 channelId)
{
    Library *library = m_session.library();
    if (!library)
        return nullptr;
    Article article;
    article.channelId = channelId;
    if (article.channelId <= 0) {
        const QList<Channel> channels = library->channels().all().valueOr({});
        article.channelId = channels.isEmpty() ? 0 : channels.constFirst().id;
    }
    if (m_session.currentUser())
        article.editor = m_session.currentUser()->name;
    return addEditor(article);
}

bool EditorTabs::closeEditor(ArticleEditor *editor)
{
    setCurrentWidget(editor);
    if (!editor->maybeClose())
        return false;
    editor->releaseLease();
    removeTab(indexOf(editor));
    editor->deleteLater();
    return true;
}

bool EditorTabs::closeAll()
{
    const QList<ArticleEditor *> open = editors();
    for (ArticleEditor *editor : open) {
        if (!closeEditor(editor))
            return false;
    }
    return true;
}

void EditorTabs::libraryChanged()
{
    // The main window closes editors before it changes the library; any left refer to a
    // library that is gone. Their last autosave stays in the recovery store.
    const QList<ArticleEditor *> open = editors();
    for (ArticleEditor *editor : open) {
        editor->forgetLibrary(); // its lease lapses by itself
        removeTab(indexOf(editor));
        delete editor;
    }
    // Unsaved edits left by a crash are offered once the window shows the library.
    m_offerOnSignIn = false;
    if (m_session.library())
        scheduleRecoveryOffer();
}

void EditorTabs::scheduleRecoveryOffer(int delay)
{
    if (m_offerPending)
        return;
    m_offerPending = true;
    QTimer::singleShot(delay, this, [this] {
        m_offerPending = false;
        if (!m_session.library())
            return;
        // Nobody signed in yet (a password to type): the edits are offered to whoever signs in.
        if (!m_session.currentUser()) {
            m_offerOnSignIn = true;
            return;
        }
        // Not over another dialog (signing in, setting a password): once it is closed.
        if (QApplication::activeModalWidget()) {
            scheduleRecoveryOffer(200);
            return;
        }
        offerRecovery();
    });
}

RecoveryStore *EditorTabs::recoveryStore()
{
    if (m_recovery || m_recoveryFailed)
        return m_recovery.get();
    const QString path = Paths::recoveryStore();
    Result<std::unique_ptr<RecoveryStore>> opened = RecoveryStore::open(path);
    if (!opened
        && (opened.error().kind() == Error::Kind::Corrupt
            || opened.error().kind() == Error::Kind::Invalid)) {
        // Keep the damaged file for whoever wants to look into it; autosave starts afresh.
        Result<QString> setAside = RecoveryStore::setAside(path);
        if (setAside) {
            Dialogs::critical(this, tr("Recovery Store Damaged"),
                              tr("%1\nIt was moved to %2, and unsaved edits are kept in a new "
                                 "recovery store from now on.")
                                      .arg(opened.error().message(), setAside.value()));
            opened = RecoveryStore::open(path);
        }
    }
    if (!opened) {
        m_recoveryFailed = true;
        reportRecoveryProblem(opened.error().message());
        return nullptr;
    }
    m_recovery = std::move(opened.value());
    return m_recovery.get();
}

void EditorTabs::reportRecoveryProblem(const QString &message)
{
    Q_EMIT statusMessage(message);
    if (m_recoveryReported)
        return;
    m_recoveryReported = true;
    Dialogs::critical(this, tr("Autosave Failed"),
                      tr("%1\nUnsaved edits cannot be kept for recovery: save your articles "
                         "with Ctrl+S.")
                              .arg(message));
}

void EditorTabs::offerRecovery()
{
    Library *library = m_session.library();
    if (!library || m_offering)
        return;
    RecoveryStore *store = recoveryStore();
    if (!store)
        return;
    Result<QList<RecoveryEntry>> entries = store->entries(library->location());
    if (!entries) {
        reportRecoveryProblem(entries.error().message());
        return;
    }
    QStringList openKeys;
    for (const ArticleEditor *editor : editors())
        openKeys.append(editor->recoveryKey());
    QList<RecoveryEntry> offered;
    for (const RecoveryEntry &entry : std::as_const(entries.value())) {
        if (!openKeys.contains(entry.key))
            offered.append(entry);
    }
    if (offered.isEmpty())
        return;
    const auto savedVersion = [library](const RecoveryEntry &entry) -> std::optional<Article> {
        if (entry.isDraft())
            return std::nullopt;
        Result<Article> saved = library->articles().byId(entry.article.id);
        return saved ? std::optional<Article>(saved.value()) : std::nullopt;
    };
    m_offering = true;
    const QHash<QString, RecoveryDialog::Action> actions =
            RecoveryDialog::ask(window(), offered, savedVersion);
    m_offering = false;
    if (library != m_session.library())
        return; // another library was opened meanwhile; these stay for next time
    for (const RecoveryEntry &entry : std::as_const(offered)) {
        switch (actions.value(entry.key, RecoveryDialog::Action::Later)) {
        case RecoveryDialog::Action::Restore:
            restore(entry);
            break;
        case RecoveryDialog::Action::Discard:
            if (Status removed = store->remove(entry.library, entry.key); !removed)
                reportRecoveryProblem(removed.error().message());
            break;
        case RecoveryDialog::Action::Later:
            break;
        }
    }
}

void EditorTabs::restore(const RecoveryEntry &entry)
{
    Library *library = m_session.library();
    if (!library)
        return;
    Article base;
    base.channelId = entry.article.channelId;
    if (!entry.isDraft()) {
        Result<Article> saved = library->articles().byId(entry.article.id);
        // An article deleted since is restored as a new one.
        if (saved)
            base = saved.value();
        else if (saved.error().kind() != Error::Kind::NotFound) {
            Dialogs::critical(this, tr("Cannot Restore the Article"), saved.error().message());
            return;
        }
    }
    if (ArticleEditor *open = editorFor(base.id)) {
        // Opened meanwhile: restore into a separate editor would make two; use the open one.
        open->restore(entry);
        setCurrentWidget(open);
        return;
    }
    if (ArticleEditor *editor = addEditor(base))
        editor->restore(entry);
}

} // namespace Newsdesk
