#include "demo/demolibrary.h"
#include "demo/demonewsroom.h"
#include "storage/library.h"
#include "testlibrary.h"
#include "workflow/signin.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// The demo newsroom holds the reference portal: its channel tree, the reference article with
// every field, its people and settings, and generated articles in every channel and state.
class TestDemoLibrary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = Test::openLibrary(Test::createLibrary(m_dir, u"demo.newsdesk"_s, true,
                                                          DemoLibrary::DefaultArticleCount));
        QVERIFY(m_library);
        for (const Channel &channel : m_library->channels().all().value())
            m_channels.insert(channel.id, channel);
    }

    void channels_holdTheReferenceTree()
    {
        QCOMPARE(pathOf(reference().channelId), u"首页 > 资讯 > 热点"_s);
        QStringList names;
        for (const Channel &channel : std::as_const(m_channels))
            names.append(channel.name);
        for (const QString &name : {u"首页"_s, u"资讯"_s, u"热点"_s, u"国内"_s, u"国际"_s,
                                    u"财经"_s, u"科技"_s, u"体育"_s, u"文化"_s, u"图片"_s})
            QVERIFY2(names.contains(name), qPrintable(name));
    }

    void referenceArticle_hasEveryFieldOfThePortalPage()
    {
        const Article a = reference();
        QCOMPARE(a.id, 1);
        QCOMPARE(a.title, u"一年来,习近平推动东西扶贫协作再上新台阶"_s);
        QCOMPARE(a.publishAt.toOffsetFromUtc(8 * 3600).date(), QDate(2017, 7, 21));
        QCOMPARE(a.source, u"央视网"_s);
        QCOMPARE(a.author, u"央视网"_s);
        QCOMPARE(a.editor, u"北风"_s);
        QCOMPARE(a.approvedByName, u"北风"_s);
        QCOMPARE(a.status, ArticleStatus::Published);
        QCOMPARE(a.votesUp, 0);
        QCOMPARE(a.votesDown, 0);
        QVERIFY(a.summary.startsWith(u"脱贫攻坚,全国一盘棋;全面小康,决胜在合力。"_s));
        // The photo caption is one figure with the credit apart, not a repeated paragraph.
        QCOMPARE(a.body.count(u"<figure>"_s), 1);
        QVERIFY(a.body.contains(u"<small class=\"credit\">新华社记者鞠鹏摄</small>"_s));
        QCOMPARE(a.body.count(u"中央扶贫开发工作会议在北京召开"_s), 1);
        QCOMPARE(a.body.count(u"<h2>"_s), 3);
        QVERIFY(a.body.contains(u"<h2>落实“银川会议”精神 东西扶贫协作再上台阶</h2>"_s));
        QVERIFY(a.body.contains(u"确保到2020年全面建成小康社会!"_s));
        QVERIFY(a.coverMediaId > 0);
        const Media photo = m_library->media().byId(a.coverMediaId).value();
        QCOMPARE(photo.credit, u"新华社记者鞠鹏摄"_s);
        QVERIFY(photo.caption.startsWith(u"2015年11月27日至28日"_s));
        QVERIFY(a.body.contains(u"src=\"media:%1\""_s.arg(a.coverMediaId)));
    }

    void people_includeChiefEditorsEditorsAndAdmin()
    {
        const QList<User> users = m_library->users().all().value();
        int editors = 0;
        bool chief = false;
        bool admin = false;
        for (const User &user : users) {
            editors += user.role == Role::Editor;
            chief = chief || (user.name == u"北风"_s && user.role == Role::Chief);
            admin = admin || user.role == Role::Admin;
        }
        QVERIFY(chief);
        QVERIFY(admin);
        QVERIFY(editors >= 2);
        // Chief editors and administrators sign in with the documented demo password.
        for (const User &user : users)
            QCOMPARE(user.hasPassword, user.role != Role::Editor);
        QVERIFY(SignIn::authenticate(*m_library, DemoNewsroom::ChiefEditor,
                                     DemoNewsroom::DemoPassword));
        QVERIFY(SignIn::authenticate(*m_library, u"admin"_s, DemoNewsroom::DemoPassword));
        QVERIFY(!SignIn::authenticate(*m_library, u"admin"_s, u"wrong-password"_s));
    }

    void site_holdsNameAndAdSlots()
    {
        QCOMPARE(m_library->site().settings().value().name, u"老辰光"_s);
        const QList<AdSlot> adSlots = m_library->site().adSlots().value();
        QVERIFY(!adSlots.isEmpty());
        QVERIFY(!adSlots.first().content.isEmpty());
    }

    void generated_coverEveryChannelAndState()
    {
        QCOMPARE(m_library->articles().count().value(), DemoLibrary::DefaultArticleCount + 1);
        QSet<qint64> channels;
        QSet<ArticleStatus> statuses;
        for (const ArticleSummary &s : all(false)) {
            channels.insert(s.channelId);
            statuses.insert(s.status);
        }
        QCOMPARE(channels.size(), m_channels.size());
        QCOMPARE(statuses.size(), ArticleStatusCount);
        QVERIFY(!all(true).isEmpty());
    }

    void generated_haveTagsFlagsSourcesAuthorsAndEnglish()
    {
        int tagged = 0, english = 0, paged = 0, figures = 0, headline = 0, recommended = 0;
        QSet<QString> sources;
        static const QRegularExpression latinTitle(u"^[A-Za-z][A-Za-z :,'-]+$"_s);
        const QList<ArticleSummary> summaries = all(false);
        for (const ArticleSummary &s : summaries) {
            const Article a = m_library->articles().byId(s.id).value();
            tagged += !a.tags.isEmpty();
            english += latinTitle.match(a.title).hasMatch();
            paged += a.body.contains(u"<hr class=\"page-break\">"_s);
            figures += a.body.contains(u"<figure>"_s);
            headline += a.flags.testFlag(ArticleFlag::Headline);
            recommended += a.flags.testFlag(ArticleFlag::Recommended);
            sources.insert(a.source);
            QVERIFY2(!a.author.isEmpty(), qPrintable(a.title));
            QVERIFY2(!a.summary.isEmpty(), qPrintable(a.title));
            QVERIFY2(!a.body.contains(u'{'), qPrintable(a.body));
        }
        QCOMPARE(tagged, summaries.size());
        QVERIFY(english >= 1);
        QVERIFY(english < summaries.size() / 4);
        QVERIFY(paged >= 1);
        QVERIFY(figures >= 5);
        QVERIFY(headline >= 1);
        QVERIFY(recommended >= 5);
        QVERIFY(sources.size() >= 5);
    }

    void generated_workflowHistoryIsRecorded()
    {
        ArticleQuery returned;
        returned.status = ArticleStatus::Returned;
        for (const ArticleSummary &s : m_library->articles().list(returned).value()) {
            QVERIFY(!m_library->history().comments(s.id).value().isEmpty());
            QVERIFY(hasAction(s.id, u"return"_s));
        }
        ArticleQuery approved;
        approved.status = ArticleStatus::Approved;
        for (const ArticleSummary &s : m_library->articles().list(approved).value()) {
            const Article a = m_library->articles().byId(s.id).value();
            QCOMPARE(a.approvedByName, u"北风"_s);
            QVERIFY(a.approvedRevisionId > 0);
            QVERIFY(hasAction(s.id, u"approve"_s));
        }
    }

    void populateDemo_rejectsNegativeCount()
    {
        const Status created = Library::create(m_dir.filePath(u"bad.newsdesk"_s), [](Library &l) {
            return DemoLibrary::populateDemo(l, -1);
        });
        QVERIFY(!created);
        QVERIFY(created.error().message().contains(u"-1"_s));
    }

    void populateEmpty_hasHomeChannelAndAdmin()
    {
        std::unique_ptr<Library> empty =
                Test::openLibrary(Test::createLibrary(m_dir, u"empty.newsdesk"_s, false));
        QVERIFY(empty);
        QCOMPARE(empty->channels().all().value().size(), 1);
        QCOMPARE(empty->users().byName(u"admin"_s).value().role, Role::Admin);
        // The first administrator of a new library has no password until they set one.
        QVERIFY(!empty->users().byName(u"admin"_s).value().hasPassword);
        QCOMPARE(empty->articles().count().value(), 0);
    }

private:
    Article reference() const { return m_library->articles().byId(1).value(); }

    QList<ArticleSummary> all(bool trashed) const
    {
        ArticleQuery query;
        query.trashed = trashed;
        return m_library->articles().list(query).value();
    }

    bool hasAction(qint64 articleId, const QString &action) const
    {
        for (const AuditEntry &entry : m_library->history().auditFor(articleId).value()) {
            if (entry.action == action)
                return true;
        }
        return false;
    }

    QString pathOf(qint64 channelId) const
    {
        QStringList names;
        for (qint64 id = channelId; id != 0; id = m_channels.value(id).parentId)
            names.prepend(m_channels.value(id).name);
        return names.join(u" > "_s);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    QHash<qint64, Channel> m_channels;
};

QTEST_GUILESS_MAIN(TestDemoLibrary)
#include "tst_demolibrary.moc"
