#include "workflow/articlebatch.h"
#include "storage/library.h"
#include "testlibrary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// Bulk actions on articles, and managing tags and channels in place.
class TestLibraryManagement final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_library = Test::openLibrary(
                Test::createLibrary(m_dir, u"lib-%1.newsdesk"_s.arg(++m_created), false));
        QVERIFY(m_library);
        m_home = m_library->channels().all().value().constFirst().id;
        m_news = addChannel(m_home, u"zixun"_s, u"资讯"_s);
        m_hot = addChannel(m_news, u"redian"_s, u"热点"_s);
        m_user = m_library->users().byName(u"admin"_s).value().id;
        for (int i = 0; i < 4; ++i) {
            Article a;
            a.title = u"稿件 %1"_s.arg(i);
            a.channelId = i < 2 ? m_hot : m_news;
            a.tags = {u"扶贫"_s};
            a.status = i == 3 ? ArticleStatus::Published : ArticleStatus::Draft;
            m_ids.append(m_library->articles().create(a, m_user).value());
        }
    }

    void cleanup()
    {
        m_library.reset();
        m_ids.clear();
    }

    void save_conflictingVersion_isRefusedAndNothingIsLost()
    {
        Article first = article(m_ids.at(0));
        Article second = first;
        first.title = u"第一位编辑的标题"_s;
        QVERIFY(m_library->articles().save(first, m_user, u"save"_s));
        second.title = u"第二位编辑的标题"_s;
        Result<Article> stale = m_library->articles().save(second, m_user, u"save"_s);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind(), Error::Kind::Conflict);
        QCOMPARE(article(m_ids.at(0)).title, u"第一位编辑的标题"_s);
        QCOMPARE(article(m_ids.at(0)).version, 2);
        QCOMPARE(m_library->history().revisions(m_ids.at(0)).value().size(), 2);
    }

    void batch_addAndRemoveTags_recordsRevisionsAndSkips()
    {
        ArticleBatch batch(m_library->database(), m_library->users().byName(u"admin"_s).value());
        Result<BatchOutcome> added = batch.addTags(m_ids.mid(0, 2), {u"小康"_s, u" 扶贫 "_s});
        QVERIFY(added);
        QCOMPARE(added.value().changed, m_ids.mid(0, 2));
        QCOMPARE(article(m_ids.at(0)).tags, (QStringList {u"扶贫"_s, u"小康"_s}));
        QCOMPARE(article(m_ids.at(0)).version, 2);
        QCOMPARE(m_library->history().auditFor(m_ids.at(0)).value().constLast().action, u"tag"_s);

        Result<BatchOutcome> again = batch.addTags({m_ids.at(0)}, {u"小康"_s});
        QCOMPARE(again.value().changed.size(), 0);
        QCOMPARE(again.value().skipped.size(), 1);

        Result<BatchOutcome> removed = batch.removeTags(m_ids, {u"小康"_s});
        QCOMPARE(removed.value().changed, m_ids.mid(0, 2));
        QCOMPARE(removed.value().skipped.size(), 2);
        QVERIFY(!batch.addTags(m_ids, {u"  "_s}));
    }

    void batch_moveFlagsSubmitTrashRestore()
    {
        ArticleBatch batch(m_library->database(), m_library->users().byName(u"admin"_s).value());
        QCOMPARE(batch.moveToChannel(m_ids, m_news).value().changed.size(), 2);
        // Saves keep the search index in step.
        QVERIFY(batch.addTags({m_ids.at(1)}, {u"独家"_s}));
        ArticleFilter search;
        search.search = u"独家"_s;
        QCOMPARE(m_library->articleList().count(search).value(), 1);
        QCOMPARE(article(m_ids.at(0)).channelId, m_news);
        QVERIFY(!batch.moveToChannel(m_ids, 9999));

        QVERIFY(batch.setFlags(m_ids, ArticleFlag::Recommended | ArticleFlag::Bold,
                               ArticleFlag::Headline));
        QVERIFY(article(m_ids.at(1)).flags.testFlag(ArticleFlag::Recommended));
        QVERIFY(article(m_ids.at(1)).titleBold);

        // The published article's move and bold title are a staged edit: it stays published
        // as approved, and the edit is what gets submitted.
        QCOMPARE(article(m_ids.at(3)).pending, std::optional(ArticleStatus::Draft));
        Result<BatchOutcome> submitted = batch.submit(m_ids);
        QCOMPARE(submitted.value().changed.size(), 4);
        QCOMPARE(article(m_ids.at(0)).status, ArticleStatus::Submitted);
        QCOMPARE(article(m_ids.at(3)).status, ArticleStatus::Published);
        QCOMPARE(article(m_ids.at(3)).pending, std::optional(ArticleStatus::Submitted));
        QVERIFY(!batch.submit({m_ids.at(0)}).value().skipped.isEmpty()); // already submitted

        QCOMPARE(batch.moveToTrash(m_ids.mid(0, 2)).value().changed.size(), 2);
        ArticleFilter trash;
        trash.scope = ArticleFilter::Scope::Trash;
        QCOMPARE(m_library->articleList().count(trash).value(), 2);
        QCOMPARE(batch.restore(m_ids).value().changed.size(), 2);
        QCOMPARE(m_library->articleList().count(trash).value(), 0);
    }

    void batch_failure_rollsBackEveryArticle()
    {
        ArticleBatch batch(m_library->database(), m_library->users().byName(u"admin"_s).value());
        int calls = 0;
        Result<BatchOutcome> outcome = batch.apply(m_ids, u"test"_s, {}, [&](Article &a) {
            a.title = ++calls == 3 ? QString() : u"改"_s; // the third is invalid
            return std::optional<QString>();
        });
        QVERIFY(!outcome);
        for (qint64 id : m_ids)
            QVERIFY(article(id).title.startsWith(u"稿件"_s));
    }

    void tags_renameMergeDelete()
    {
        TagRepository &tags = m_library->tags();
        QVERIFY(tags.create(u"小康"_s, m_user));
        QCOMPARE(tags.create(u"小康"_s, m_user).error().kind(), Error::Kind::AlreadyExists);
        QVERIFY(ArticleBatch(m_library->database(), m_library->users().byName(u"admin"_s).value()).addTags({m_ids.at(0)}, {u"小康"_s}));
        const auto idOf = [&](const QString &name) {
            for (const TagUsage &t : tags.usage().value()) {
                if (t.name == name)
                    return t.id;
            }
            return qint64(0);
        };
        Result<QList<qint64>> renamed = tags.rename(idOf(u"扶贫"_s), u"脱贫"_s, m_user);
        QCOMPARE(renamed.value().size(), 4);
        // The search index follows: the new name is found, the old one no longer.
        ArticleFilter search;
        search.search = u"脱贫"_s;
        QCOMPARE(m_library->articleList().count(search).value(), 4);
        search.search = u"扶贫"_s;
        QCOMPARE(m_library->articleList().count(search).value(), 0);
        QCOMPARE(article(m_ids.at(2)).tags, QStringList {u"脱贫"_s});
        // Renaming onto an existing tag is refused: merge does that.
        QCOMPARE(tags.rename(idOf(u"脱贫"_s), u"小康"_s, m_user).error().kind(),
                 Error::Kind::AlreadyExists);
        Result<QList<qint64>> merged =
                tags.merge({idOf(u"脱贫"_s), idOf(u"小康"_s)}, u"全面小康"_s, m_user);
        QCOMPARE(merged.value().size(), 4);
        QCOMPARE(article(m_ids.at(0)).tags, QStringList {u"全面小康"_s});
        QCOMPARE(tags.names().value(), QStringList {u"全面小康"_s});
        QCOMPARE(tags.remove(idOf(u"全面小康"_s), m_user).value().size(), 4);
        QVERIFY(article(m_ids.at(0)).tags.isEmpty());
        QVERIFY(tags.names().value().isEmpty());
    }

    void channels_editMoveAndDelete()
    {
        ChannelRepository &channels = m_library->channels();
        Channel hot = channels.byId(m_hot).value();
        hot.name = u"热门"_s;
        hot.slug = u"remen"_s;
        QVERIFY(channels.update(hot));
        QCOMPARE(channels.byId(m_hot).value().name, u"热门"_s);
        hot.slug = u"Bad Slug"_s;
        QCOMPARE(channels.update(hot).error().kind(), Error::Kind::Invalid);

        // No cycles, no moving home.
        QCOMPARE(channels.move(m_news, m_hot).error().kind(), Error::Kind::Invalid);
        QVERIFY(!channels.move(m_home, m_news));
        QVERIFY(channels.move(m_hot, m_home));
        QCOMPARE(channels.byId(m_hot).value().parentId, m_home);

        // A non-empty channel needs a place for its articles; sub-channels block deletion.
        QVERIFY(!channels.remove(m_hot, 0));
        QVERIFY(channels.remove(m_hot, m_news));
        QCOMPARE(article(m_ids.at(0)).channelId, m_news);
        QVERIFY(!channels.byId(m_hot));
        const qint64 child = addChannel(m_news, u"guoji"_s, u"国际"_s);
        QVERIFY(!channels.remove(m_news, m_home));
        QVERIFY(channels.remove(child, 0));
        QVERIFY(!channels.remove(m_home, 0));
    }

    void channels_deleteMovesSecondaryLinksWithoutDuplicates()
    {
        Article a = article(m_ids.at(2)); // main channel 资讯
        a.secondaryChannelIds = {m_hot};
        QVERIFY(m_library->articles().save(a, m_user, u"save"_s));
        QVERIFY(m_library->channels().remove(m_hot, m_news));
        QVERIFY(article(m_ids.at(2)).secondaryChannelIds.isEmpty());
        QCOMPARE(article(m_ids.at(0)).channelId, m_news);
    }

    void slugFor_transliteratesChineseAndCleansLatin_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("slug");
        QTest::newRow("chinese") << u"热点"_s << u"redian"_s;
        QTest::newRow("chinese long") << u"国际新闻"_s << u"guojixinwen"_s;
        QTest::newRow("latin") << u"World News"_s << u"world-news"_s;
        QTest::newRow("accents") << u"Café Culture"_s << u"cafe-culture"_s;
        QTest::newRow("mixed") << u"5G 专题"_s << u"5g-zhuanti"_s;
        QTest::newRow("punctuation") << u"--Hello!!--"_s << u"hello"_s;
    }

    void slugFor_transliteratesChineseAndCleansLatin()
    {
        QFETCH(QString, name);
        QFETCH(QString, slug);
        QCOMPARE(ChannelRepository::slugFor(name), slug);
    }

private:
    qint64 addChannel(qint64 parent, const QString &slug, const QString &name)
    {
        Channel c;
        c.parentId = parent;
        c.slug = slug;
        c.name = name;
        return m_library->channels().add(c).value();
    }

    Article article(qint64 id) const { return m_library->articles().byId(id).value(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    QList<qint64> m_ids;
    qint64 m_home = 0;
    qint64 m_news = 0;
    qint64 m_hot = 0;
    qint64 m_user = 0;
    int m_created = 0;
};

QTEST_GUILESS_MAIN(TestLibraryManagement)
#include "tst_librarymanagement.moc"
