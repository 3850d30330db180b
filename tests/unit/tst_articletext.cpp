#include "core/article.h"
#include "core/articlejson.h"
#include "core/user.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// Status and flag keys as stored, flag letters as the portal world writes them, and stable
// revision snapshots.
class TestArticleText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statuses_keysRoundTrip()
    {
        for (ArticleStatus status : ArticleStatuses::all())
            QCOMPARE(ArticleStatuses::fromKey(ArticleStatuses::key(status)), status);
        QCOMPARE(ArticleStatuses::key(ArticleStatus::Withdrawn), u"withdrawn"_s);
        QVERIFY(!ArticleStatuses::fromKey(u"deleted"_s));
        QCOMPARE(ArticleStatuses::all().size(), ArticleStatusCount);
    }

    void flags_letters_data()
    {
        QTest::addColumn<QString>("letters");
        QTest::addColumn<int>("flags");
        QTest::addColumn<QString>("normalised");
        QTest::addColumn<QString>("invalid");
        QTest::newRow("none") << QString() << 0 << QString() << QString();
        QTest::newRow("dedecms style")
                << u"h,c,p"_s
                << int(ArticleFlag::Headline | ArticleFlag::Recommended | ArticleFlag::Picture)
                << u"hcp"_s << QString();
        QTest::newRow("all") << u"jpbsafch"_s << 0xff << u"hcfasbpj"_s << QString();
        QTest::newRow("unknown letters")
                << u"hxz"_s << int(ArticleFlag::Headline) << u"h"_s << u"xz"_s;
    }

    void flags_letters()
    {
        QFETCH(QString, letters);
        QFETCH(int, flags);
        QFETCH(QString, normalised);
        QFETCH(QString, invalid);
        QString bad;
        const ArticleFlags parsed = ArticleFlagsText::fromLetters(letters, &bad);
        QCOMPARE(int(parsed.toInt()), flags);
        QCOMPARE(ArticleFlagsText::letters(parsed), normalised);
        QCOMPARE(bad, invalid);
    }

    void roles_keysRoundTrip()
    {
        for (Role role : Roles::all())
            QCOMPARE(Roles::fromKey(Roles::key(role)), role);
        QVERIFY(!Roles::fromKey(u"owner"_s));
    }

    void snapshot_isStableAndSensitiveToContent()
    {
        Article a;
        a.id = 7;
        a.title = u"标题"_s;
        a.tags = {u"扶贫"_s};
        a.publishAt = QDateTime(QDate(2017, 7, 21), QTime(2, 7), Qt::UTC);
        const QByteArray first = ArticleJson::snapshot(a);
        QCOMPARE(ArticleJson::snapshot(a), first);
        QVERIFY(first.contains("\"publishAt\":\"2017-07-21T02:07:00Z\""));
        Article b = a;
        b.body = u"<p>改</p>"_s;
        QVERIFY(ArticleJson::hash(ArticleJson::snapshot(b)) != ArticleJson::hash(first));
        QCOMPARE(ArticleJson::hash(first).size(), 64);
    }
};

QTEST_GUILESS_MAIN(TestArticleText)
#include "tst_articletext.moc"
