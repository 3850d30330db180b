#include "core/articlejson.h"
#include "storage/library.h"
#include "testlibrary.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// The storage layer: every field survives a round trip, writes are validated and recorded.
class TestRepositories final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_library = Test::openLibrary(
                Test::createLibrary(m_dir, u"library-%1.newsdesk"_s.arg(++m_created), false));
        QVERIFY(m_library);
        m_home = m_library->channels().all().value().constFirst().id;
    }

    void cleanup() { m_library.reset(); }

    void channels_all_returnsParentsBeforeChildrenInOrder()
    {
        Channel news;
        news.parentId = m_home;
        news.slug = u"zixun"_s;
        news.name = u"资讯"_s;
        news.sortOrder = 2;
        const qint64 newsId = m_library->channels().add(news).value();
        Channel sport = news;
        sport.slug = u"tiyu"_s;
        sport.name = u"体育"_s;
        sport.sortOrder = 1;
        const qint64 sportId = m_library->channels().add(sport).value();
        Channel hot;
        hot.parentId = newsId;
        hot.slug = u"redian"_s;
        hot.name = u"热点"_s;
        hot.pageSize = 30;
        hot.urlRule = u"{channel}/{id}.html"_s;
        const qint64 hotId = m_library->channels().add(hot).value();

        const QList<Channel> all = m_library->channels().all().value();
        QList<qint64> ids;
        for (const Channel &c : all)
            ids.append(c.id);
        QCOMPARE(ids, (QList<qint64> {m_home, sportId, newsId, hotId}));
        QCOMPARE(all.at(3).pageSize, 30);
        QCOMPARE(all.at(3).urlRule, u"{channel}/{id}.html"_s);
        QVERIFY(all.at(0).isRoot());
    }

    void channels_duplicateSlugUnderSameParent_isRefused()
    {
        Channel a;
        a.parentId = m_home;
        a.slug = u"same"_s;
        a.name = u"A"_s;
        QVERIFY(m_library->channels().add(a));
        QVERIFY(!m_library->channels().add(a));
    }

    void articles_create_roundTripsEveryField()
    {
        const qint64 editor = m_library->users().add(u"林晓"_s, Role::Editor).value();
        const qint64 chief = m_library->users().add(u"北风"_s, Role::Chief).value();
        Channel second;
        second.parentId = m_home;
        second.slug = u"keji"_s;
        second.name = u"科技"_s;
        const qint64 secondId = m_library->channels().add(second).value();

        Article a;
        a.title = u"一年来,习近平推动东西扶贫协作再上新台阶"_s;
        a.shortTitle = u"东西扶贫协作"_s;
        a.subtitle = u"副标题"_s;
        a.titleColor = u"#cc0000"_s;
        a.titleBold = true;
        a.summary = u"脱贫攻坚,全国一盘棋"_s;
        a.keywords = u"扶贫,协作"_s;
        a.channelId = m_home;
        a.secondaryChannelIds = {secondId};
        a.tags = {u"扶贫"_s, u"小康"_s, u"扶贫"_s};
        a.flags = ArticleFlag::Headline | ArticleFlag::Recommended | ArticleFlag::Redirect;
        a.redirectUrl = u"https://example.com/a"_s;
        a.weight = 7;
        a.source = u"央视网"_s;
        a.author = u"央视网"_s;
        a.editor = u"北风"_s;
        a.approvedById = chief;
        a.approvedAt = QDateTime(QDate(2017, 7, 21), QTime(1, 0), Qt::UTC);
        a.body = u"<p>正文</p>"_s;
        a.publishAt = QDateTime(QDate(2017, 7, 21), QTime(2, 7), Qt::UTC);
        a.expireAt = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
        a.fileName = u"fupin"_s;
        a.status = ArticleStatus::Published;
        a.clicks = 1234;
        a.votesUp = 12;
        a.votesDown = 3;

        Result<qint64> id = m_library->articles().create(a, editor);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message()));
        Result<Article> loaded = m_library->articles().byId(id.value());
        QVERIFY(loaded);
        const Article &b = loaded.value();
        QCOMPARE(b.id, id.value());
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.shortTitle, a.shortTitle);
        QCOMPARE(b.subtitle, a.subtitle);
        QCOMPARE(b.titleColor, a.titleColor);
        QCOMPARE(b.titleBold, true);
        QCOMPARE(b.summary, a.summary);
        QCOMPARE(b.keywords, a.keywords);
        QCOMPARE(b.channelId, m_home);
        QCOMPARE(b.secondaryChannelIds, QList<qint64> {secondId});
        QCOMPARE(b.tags, (QStringList {u"扶贫"_s, u"小康"_s}));
        QCOMPARE(b.flags, a.flags);
        QCOMPARE(b.redirectUrl, a.redirectUrl);
        QCOMPARE(b.weight, 7);
        QCOMPARE(b.source, a.source);
        QCOMPARE(b.author, a.author);
        QCOMPARE(b.editor, a.editor);
        QCOMPARE(b.approvedById, chief);
        QCOMPARE(b.approvedByName, u"北风"_s);
        QCOMPARE(b.approvedAt, a.approvedAt);
        QVERIFY(b.approvedRevisionId > 0);
        QCOMPARE(b.approvedHash.size(), 64);
        QCOMPARE(b.body, a.body);
        QCOMPARE(b.publishAt, a.publishAt);
        QCOMPARE(b.expireAt, a.expireAt);
        QCOMPARE(b.fileName, a.fileName);
        QCOMPARE(b.status, ArticleStatus::Published);
        QVERIFY(!b.isTrashed());
        QCOMPARE(b.version, 1);
        QCOMPARE(b.clicks, 1234);
        QCOMPARE(b.votesUp, 12);
        QCOMPARE(b.votesDown, 3);
        QCOMPARE(b.createdById, editor);
        QVERIFY(b.createdAt.isValid());
        QVERIFY(b.updatedAt.isValid());

        // The first revision holds a snapshot of exactly what was saved.
        const QList<Revision> revisions = m_library->history().revisions(b.id).value();
        QCOMPARE(revisions.size(), 1);
        QCOMPARE(revisions.first().version, 1);
        QCOMPARE(revisions.first().savedById, editor);
        QCOMPARE(revisions.first().id, b.approvedRevisionId);
        QCOMPARE(ArticleJson::hash(revisions.first().snapshot), revisions.first().contentHash);
        QVERIFY(revisions.first().snapshot.contains("一年来"));
        const QList<AuditEntry> audit = m_library->history().auditFor(b.id).value();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, u"create"_s);
        QCOMPARE(audit.first().userId, editor);
    }

    void articles_createAndSave_storeOnlyCanonicalBodies()
    {
        // Whoever calls the repository (an importer, a script, a bug), only canonical article
        // HTML reaches the library, so pages can be rendered from stored bodies as they are.
        Article a;
        a.title = u"不安全的正文"_s;
        a.channelId = m_home;
        a.body = u"<p onclick=\"steal()\">正文<script>alert(1)</script>"
                 "<a href=\"javascript:alert(2)\">链接</a><img src=x onerror=alert(3)></p>"
                 "<iframe src=\"https://evil.example/\"></iframe><p>二</p>"_s;
        const qint64 id = m_library->articles().create(a, 0).value();
        Article stored = m_library->articles().byId(id).value();
        QCOMPARE(stored.body, u"<p>正文链接</p>\n<p>二</p>"_s);

        stored.body = u"<div style=\"color:red\"><b>粗</b><svg onload=alert(1)></svg></div>"_s;
        QVERIFY(m_library->articles().save(stored, 0, u"save"_s).ok());
        QCOMPARE(m_library->articles().byId(id).value().body, u"<p><strong>粗</strong></p>"_s);
    }

    void articles_create_rejectsInvalidArticles_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("withChannel");
        QTest::addColumn<QString>("color");
        QTest::addColumn<bool>("redirectWithoutUrl");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no title") << u"  "_s << true << QString() << false << u"no title"_s;
        QTest::newRow("no channel") << u"标题"_s << false << QString() << false << u"no channel"_s;
        QTest::newRow("bad colour") << u"标题"_s << true << u"red"_s << false << u"red"_s;
        QTest::newRow("redirect without URL")
                << u"标题"_s << true << QString() << true << u"redirect URL"_s;
    }

    void articles_create_rejectsInvalidArticles()
    {
        QFETCH(QString, title);
        QFETCH(bool, withChannel);
        QFETCH(QString, color);
        QFETCH(bool, redirectWithoutUrl);
        QFETCH(QString, expected);
        Article a;
        a.title = title;
        a.channelId = withChannel ? m_home : 0;
        a.titleColor = color;
        if (redirectWithoutUrl)
            a.flags = ArticleFlag::Redirect;
        Result<qint64> id = m_library->articles().create(a, 0);
        QVERIFY(!id);
        QCOMPARE(id.error().kind(), Error::Kind::Invalid);
        QVERIFY2(id.error().message().contains(expected), qPrintable(id.error().message()));
        QCOMPARE(m_library->articles().count().value(), 0);
    }

    void articles_list_filtersByChannelStatusAndTrash()
    {
        Article a;
        a.title = u"草稿"_s;
        a.channelId = m_home;
        QVERIFY(m_library->articles().create(a, 0));
        a.title = u"已发布"_s;
        a.status = ArticleStatus::Published;
        QVERIFY(m_library->articles().create(a, 0));
        a.title = u"回收站"_s;
        a.status = ArticleStatus::Draft;
        a.trashedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(m_library->articles().create(a, 0));

        QCOMPARE(m_library->articles().list({}).value().size(), 2);
        ArticleQuery published;
        published.status = ArticleStatus::Published;
        QCOMPARE(m_library->articles().list(published).value().constFirst().title, u"已发布"_s);
        ArticleQuery trash;
        trash.trashed = true;
        QCOMPARE(m_library->articles().list(trash).value().constFirst().title, u"回收站"_s);
        ArticleQuery elsewhere;
        elsewhere.channelIds = {m_home + 100};
        QVERIFY(m_library->articles().list(elsewhere).value().isEmpty());
        QCOMPARE(m_library->articles().countsByChannel().value().value(m_home), 2);
        QVERIFY(!m_library->articles().byId(999));
        QCOMPARE(m_library->articles().byId(999).error().kind(), Error::Kind::NotFound);
    }

    void users_addTwice_isRefusedWithTheName()
    {
        QVERIFY(m_library->users().add(u"陈静"_s, Role::Editor));
        Result<qint64> again = m_library->users().add(u"陈静"_s, Role::Chief);
        QVERIFY(!again);
        QCOMPARE(again.error().kind(), Error::Kind::AlreadyExists);
        QVERIFY(again.error().message().contains(u"陈静"_s));
        QCOMPARE(m_library->users().byName(u"陈静"_s).value().role, Role::Editor);
        QCOMPARE(m_library->users().byName(u"nobody"_s).error().kind(), Error::Kind::NotFound);
    }

    void media_add_storesOnceByHashWithDimensions()
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        Media meta;
        meta.fileName = u"photo.png"_s;
        meta.caption = u"会场"_s;
        meta.credit = u"新华社记者鞠鹏摄"_s;
        meta.alt = u"会场全景"_s;
        const qint64 id = m_library->media().add(png, meta).value();
        QCOMPARE(m_library->media().add(png, meta).value(), id);
        const Media stored = m_library->media().byId(id).value();
        QCOMPARE(stored.width, 64);
        QCOMPARE(stored.height, 48);
        QCOMPARE(stored.mimeType, u"image/png"_s);
        QCOMPARE(stored.byteSize, png.size());
        QCOMPARE(stored.credit, meta.credit);
        QCOMPARE(stored.sha256.size(), 64);
        QCOMPARE(m_library->media().data(id).value(), png);
    }

    void media_byHash_findsTheRowWithoutItsBytes()
    {
        QImage image(32, 24, QImage::Format_RGB32);
        image.fill(Qt::darkRed);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        Media meta;
        meta.fileName = u"red.png"_s;
        meta.alt = u"红"_s;
        const qint64 id = m_library->media().add(png, meta).value();
        const Media byId = m_library->media().byId(id).value();
        Result<Media> byHash = m_library->media().byHash(byId.sha256);
        QVERIFY(byHash.ok());
        QCOMPARE(byHash.value().id, id);
        QCOMPARE(byHash.value().width, 32);
        QCOMPARE(byHash.value().mimeType, u"image/png"_s);
        QCOMPARE(byHash.value().alt, meta.alt);
        Result<Media> missing = m_library->media().byHash(QString(64, u'0'));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind(), Error::Kind::NotFound);
    }

    void media_add_notAnImage_isRefusedWithTheFileName()
    {
        Media meta;
        meta.fileName = u"notes.txt"_s;
        Result<qint64> id = m_library->media().add("just text", meta);
        QVERIFY(!id);
        QCOMPARE(id.error().kind(), Error::Kind::Invalid);
        QVERIFY(id.error().message().contains(u"notes.txt"_s));
    }

    void site_settingsAndAdSlots_roundTrip()
    {
        SiteSettings s;
        s.name = u"老辰光"_s;
        s.baseUrl = u"https://example.com/"_s;
        s.language = u"zh-CN"_s;
        s.footer = u"版权所有"_s;
        s.theme = u"/themes/mine"_s;
        QVERIFY(m_library->site().setSettings(s));
        const SiteSettings loaded = m_library->site().settings().value();
        QCOMPARE(loaded.name, s.name);
        QCOMPARE(loaded.baseUrl, s.baseUrl);
        QCOMPARE(loaded.footer, s.footer);
        QCOMPARE(loaded.theme, s.theme);

        QVERIFY(m_library->site().saveAdSlot({0, u"sidebar"_s, u"侧栏"_s, u"<p>广告</p>"_s, true}));
        QVERIFY(m_library->site().saveAdSlot(
                {0, u"sidebar"_s, u"侧栏"_s, u"<p>新广告</p>"_s, false}));
        const QList<AdSlot> adSlots = m_library->site().adSlots().value();
        QCOMPARE(adSlots.size(), 1);
        QCOMPARE(adSlots.first().content, u"<p>新广告</p>"_s);
        QCOMPARE(adSlots.first().enabled, false);
    }

    void transaction_failure_rollsBackEveryRow()
    {
        Database &db = m_library->database();
        const Status status = db.transaction([&]() -> Status {
            if (Result<qint64> id = m_library->users().add(u"临时"_s, Role::Editor); !id)
                return id.error();
            return Error(Error::Kind::Failed, u"abort"_s);
        });
        QVERIFY(!status);
        QVERIFY(!m_library->users().byName(u"临时"_s));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_home = 0;
    int m_created = 0;
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
