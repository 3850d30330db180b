#include "core/approvedcontent.h"
#include "demo/demonewsroom.h"
#include "export/exporter.h"
#include "storage/leaserepository.h"
#include "storage/library.h"
#include "storage/sqlvalues.h"
#include "testlibrary.h"
#include "workflow/siteadmin.h"
#include "workflow/taxonomy.h"
#include "workflow/transitions.h"
#include "workflow/workflow.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {
// The states of the table: an article as stored.
Article articleIn(const QString &state)
{
    Article a;
    a.id = 7;
    a.title = u"稿件"_s;
    a.channelId = 1;
    a.createdById = 10; // the editor who wrote it
    a.version = 3;
    a.body = u"<p>正文</p>"_s;
    const QStringList parts = state.split(u'+');
    const QStringList states = parts.first().split(u'/');
    a.status = ArticleStatuses::fromKey(states.at(0)).value();
    if (states.size() > 1)
        a.pending = ArticleStatuses::fromKey(states.at(1)).value();
    if (parts.size() > 1)
        a.trashedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    if (a.isLive() || a.status == ArticleStatus::Withdrawn) {
        a.approvedById = 20;
        a.approvedRevisionId = 1;
        Article approved = a;
        approved.pending.reset();
        a.approvedHash = ApprovedContent::hash(approved);
        if (a.pending)
            a.body = u"<p>改过的正文</p>"_s;
    }
    return a;
}

QString stateOf(const Article &a)
{
    QString s = ArticleStatuses::key(a.status);
    if (a.pending)
        s += u'/' + ArticleStatuses::key(*a.pending);
    if (a.isTrashed())
        s += u"+trash"_s;
    return s;
}

User person(qint64 id, Role role)
{
    User u;
    u.id = id;
    u.name = u"人%1"_s.arg(id);
    u.role = role;
    return u;
}

// What one person doing one action gives: the new state, "D" (denied: role or authorship),
// "I" (invalid in this state) or "ok" (allowed, no change of state).
QString outcome(WorkflowAction action, const User &user, const Article &stored)
{
    if (action == WorkflowAction::Edit) {
        Article edited = stored;
        edited.title += u"(改)"_s;
        Result<Article> r = Transitions::edit(user, stored, edited);
        if (!r)
            return r.error().kind() == Error::Kind::Denied ? u"D"_s : u"I"_s;
        return stateOf(r.value());
    }
    if (action == WorkflowAction::Comment || action == WorkflowAction::TakeOverLease) {
        Status s = Transitions::check(action, user, stored);
        if (!s)
            return s.error().kind() == Error::Kind::Denied ? u"D"_s : u"I"_s;
        return u"ok"_s;
    }
    Result<Article> r = Transitions::apply(action, user, stored, QDateTime::currentDateTimeUtc());
    if (!r)
        return r.error().kind() == Error::Kind::Denied ? u"D"_s : u"I"_s;
    return stateOf(r.value());
}
} // namespace

// The workflow's rules (Transitions) for every role in every state, and the Workflow service
// on a real library: approvals pinned to a hash, staged edits, the export keeping the approved
// revision and refusing tampered content, leases, comments and restores.
class TestWorkflow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_everyRoleEveryState_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("action");
        // own editor, another editor, chief editor, admin
        QTest::addColumn<QStringList>("expected");
        using A = WorkflowAction;
        struct Row
        {
            const char *state;
            A action;
            QStringList expected;
        };
        const QList<Row> rows {
                // Edit
                {"draft", A::Edit, {u"draft"_s, u"D"_s, u"draft"_s, u"draft"_s}},
                {"submitted", A::Edit, {u"I"_s, u"D"_s, u"submitted"_s, u"submitted"_s}},
                {"returned", A::Edit, {u"returned"_s, u"D"_s, u"returned"_s, u"returned"_s}},
                {"approved",
                 A::Edit,
                 {u"approved/draft"_s, u"D"_s, u"approved/draft"_s, u"approved/draft"_s}},
                {"published",
                 A::Edit,
                 {u"published/draft"_s, u"D"_s, u"published/draft"_s, u"published/draft"_s}},
                {"withdrawn", A::Edit, {u"D"_s, u"D"_s, u"withdrawn"_s, u"withdrawn"_s}},
                {"published/draft",
                 A::Edit,
                 {u"published/draft"_s, u"D"_s, u"published/draft"_s, u"published/draft"_s}},
                {"published/submitted",
                 A::Edit,
                 {u"I"_s, u"D"_s, u"published/submitted"_s, u"published/submitted"_s}},
                {"published/returned",
                 A::Edit,
                 {u"published/returned"_s, u"D"_s, u"published/returned"_s,
                  u"published/returned"_s}},
                {"draft+trash", A::Edit, {u"I"_s, u"D"_s, u"I"_s, u"I"_s}},
                // Submit
                {"draft", A::Submit, {u"submitted"_s, u"D"_s, u"submitted"_s, u"submitted"_s}},
                {"submitted", A::Submit, {u"I"_s, u"D"_s, u"I"_s, u"I"_s}},
                {"returned", A::Submit, {u"submitted"_s, u"D"_s, u"submitted"_s, u"submitted"_s}},
                {"approved", A::Submit, {u"I"_s, u"D"_s, u"I"_s, u"I"_s}},
                {"published", A::Submit, {u"I"_s, u"D"_s, u"I"_s, u"I"_s}},
                {"withdrawn", A::Submit, {u"I"_s, u"D"_s, u"I"_s, u"I"_s}},
                {"published/draft",
                 A::Submit,
                 {u"published/submitted"_s, u"D"_s, u"published/submitted"_s,
                  u"published/submitted"_s}},
                {"published/submitted", A::Submit, {u"I"_s, u"D"_s, u"I"_s, u"I"_s}},
                {"published/returned",
                 A::Submit,
                 {u"published/submitted"_s, u"D"_s, u"published/submitted"_s,
                  u"published/submitted"_s}},
                {"draft+trash", A::Submit, {u"I"_s, u"D"_s, u"I"_s, u"I"_s}},
                // Approve
                {"draft", A::Approve, {u"D"_s, u"D"_s, u"I"_s, u"I"_s}},
                {"submitted", A::Approve, {u"D"_s, u"D"_s, u"approved"_s, u"approved"_s}},
                {"returned", A::Approve, {u"D"_s, u"D"_s, u"I"_s, u"I"_s}},
                {"approved", A::Approve, {u"D"_s, u"D"_s, u"I"_s, u"I"_s}},
                {"published", A::Approve, {u"D"_s, u"D"_s, u"I"_s, u"I"_s}},
                {"withdrawn", A::Approve, {u"D"_s, u"D"_s, u"I"_s, u"I"_s}},
                {"published/draft", A::Approve, {u"D"_s, u"D"_s, u"I"_s, u"I"_s}},
                {"published/submitted",
                 A::Approve,
                 {u"D"_s, u"D"_s, u"approved"_s, u"approved"_s}},
                {"published/returned", A::Approve, {u"D"_s, u"D"_s, u"I"_s, u"I"_s}},
                {"submitted+trash", A::Approve, {u"D"_s, u"D"_s, u"I"_s, u"I"_s}},
                // Return
                {"draft", A::Return, {u"D"_s, u"D"_s, u"I"_s, u"I"_s}},
                {"submitted", A::Return, {u"D"_s, u"D"_s, u"returned"_s, u"returned"_s}},
                {"returned", A::Return, {u"D"_s, u"D"_s, u"I"_s, u"I"_s}},
                {"published", A::Return, {u"D"_s, u"D"_s, u"I"_s, u"I"_s}},
                {"published/submitted",
                 A::Return,
                 {u"D"_s, u"D"_s, u"published/returned"_s, u"published/returned"_s}},
                {"published/returned", A::Return, {u"D"_s, u"D"_s, u"I"_s, u"I"_s}},
                // Withdraw
                {"draft", A::Withdraw, {u"D"_s, u"D"_s, u"I"_s, u"I"_s}},
                {"submitted", A::Withdraw, {u"D"_s, u"D"_s, u"I"_s, u"I"_s}},
                {"returned", A::Withdraw, {u"D"_s, u"D"_s, u"I"_s, u"I"_s}},
                {"approved", A::Withdraw, {u"D"_s, u"D"_s, u"withdrawn"_s, u"withdrawn"_s}},
                {"published", A::Withdraw, {u"D"_s, u"D"_s, u"withdrawn"_s, u"withdrawn"_s}},
                {"withdrawn", A::Withdraw, {u"D"_s, u"D"_s, u"I"_s, u"I"_s}},
                {"published/submitted",
                 A::Withdraw,
                 {u"D"_s, u"D"_s, u"withdrawn"_s, u"withdrawn"_s}},
                {"published+trash", A::Withdraw, {u"D"_s, u"D"_s, u"I"_s, u"I"_s}},
                // Trash
                {"draft", A::Trash, {u"draft+trash"_s, u"D"_s, u"draft+trash"_s, u"draft+trash"_s}},
                {"submitted",
                 A::Trash,
                 {u"D"_s, u"D"_s, u"submitted+trash"_s, u"submitted+trash"_s}},
                {"returned",
                 A::Trash,
                 {u"returned+trash"_s, u"D"_s, u"returned+trash"_s, u"returned+trash"_s}},
                {"approved", A::Trash, {u"D"_s, u"D"_s, u"approved+trash"_s, u"approved+trash"_s}},
                {"published",
                 A::Trash,
                 {u"D"_s, u"D"_s, u"published+trash"_s, u"published+trash"_s}},
                {"withdrawn",
                 A::Trash,
                 {u"D"_s, u"D"_s, u"withdrawn+trash"_s, u"withdrawn+trash"_s}},
                {"published/draft",
                 A::Trash,
                 {u"D"_s, u"D"_s, u"published/draft+trash"_s, u"published/draft+trash"_s}},
                {"draft+trash", A::Trash, {u"I"_s, u"D"_s, u"I"_s, u"I"_s}},
                // Restore
                {"draft+trash", A::Restore, {u"draft"_s, u"D"_s, u"draft"_s, u"draft"_s}},
                {"returned+trash", A::Restore, {u"returned"_s, u"D"_s, u"returned"_s, u"returned"_s}},
                {"published+trash", A::Restore, {u"D"_s, u"D"_s, u"published"_s, u"published"_s}},
                {"draft", A::Restore, {u"I"_s, u"D"_s, u"I"_s, u"I"_s}},
                // Comment: on one's own articles, or any for chief editors; even in the trash
                {"draft", A::Comment, {u"ok"_s, u"D"_s, u"ok"_s, u"ok"_s}},
                {"published/submitted", A::Comment, {u"ok"_s, u"D"_s, u"ok"_s, u"ok"_s}},
                {"draft+trash", A::Comment, {u"ok"_s, u"D"_s, u"ok"_s, u"ok"_s}},
                // Taking over an edit lease: chief editors only
                {"draft", A::TakeOverLease, {u"D"_s, u"D"_s, u"ok"_s, u"ok"_s}},
                {"published/draft", A::TakeOverLease, {u"D"_s, u"D"_s, u"ok"_s, u"ok"_s}},
        };
        for (const Row &row : rows) {
            QTest::addRow("%s %s", qPrintable(Transitions::key(row.action)), row.state)
                    << QString::fromLatin1(row.state) << int(row.action) << row.expected;
        }
    }

    void transitions_everyRoleEveryState()
    {
        QFETCH(QString, state);
        QFETCH(int, action);
        QFETCH(QStringList, expected);
        const Article stored = articleIn(state);
        const QList<User> people {person(10, Role::Editor), person(11, Role::Editor),
                                  person(20, Role::Chief), person(30, Role::Admin)};
        const QStringList who {u"own editor"_s, u"other editor"_s, u"chief"_s, u"admin"_s};
        for (int i = 0; i < people.size(); ++i) {
            const QString got = outcome(WorkflowAction(action), people.at(i), stored);
            QVERIFY2(got == expected.at(i),
                     qPrintable(u"%1: got %2, expected %3"_s.arg(who.at(i), got, expected.at(i))));
        }
    }

    void transitions_deactivatedOrNobody_isDenied()
    {
        User gone = person(10, Role::Chief);
        gone.active = false;
        const Article a = articleIn(u"submitted"_s);
        QCOMPARE(Transitions::check(WorkflowAction::Approve, gone, a).error().kind(),
                 Error::Kind::Denied);
        QCOMPARE(Transitions::check(WorkflowAction::Edit, User {}, a).error().kind(),
                 Error::Kind::Denied);
    }

    void edit_frontPageFlags_onlyByChiefs_andNotAStagedEdit()
    {
        const Article published = articleIn(u"published"_s);
        Article headline = published;
        headline.flags |= ArticleFlag::Headline;
        headline.weight = 5;
        const Result<Article> byEditor =
                Transitions::edit(person(10, Role::Editor), published, headline);
        QCOMPARE(byEditor.error().kind(), Error::Kind::Denied);
        QVERIFY(byEditor.error().message().contains(u"front page"_s));
        // A chief editor arranges the front page on the live article directly.
        const Result<Article> byChief =
                Transitions::edit(person(20, Role::Chief), published, headline);
        QVERIFY(byChief);
        QVERIFY(!byChief.value().pending);
        QVERIFY(byChief.value().flags.testFlag(ArticleFlag::Headline));
        // Bold and redirect are content: a staged edit.
        Article bold = published;
        bold.flags |= ArticleFlag::Bold;
        QCOMPARE(Transitions::edit(person(20, Role::Chief), published, bold).value().pending,
                 std::optional(ArticleStatus::Draft));
    }

    void edit_backToTheApprovedText_dropsTheStagedEdit()
    {
        const Article staged = articleIn(u"published/draft"_s);
        Article reverted = staged;
        reverted.body = u"<p>正文</p>"_s; // what was approved
        const Result<Article> r = Transitions::edit(person(10, Role::Editor), staged, reverted);
        QVERIFY(r);
        QVERIFY(!r.value().pending);
    }

    void edit_cannotSetWorkflowFields()
    {
        Article draft = articleIn(u"draft"_s);
        Article forged = draft;
        forged.status = ArticleStatus::Approved;
        forged.approvedById = 10;
        forged.approvedHash = u"x"_s;
        forged.createdById = 99;
        const Article r = Transitions::edit(person(10, Role::Editor), draft, forged).value();
        QCOMPARE(r.status, ArticleStatus::Draft);
        QCOMPARE(r.approvedById, 0);
        QVERIFY(r.approvedHash.isEmpty());
        QCOMPARE(r.createdById, 10);
    }

    void approvedContent_ignoresStateAndCuration()
    {
        Article a = articleIn(u"published"_s);
        const QString hash = ApprovedContent::hash(a);
        Article b = a;
        b.status = ArticleStatus::Approved;
        b.version = 99;
        b.clicks = 1000;
        b.flags |= ArticleFlag::Headline | ArticleFlag::Slide;
        b.weight = 3;
        QCOMPARE(ApprovedContent::hash(b), hash);
        for (auto change : {+[](Article &x) { x.title += u"!"_s; },
                            +[](Article &x) { x.body += u"<p>多</p>"_s; },
                            +[](Article &x) { x.tags.append(u"标签"_s); },
                            +[](Article &x) { x.channelId = 2; },
                            +[](Article &x) { x.publishAt = QDateTime::currentDateTimeUtc(); },
                            +[](Article &x) { x.flags |= ArticleFlag::Redirect; },
                            +[](Article &x) { x.editor = u"别人"_s; }}) {
            Article c = a;
            change(c);
            QVERIFY(ApprovedContent::hash(c) != hash);
        }
    }

    // --- The Workflow on a library -------------------------------------------------------

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_library = Test::openLibrary(
                Test::createLibrary(m_dir, u"wf-%1.newsdesk"_s.arg(++m_created), true, 10));
        QVERIFY(m_library);
        m_chief = m_library->users().byName(DemoNewsroom::ChiefEditor).value();
        m_editor = m_library->users().byName(u"林晓"_s).value();
        m_other = m_library->users().byName(u"陈静"_s).value();
        m_channel = m_library->channels().all().value().at(1).id;
    }

    void cleanup() { m_library.reset(); }

    void roundTrip_submitReturnResubmitApprove_recordsEverything()
    {
        Workflow editor(*m_library, m_editor);
        Workflow chief(*m_library, m_chief);
        const qint64 id = newDraft(editor, u"第一稿"_s);
        QVERIFY(editor.submit(id));
        bool queued = false;
        for (const ReviewQueueEntry &entry : m_library->review().queue().value())
            queued = queued || entry.articleId == id;
        QVERIFY(queued);
        // Returning needs a comment.
        QCOMPARE(chief.returnToAuthor(id, u"  "_s).error().kind(), Error::Kind::Invalid);
        QVERIFY(chief.returnToAuthor(id, u"导语太长,请压缩。"_s));
        QCOMPARE(article(id).status, ArticleStatus::Returned);
        const QList<ReviewComment> comments = m_library->history().comments(id).value();
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.first().authorId, m_chief.id);
        QCOMPARE(comments.first().body, u"导语太长,请压缩。"_s);

        Article fixed = article(id);
        fixed.summary = u"短导语"_s;
        QVERIFY(editor.save(fixed));
        QVERIFY(editor.comment(id, u"已压缩。"_s));
        QVERIFY(editor.submit(id));
        const int reviewed = article(id).version;
        const Result<Article> approved = chief.approve(id, reviewed);
        QVERIFY2(approved, qPrintable(approved ? QString() : approved.error().message()));
        const Article now = article(id);
        QCOMPARE(now.status, ArticleStatus::Approved);
        QCOMPARE(now.approvedById, m_chief.id);
        QCOMPARE(now.approvedByName, DemoNewsroom::ChiefEditor);
        QCOMPARE(now.approvedHash, ApprovedContent::hash(now));
        // Pinned to the revision the approval saved.
        const QList<Revision> revisions = m_library->history().revisions(id).value();
        QCOMPARE(revisions.constLast().id, now.approvedRevisionId);
        QCOMPARE(revisions.constLast().version, now.version);

        QStringList actions;
        for (const AuditEntry &e : m_library->history().auditFor(id).value())
            actions.append(e.action);
        QCOMPARE(actions, (QStringList {u"create"_s, u"submit"_s, u"return"_s, u"save"_s,
                                        u"comment"_s, u"submit"_s, u"approve"_s}));
    }

    void approve_afterAChangeSinceReview_isRefused()
    {
        Workflow editor(*m_library, m_editor);
        Workflow chief(*m_library, m_chief);
        const qint64 id = newDraft(editor, u"稿"_s);
        QVERIFY(editor.submit(id));
        const int reviewed = article(id).version;
        Article changed = article(id);
        changed.body = u"<p>主编改过</p>"_s;
        QVERIFY(chief.save(changed)); // another chief editor's fix
        const Result<Article> r = chief.approve(id, reviewed);
        QCOMPARE(r.error().kind(), Error::Kind::Conflict);
        QCOMPARE(article(id).status, ArticleStatus::Submitted);
    }

    void permissions_editorCannotApproveOrEditOthers_whateverTheEntryPoint()
    {
        Workflow editor(*m_library, m_editor);
        Workflow other(*m_library, m_other);
        const qint64 id = newDraft(editor, u"林晓的稿"_s);
        QVERIFY(editor.submit(id));
        QCOMPARE(editor.approve(id).error().kind(), Error::Kind::Denied);
        QCOMPARE(editor.applyAll(WorkflowAction::Approve, {id}).error().kind(),
                 Error::Kind::Denied);
        Article theirs = article(id);
        theirs.title = u"陈静改的"_s;
        QCOMPARE(other.save(theirs).error().kind(), Error::Kind::Denied);
        QCOMPARE(other.batch().addTags({id}, {u"标签"_s}).value().changed.size(), 0);
        QCOMPARE(other.trash(id).error().kind(), Error::Kind::Denied);
        QCOMPARE(other.comment(id, u"路过"_s).error().kind(), Error::Kind::Denied);
        QCOMPARE(article(id).title, u"林晓的稿"_s);
        QCOMPARE(article(id).status, ArticleStatus::Submitted);
    }

    void applyAll_refusesOne_changesNone()
    {
        Workflow editor(*m_library, m_editor);
        Workflow chief(*m_library, m_chief);
        const qint64 a = newDraft(editor, u"甲"_s);
        const qint64 b = newDraft(editor, u"乙"_s);
        QVERIFY(editor.submit(a));
        const Result<QList<Article>> r = chief.applyAll(WorkflowAction::Approve, {a, b});
        QVERIFY(!r);
        QVERIFY(r.error().message().contains(u"乙"_s));
        QCOMPARE(article(a).status, ArticleStatus::Submitted);
        QVERIFY(editor.submit(b));
        QCOMPARE(chief.applyAll(WorkflowAction::Approve, {a, b}).value().size(), 2);
    }

    void stagedEdit_exportKeepsTheApprovedRevision_untilTheEditIsApproved()
    {
        Workflow editor(*m_library, m_editor);
        Workflow chief(*m_library, m_chief);
        const qint64 id = publish(editor, chief, u"原标题"_s, u"<p>批准的正文。</p>"_s);
        const QString site = m_dir.filePath(u"site-%1"_s.arg(m_created));
        QVERIFY(exportTo(site));
        QCOMPARE(article(id).status, ArticleStatus::Published);
        const QString page = pageOf(site, id);
        QVERIFY2(!page.isEmpty(), "the article's page is in the bundle");
        QVERIFY(readText(page).contains(u"批准的正文。"_s));
        QVERIFY(readText(page).contains(DemoNewsroom::ChiefEditor)); // 责任编辑

        // The editor edits the published article: a staged edit.
        Article edit = article(id);
        edit.title = u"新标题"_s;
        edit.body = u"<p>未经批准的修改。</p>"_s;
        const Result<Article> saved = editor.save(edit);
        QVERIFY(saved);
        QCOMPARE(saved.value().status, ArticleStatus::Published);
        QCOMPARE(saved.value().pending, std::optional(ArticleStatus::Draft));
        const Article live = m_library->publication().approvedVersion(id).value();
        QCOMPARE(live.title, u"原标题"_s);
        QVERIFY(exportTo(site, true));
        QVERIFY(readText(page).contains(u"批准的正文。"_s));
        QVERIFY(!readText(page).contains(u"未经批准"_s));
        bool listed = false;
        for (const SiteArticle &s : m_library->publication().live(QDateTime::currentDateTimeUtc()).value()) {
            if (s.id == id) {
                listed = true;
                QCOMPARE(s.title, u"原标题"_s);
            }
        }
        QVERIFY(listed);

        // Submitted and approved: the next export publishes the edit.
        QVERIFY(editor.submit(id));
        QCOMPARE(article(id).pending, std::optional(ArticleStatus::Submitted));
        QVERIFY(chief.approve(id));
        QVERIFY(!article(id).pending);
        QVERIFY(exportTo(site, true));
        QVERIFY(readText(pageOf(site, id)).contains(u"未经批准的修改。"_s));
        QCOMPARE(article(id).status, ArticleStatus::Published);
    }

    void tamperedContent_isRefusedByTheExport_data()
    {
        QTest::addColumn<bool>("staged");
        QTest::newRow("row changed outside the workflow") << false;
        QTest::newRow("approved revision changed") << true;
    }

    void tamperedContent_isRefusedByTheExport()
    {
        QFETCH(bool, staged);
        Workflow editor(*m_library, m_editor);
        Workflow chief(*m_library, m_chief);
        const qint64 id = publish(editor, chief, u"原稿"_s, u"<p>批准的正文。</p>"_s);
        const QString site = m_dir.filePath(u"tampered-%1"_s.arg(m_created));
        QVERIFY(exportTo(site));
        const QByteArray before = Test::fileHash(pageOf(site, id));
        Database &db = m_library->database();
        if (staged) {
            Article edit = article(id);
            edit.body = u"<p>待审的修改。</p>"_s;
            QVERIFY(editor.save(edit));
            QVERIFY(db.execute(u"UPDATE revisions SET snapshot = replace(snapshot, '批准的正文', "
                               "'偷改的正文') WHERE id = %1"_s
                                       .arg(article(id).approvedRevisionId)));
        } else {
            QVERIFY(db.execute(u"UPDATE articles SET body = '<p>偷改的正文。</p>' WHERE id = %1"_s
                                       .arg(id)));
        }
        ExportOptions o;
        o.target = site;
        const Result<ExportSummary> r = Exporter::run(*m_library, o);
        QVERIFY(!r);
        QCOMPARE(r.error().kind(), Error::Kind::Corrupt);
        QVERIFY2(r.error().message().contains(u"原稿"_s), qPrintable(r.error().message()));
        // The bundle is as it was: nothing unapproved went out.
        QCOMPARE(Test::fileHash(pageOf(site, id)), before);
    }

    void restoreRevision_isANewRevision()
    {
        Workflow editor(*m_library, m_editor);
        const qint64 id = newDraft(editor, u"一稿"_s);
        Article a = article(id);
        const int first = a.version;
        a.title = u"二稿"_s;
        QVERIFY(editor.save(a));
        const Result<Article> restored = editor.restoreRevision(id, first);
        QVERIFY(restored);
        QCOMPARE(restored.value().title, u"一稿"_s);
        QCOMPARE(restored.value().version, first + 2);
        QCOMPARE(m_library->history().revisions(id).value().size(), 3);
        QCOMPARE(m_library->history().auditFor(id).value().constLast().detail,
                 Workflow::tr("restored version %1").arg(first));
        QCOMPARE(editor.restoreRevision(id, 99).error().kind(), Error::Kind::NotFound);
    }

    void leases_heldByOne_refuseOthers_lapse_andChiefsTakeOver()
    {
        Workflow editor(*m_library, m_editor);
        Workflow other(*m_library, m_other);
        Workflow chief(*m_library, m_chief);
        const qint64 id = newDraft(editor, u"有人在改"_s);
        const Result<Lease> lease = editor.takeLease(id);
        QVERIFY(lease);
        QCOMPARE(lease.value().userName, u"林晓"_s);
        QVERIFY(editor.takeLease(id)); // renewing
        const Result<Lease> refused = other.takeLease(id);
        QCOMPARE(refused.error().kind(), Error::Kind::Conflict);
        QVERIFY(refused.error().message().contains(u"林晓"_s));
        QCOMPARE(other.takeOverLease(id).error().kind(), Error::Kind::Denied);

        // A chief editor's save waits for the lease too: they take over first.
        Article a = article(id);
        a.title = u"主编改"_s;
        QCOMPARE(chief.save(a).error().kind(), Error::Kind::Conflict);
        QVERIFY(chief.takeOverLease(id));
        QCOMPARE(m_library->history().auditFor(id).value().constLast().action,
                 u"lease.takeover"_s);
        QVERIFY(chief.save(a));
        Article mine = article(id);
        mine.title = u"林晓还想改"_s;
        QCOMPARE(editor.save(mine).error().kind(), Error::Kind::Conflict);
        QVERIFY(chief.releaseLease(id));
        QVERIFY(editor.save(mine));

        // A lease that was not renewed lapses.
        LeaseRepository leases(m_library->database());
        const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-2 * Workflow::LeaseSeconds);
        QVERIFY(leases.take(id, m_other.id, past, Workflow::LeaseSeconds));
        QVERIFY(!leases.activeAt(QDateTime::currentDateTimeUtc(), {id}).value().contains(id));
        QVERIFY(editor.takeLease(id));
    }

    void taxonomy_byChiefs_movesApprovalsOfLiveArticles()
    {
        Workflow editor(*m_library, m_editor);
        Workflow chief(*m_library, m_chief);
        const qint64 id = newDraft(editor, u"带标签的稿"_s);
        Article a = article(id);
        a.tags = {u"旧标签"_s};
        QVERIFY(editor.save(a));
        QVERIFY(editor.submit(id));
        QVERIFY(chief.approve(id));
        const qint64 tag = [&] {
            for (const TagUsage &t : m_library->tags().usage().value()) {
                if (t.name == u"旧标签"_s)
                    return t.id;
            }
            return qint64(0);
        }();
        QVERIFY(tag > 0);
        QCOMPARE(Taxonomy(*m_library, m_editor).renameTag(tag, u"新标签"_s).error().kind(),
                 Error::Kind::Denied);
        QCOMPARE(SiteAdmin(*m_library, m_chief).save({}, {}).error().kind(), Error::Kind::Denied);
        QVERIFY(Taxonomy(*m_library, m_chief).renameTag(tag, u"新标签"_s));
        const Article now = article(id);
        QCOMPARE(now.tags, QStringList {u"新标签"_s});
        QVERIFY(!now.pending);
        QCOMPARE(now.approvedHash, ApprovedContent::hash(now)); // re-pinned, not tampered
        QCOMPARE(m_library->history().auditFor(id).value().constLast().action, u"repin"_s);
        QCOMPARE(m_library->publication().approvedVersion(id).value().tags,
                 QStringList {u"新标签"_s});
    }

    void create_byEditor_cannotPutOnTheFrontPage()
    {
        Workflow editor(*m_library, m_editor);
        Article a;
        a.title = u"头条?"_s;
        a.channelId = m_channel;
        a.flags = ArticleFlag::Headline;
        QCOMPARE(editor.create(a).error().kind(), Error::Kind::Denied);
        a.flags = {};
        a.status = ArticleStatus::Published; // ignored: a new article is a draft
        const Result<qint64> id = editor.create(a);
        QVERIFY(id);
        QCOMPARE(article(id.value()).status, ArticleStatus::Draft);
        QCOMPARE(article(id.value()).createdById, m_editor.id);
    }

private:
    Article article(qint64 id) { return m_library->articles().byId(id).value(); }

    qint64 newDraft(Workflow &workflow, const QString &title)
    {
        Article a;
        a.title = title;
        a.channelId = m_channel;
        a.body = u"<p>正文。</p>"_s;
        a.publishAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const Result<qint64> id = workflow.create(a);
        if (!id)
            QTest::qFail(qPrintable(id.error().message()), __FILE__, __LINE__);
        return id ? id.value() : 0;
    }

    qint64 publish(Workflow &editor, Workflow &chief, const QString &title, const QString &body)
    {
        const qint64 id = newDraft(editor, title);
        Article a = article(id);
        a.body = body;
        if (!editor.save(a) || !editor.submit(id) || !chief.approve(id))
            QTest::qFail("could not approve", __FILE__, __LINE__);
        return id;
    }

    bool exportTo(const QString &site, bool incremental = false)
    {
        ExportOptions o;
        o.target = site;
        o.incremental = incremental;
        o.userId = m_chief.id;
        const Result<ExportSummary> r = Exporter::run(*m_library, o);
        if (!r)
            qWarning("%s", qPrintable(r.error().message()));
        return r.ok();
    }

    // The first page of an article in a bundle, found through its manifest entry.
    QString pageOf(const QString &site, qint64 id)
    {
        QDirIterator it(site, {u"*.html"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(u"/%1.html"_s.arg(id)))
                return path;
        }
        return {};
    }

    static QString readText(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    int m_created = 0;
    User m_chief;
    User m_editor;
    User m_other;
    qint64 m_channel = 0;
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
