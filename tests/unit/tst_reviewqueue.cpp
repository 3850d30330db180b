#include "storage/library.h"
#include "storage/reviewrepository.h"
#include "storage/sqlvalues.h"
#include "testlibrary.h"
#include "workflow/workflow.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// ReviewRepository: the review queue (what, in which order, with who and when), an article's
// history with who saved each revision and how, and its comments with their authors' names.
class TestReviewQueue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = Test::createLibrary(m_dir, u"review-%1.newsdesk"_s.arg(++m_created), false);
        m_library = Test::openLibrary(m_path);
        QVERIFY(m_library);
        QVERIFY(m_library->users().add(u"北风"_s, Role::Chief, u"$argon2id$not-used"_s));
        QVERIFY(m_library->users().add(u"林晓"_s, Role::Editor));
        QVERIFY(m_library->users().add(u"陈静"_s, Role::Editor));
        m_channel = m_library->channels().all().value().constFirst().id;
    }

    void cleanup() { m_library.reset(); }

    void queue_listsSubmittedOnly_oldestSubmissionFirst()
    {
        Workflow lin = as(u"林晓"_s);
        Workflow chen = as(u"陈静"_s);
        const qint64 a = write(lin, u"甲"_s);
        const qint64 b = write(chen, u"乙"_s);
        const qint64 c = write(lin, u"丙"_s);
        const qint64 draft = write(lin, u"草稿"_s);
        const qint64 trashed = write(lin, u"回收"_s);
        for (qint64 id : {a, c, trashed})
            QVERIFY(submitted(lin.submit(id)));
        QVERIFY(submitted(chen.submit(b)));
        QVERIFY(as(u"北风"_s).trash(trashed));
        // Submissions at known times, in another order than the ids: c, then a, then b (the
        // latest submission of each counts).
        const QDateTime t = SqlValues::now().addSecs(60);
        audit(c, u"林晓"_s, t);
        audit(a, u"陈静"_s, t.addSecs(60));
        audit(b, u"陈静"_s, t.addSecs(120));

        const Result<QList<ReviewQueueEntry>> queue = m_library->review().queue();
        QVERIFY2(queue, queue ? "" : qPrintable(queue.error().message()));
        QCOMPARE(ids(queue.value()), (QList<qint64> {c, a, b}));
        const ReviewQueueEntry &first = queue.value().at(0);
        QCOMPARE(first.title, u"丙"_s);
        QCOMPARE(first.channelId, m_channel);
        QCOMPARE(first.author, u"记者丙"_s);
        QCOMPARE(first.createdByName, u"林晓"_s);
        QCOMPARE(first.submittedByName, u"林晓"_s);
        QCOMPARE(first.submittedAt, t);
        QVERIFY(!first.stagedEdit);
        QCOMPARE(first.version, 2);
        const ReviewQueueEntry &second = queue.value().at(1);
        QCOMPARE(second.createdByName, u"林晓"_s);
        QCOMPARE(second.submittedByName, u"陈静"_s);
        QCOMPARE(m_library->review().queueSize().value(), 3);
        QVERIFY(!ids(queue.value()).contains(draft));
        QVERIFY(!ids(queue.value()).contains(trashed));
    }

    void queue_listsStagedEditsOfLiveArticles()
    {
        Workflow lin = as(u"林晓"_s);
        Workflow chief = as(u"北风"_s);
        const qint64 id = write(lin, u"直播稿"_s);
        QVERIFY(submitted(lin.submit(id)));
        QVERIFY(chief.approve(id));
        QCOMPARE(m_library->review().queueSize().value(), 0);

        Article edited = m_library->articles().byId(id).value();
        edited.body = u"<p>改过的正文</p>"_s;
        QVERIFY(chief.save(edited));
        QVERIFY(submitted(chief.submit(id)));
        const QList<ReviewQueueEntry> queue = m_library->review().queue().value();
        QCOMPARE(queue.size(), 1);
        QVERIFY(queue.constFirst().stagedEdit);
        QCOMPARE(queue.constFirst().submittedByName, u"北风"_s);
        QCOMPARE(m_library->articles().byId(id).value().status, ArticleStatus::Approved);
    }

    void historyOf_namesWhoAndHow_commentsOfNamesAuthors()
    {
        Workflow lin = as(u"林晓"_s);
        Workflow chief = as(u"北风"_s);
        const qint64 id = write(lin, u"往返"_s);
        QVERIFY(submitted(lin.submit(id)));
        QVERIFY(chief.returnToAuthor(id, u"标题太长"_s));
        QVERIFY(lin.comment(id, u"已改"_s));
        QVERIFY(lin.restoreRevision(id, 1));

        const Result<QList<HistoryEntry>> history = m_library->review().historyOf(id);
        QVERIFY(history);
        QStringList actions;
        QStringList names;
        for (const HistoryEntry &e : history.value()) {
            actions << e.action;
            names << e.savedByName;
        }
        QCOMPARE(actions, (QStringList {u"create"_s, u"submit"_s, u"return"_s, u"save"_s}));
        QCOMPARE(names, (QStringList {u"林晓"_s, u"林晓"_s, u"北风"_s, u"林晓"_s}));
        QCOMPARE(history.value().at(2).detail, u"标题太长"_s);
        QVERIFY(history.value().at(3).detail.contains(u'1'));
        QCOMPARE(history.value().at(3).version, 4);

        const Result<QList<CommentEntry>> comments = m_library->review().commentsOf(id);
        QVERIFY(comments);
        QCOMPARE(comments.value().size(), 2);
        QCOMPARE(comments.value().at(0).authorName, u"北风"_s);
        QCOMPARE(comments.value().at(0).body, u"标题太长"_s);
        QCOMPARE(comments.value().at(1).authorName, u"林晓"_s);

        const Result<Article> first = m_library->review().revision(id, 1);
        QVERIFY(first);
        QCOMPARE(first.value().title, u"往返"_s);
        QCOMPARE(first.value().status, ArticleStatus::Draft);
        QCOMPARE(m_library->review().revision(id, 99).error().kind(), Error::Kind::NotFound);
    }

private:
    static bool submitted(const Result<Article> &result)
    {
        if (!result)
            qWarning("%s", qPrintable(result.error().message()));
        return result.ok();
    }

    Workflow as(const QString &name)
    {
        return Workflow(*m_library, m_library->users().byName(name).value());
    }

    qint64 write(Workflow &workflow, const QString &title)
    {
        Article a;
        a.title = title;
        a.author = u"记者"_s + title;
        a.channelId = m_channel;
        a.body = u"<p>正文：%1</p>"_s.arg(title);
        const Result<qint64> id = workflow.create(a);
        if (!id)
            qWarning("%s", qPrintable(id.error().message()));
        return id.valueOr(0);
    }

    void audit(qint64 articleId, const QString &user, const QDateTime &at)
    {
        QVERIFY(m_library->history().audit(
                {0, at, m_library->users().byName(user).value().id, u"submit"_s, articleId, {}}));
    }

    static QList<qint64> ids(const QList<ReviewQueueEntry> &queue)
    {
        QList<qint64> list;
        for (const ReviewQueueEntry &e : queue)
            list << e.articleId;
        return list;
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_created = 0;
    std::unique_ptr<Library> m_library;
    qint64 m_channel = 0;
};

QTEST_GUILESS_MAIN(TestReviewQueue)
#include "tst_reviewqueue.moc"
