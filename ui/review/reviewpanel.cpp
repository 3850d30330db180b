#include "reviewpanel.h"

#include "common/colors.h"
#include "common/dialogs.h"
#include "library/auditlogmodel.h"
#include "library/librarysession.h"
#include "review/commentthreadview.h"
#include "review/historyview.h"
#include "review/revisiondiffview.h"
#include "storage/library.h"
#include "workflow/permissions.h"
#include "workflow/workflow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
QString shortTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

ReviewPanel::ReviewPanel(LibrarySession &session, qint64 articleId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_articleId(articleId)
{
    setObjectName(u"reviewPanel"_s);
    setWindowTitle(tr("Review"));
    m_title = new QLabel(this);
    m_title->setObjectName(u"review.title"_s);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_state = new QLabel(this);
    m_state->setObjectName(u"review.state"_s);
    m_state->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(u"review.error"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Colors::showAsProblem(m_error);
    m_error->hide();
    m_notice = new QLabel(this);
    m_notice->setObjectName(u"review.notice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildChangesTab(), tr("&Changes"));
    m_history = new HistoryView(session, this);
    m_tabs->addTab(m_history, tr("&History"));
    m_comments = new CommentThreadView(session, this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_comments);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_approve = buttons->addButton(tr("&Approve"), QDialogButtonBox::ActionRole);
    m_approve->setObjectName(u"review.approve"_s);
    m_return = buttons->addButton(tr("&Return…"), QDialogButtonBox::ActionRole);
    m_return->setObjectName(u"review.return"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_error);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_approve, &QPushButton::clicked, this, &ReviewPanel::approve);
    connect(m_return, &QPushButton::clicked, this, &ReviewPanel::returnToAuthor);
    connect(m_history, &HistoryView::errorOccurred, this, &ReviewPanel::showError);
    connect(m_history, &HistoryView::restored, this, [this](const Article &article) {
        reload();
        showNotice(tr("Restored as version %1.").arg(article.version));
        Q_EMIT articlesChanged({m_articleId});
    });
    connect(m_comments, &CommentThreadView::errorOccurred, this, &ReviewPanel::showError);
    connect(m_comments, &CommentThreadView::commented, this, [this] { m_error->hide(); });
    connect(&m_session, &LibrarySession::currentUserChanged, this, &ReviewPanel::updateButtons);
    connect(&m_session, &LibrarySession::libraryChanged, this, &QDialog::reject);

    // Large enough for a side-by-side diff, and within a 1280×800 screen.
    QSize size(1180, 760);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableGeometry().size() * 0.95);
    resize(size);
    reload();
}

QWidget *ReviewPanel::buildChangesTab()
{
    auto *tab = new QWidget(this);
    m_before = new QComboBox(tab);
    m_before->setObjectName(u"review.before"_s);
    m_after = new QComboBox(tab);
    m_after->setObjectName(u"review.after"_s);
    m_diff = new RevisionDiffView(tab);
    m_diff->setObjectName(u"review.diff"_s);
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(new QLabel(tr("Compare"), tab));
    pickers->addWidget(m_before, 1);
    pickers->addWidget(new QLabel(tr("with"), tab));
    pickers->addWidget(m_after, 1);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(pickers);
    layout->addWidget(m_diff, 1);
    connect(m_before, &QComboBox::activated, this, &ReviewPanel::showDiff);
    connect(m_after, &QComboBox::activated, this, &ReviewPanel::showDiff);
    return tab;
}

void ReviewPanel::reloadThread()
{
    m_history->setArticle(m_articleId);
    m_comments->setArticle(m_articleId);
}

void ReviewPanel::reload()
{
    m_error->hide();
    m_notice->hide();
    m_revisions.clear();
    m_entries.clear();
    m_loaded = false;
    Library *library = m_session.library();
    if (!library)
        return;
    Result<Article> article = library->articles().byId(m_articleId);
    if (!article) {
        updateHeader();
        updateButtons();
        showError(article.error().message());
        return;
    }
    m_article = std::move(article).value();
    m_loaded = true;
    Result<QList<HistoryEntry>> history = library->review().historyOf(m_articleId);
    if (history)
        m_entries = std::move(history).value();
    else
        showError(history.error().message());
    updateHeader();
    updateButtons();
    fillPickers();
    m_history->setArticle(m_articleId);
    m_comments->setArticle(m_articleId);
}

void ReviewPanel::updateHeader()
{
    if (!m_loaded) {
        m_title->setText(tr("Article %1").arg(m_articleId));
        m_state->clear();
        return;
    }
    setWindowTitle(tr("Review: %1").arg(m_article.title));
    m_title->setText(m_article.title);
    QStringList parts;
    if (m_article.pending)
        parts << tr("%1; an edit of it is %2 (the approved version stays live)")
                         .arg(ArticleStatuses::displayName(m_article.status),
                              ArticleStatuses::displayName(*m_article.pending));
    else
        parts << ArticleStatuses::displayName(m_article.status);
    if (m_article.isTrashed())
        parts << tr("in the trash");
    parts << tr("version %1").arg(m_article.version);
    for (auto e = m_entries.crbegin(); e != m_entries.crend(); ++e) {
        if (e->action == u"submit"_s) {
            parts << tr("submitted by %1 at %2").arg(e->savedByName, shortTime(e->savedAt));
            break;
        }
    }
    if (!m_article.author.isEmpty())
        parts << tr("by %1").arg(m_article.author);
    m_state->setText(parts.join(u" · "_s));
}

void ReviewPanel::updateButtons()
{
    const std::optional<User> &user = m_session.currentUser();
    QString why;
    if (!user)
        why = tr("Sign in as a chief editor to review.");
    else if (Status allowed = Permissions::require(*user, Permission::Review); !allowed)
        why = allowed.error().message();
    else if (!m_loaded)
        why = tr("The article could not be read.");
    else if (m_article.isTrashed())
        why = tr("The article is in the trash.");
    else if (m_article.reviewState() != ArticleStatus::Submitted)
        why = tr("The article is not waiting for review: it is %1.")
                      .arg(ArticleStatuses::displayName(m_article.reviewState()));
    for (QPushButton *button : {m_approve, m_return}) {
        button->setEnabled(why.isEmpty());
        button->setToolTip(why);
    }
    if (why.isEmpty()) {
        m_approve->setToolTip(tr("Approve version %1 as shown here").arg(m_article.version));
        m_return->setToolTip(tr("Send it back to its author with a note saying what to change"));
    }
}

int ReviewPanel::defaultBase() const
{
    // (a) A staged edit against the approved revision that is live.
    if (m_article.pending && m_article.approvedRevisionId > 0) {
        for (const HistoryEntry &e : m_entries) {
            if (e.revisionId == m_article.approvedRevisionId)
                return e.version;
        }
    }
    // (b) The latest submission against the submission or return before it: what changed
    // since the article was last in review.
    qsizetype submission = -1;
    for (qsizetype i = m_entries.size() - 1; i >= 0 && submission < 0; --i) {
        if (m_entries.at(i).action == u"submit"_s)
            submission = i;
    }
    for (qsizetype i = submission - 1; i >= 0; --i) {
        const QString &action = m_entries.at(i).action;
        if (action == u"submit"_s || action == u"return"_s)
            return m_entries.at(i).version;
    }
    // (c) The first revision; for an article saved once, nothing (all of it is new).
    return m_entries.size() <= 1 ? 0 : m_entries.constFirst().version;
}

void ReviewPanel::fillPickers()
{
    m_before->clear();
    m_after->clear();
    m_before->addItem(tr("Nothing (everything in the article is new)"), 0);
    for (const HistoryEntry &e : std::as_const(m_entries)) {
        QString text =
                tr("Version %1 — %2, %3").arg(e.version).arg(e.savedByName, shortTime(e.savedAt));
        if (!e.action.isEmpty())
            text += u" ("_s + AuditLogModel::actionName(e.action) + u')';
        if (e.revisionId == m_article.approvedRevisionId && m_article.isLive())
            text += u' ' + tr("[approved, live]");
        m_before->addItem(text, e.version);
        m_after->addItem(text, e.version);
    }
    if (m_entries.isEmpty())
        return;
    compare(defaultBase(), m_entries.constLast().version);
}

void ReviewPanel::compare(int before, int after)
{
    m_before->setCurrentIndex(qMax(0, m_before->findData(before)));
    m_after->setCurrentIndex(qMax(0, m_after->findData(after)));
    showDiff();
}

int ReviewPanel::beforeVersion() const
{
    return m_before->currentData().toInt();
}

int ReviewPanel::afterVersion() const
{
    return m_after->currentData().toInt();
}

void ReviewPanel::showDiff()
{
    Library *library = m_session.library();
    if (!library || m_before->count() == 0)
        return;
    const int versions[] = {beforeVersion(), afterVersion()};
    for (int version : versions) {
        if (version == 0 || m_revisions.contains(version))
            continue; // 0: nothing before the first revision
        Result<Article> revision = library->review().revision(m_articleId, version);
        if (!revision) {
            showError(revision.error().message());
            return;
        }
        m_revisions.insert(version, revision.value());
    }
    QHash<qint64, QString> channels;
    for (const Channel &c : library->channels().all().valueOr({}))
        channels.insert(c.id, c.name);
    m_diff->setArticles(m_revisions.value(versions[0]), m_before->currentText(),
                        m_revisions.value(versions[1]), m_after->currentText(),
                        [channels](qint64 id) { return channels.value(id); });
}

void ReviewPanel::showHistory()
{
    m_tabs->setCurrentWidget(m_history);
}

void ReviewPanel::approve()
{
    if (!m_session.library() || !m_session.currentUser()) {
        showError(tr("Sign in as a chief editor to review."));
        return;
    }
    Workflow workflow(*m_session.library(), *m_session.currentUser());
    finish(workflow.approve(m_articleId, m_article.version),
           tr("Approved: version %1 is what will be published."));
}

void ReviewPanel::returnToAuthor()
{
    if (!m_session.library() || !m_session.currentUser()) {
        showError(tr("Sign in as a chief editor to review."));
        return;
    }
    const std::optional<QString> comment = Dialogs::multiLineText(
            this, tr("Return to Author"),
            tr("What should be changed in \"%1\"? The author reads this in the notes.")
                    .arg(m_article.title));
    if (!comment)
        return;
    Workflow workflow(*m_session.library(), *m_session.currentUser());
    finish(workflow.returnToAuthor(m_articleId, *comment, m_article.version),
           tr("Returned to the author with your note (now version %1)."));
}

void ReviewPanel::finish(const Result<Article> &result, const QString &done)
{
    if (!result) {
        // A change made meanwhile: show what is there now, and say why nothing happened.
        if (result.error().kind() == Error::Kind::Conflict)
            reload();
        showError(result.error().message());
        return;
    }
    reload();
    showNotice(done.arg(result.value().version));
    Q_EMIT articlesChanged({m_articleId});
}

QString ReviewPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ReviewPanel::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void ReviewPanel::showError(const QString &message)
{
    m_notice->hide();
    m_error->setText(message);
    m_error->show();
}

void ReviewPanel::showNotice(const QString &message)
{
    m_notice->setText(message);
    m_notice->show();
}

} // namespace Newsdesk
