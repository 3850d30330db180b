#include "core/articlejson.h"
#include "recovery/recoverystore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// The recovery store of unsaved edits: entries come back exactly as written, apart per
// library, are durable as soon as write() returns, and a damaged or foreign file is reported
// and left alone.
class TestRecoveryStore final : public QObject
{
    Q_OBJECT

private:
    static Article sampleArticle()
    {
        Article a;
        a.id = 42;
        a.title = u"扶贫路上的新风景 ✓"_s;
        a.shortTitle = u"新风景"_s;
        a.subtitle = u"A subtitle"_s;
        a.titleColor = u"#cc0000"_s;
        a.titleBold = true;
        a.summary = u"摘要 summary"_s;
        a.keywords = u"扶贫, rural"_s;
        a.channelId = 3;
        a.secondaryChannelIds = {4, 7};
        a.tags = {u"扶贫"_s, u"小康"_s};
        a.flags = ArticleFlag::Headline | ArticleFlag::Redirect;
        a.redirectUrl = u"https://example.org/a"_s;
        a.weight = 12;
        a.coverMediaId = 5;
        a.source = u"新华社"_s;
        a.author = u"李明"_s;
        a.editor = u"北风"_s;
        a.body = u"<p>第一段 with <strong>bold</strong></p>\n<p>second</p>"_s;
        a.publishAt = QDateTime(QDate(2026, 3, 1), QTime(8, 30), Qt::UTC);
        a.expireAt = QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);
        a.fileName = u"fupin-2026.html"_s;
        a.version = 3;
        return a;
    }

    static RecoveryEntry entry(const QString &library, const Article &article, int baseVersion)
    {
        RecoveryEntry e;
        e.library = library;
        e.key = article.id > 0 ? RecoveryStore::articleKey(article.id)
                               : RecoveryStore::newDraftKey();
        e.baseVersion = baseVersion;
        e.article = article;
        return e;
    }

    std::unique_ptr<RecoveryStore> open(const QString &path)
    {
        Result<std::unique_ptr<RecoveryStore>> store = RecoveryStore::open(path);
        if (!store)
            qWarning("%s", qPrintable(store.error().message()));
        return store ? std::move(store.value()) : nullptr;
    }

private Q_SLOTS:
    void write_thenReopen_givesTheWholeArticleBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"recovery.sqlite"_s);
        const Article article = sampleArticle();
        {
            auto store = open(path);
            QVERIFY(store);
            QVERIFY(store->write(entry(u"/lib/a.newsdesk"_s, article, 3)).ok());
        }
        auto store = open(path);
        QVERIFY(store);
        const Result<QList<RecoveryEntry>> entries = store->entries(u"/lib/a.newsdesk"_s);
        QVERIFY(entries.ok());
        QCOMPARE(entries.value().size(), 1);
        const RecoveryEntry &e = entries.value().constFirst();
        QCOMPARE(e.key, u"article:42"_s);
        QCOMPARE(e.baseVersion, 3);
        QVERIFY(e.savedAt.isValid());
        QCOMPARE(ArticleJson::snapshot(e.article), ArticleJson::snapshot(article));
        QCOMPARE(e.article.body, article.body);
        QCOMPARE(e.article.publishAt, article.publishAt);
        QCOMPARE(e.article.secondaryChannelIds, article.secondaryChannelIds);
    }

    void write_sameKey_replacesTheEntry()
    {
        QTemporaryDir dir;
        auto store = open(dir.filePath(u"recovery.sqlite"_s));
        QVERIFY(store);
        Article article = sampleArticle();
        QVERIFY(store->write(entry(u"L"_s, article, 3)).ok());
        article.title = u"changed again"_s;
        QVERIFY(store->write(entry(u"L"_s, article, 3)).ok());
        const QList<RecoveryEntry> entries = store->entries(u"L"_s).value();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.constFirst().article.title, u"changed again"_s);
    }

    void remove_dropsOnlyThatEntry()
    {
        QTemporaryDir dir;
        auto store = open(dir.filePath(u"recovery.sqlite"_s));
        QVERIFY(store);
        Article draft = sampleArticle();
        draft.id = 0;
        const RecoveryEntry saved = entry(u"L"_s, sampleArticle(), 3);
        const RecoveryEntry fresh = entry(u"L"_s, draft, 0);
        QVERIFY(fresh.key.startsWith(u"draft:"_s));
        QVERIFY(fresh.isDraft());
        QVERIFY(store->write(saved).ok());
        QVERIFY(store->write(fresh).ok());
        QCOMPARE(store->count(u"L"_s).value(), 2);
        QVERIFY(store->remove(u"L"_s, saved.key).ok());
        const QList<RecoveryEntry> left = store->entries(u"L"_s).value();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.constFirst().key, fresh.key);
        QVERIFY(store->remove(u"L"_s, u"article:999"_s).ok());
    }

    void twoLibraries_areKeptApart()
    {
        QTemporaryDir dir;
        auto store = open(dir.filePath(u"recovery.sqlite"_s));
        QVERIFY(store);
        Article one = sampleArticle();
        Article two = sampleArticle();
        two.title = u"in the other library"_s;
        QVERIFY(store->write(entry(u"/a/one.newsdesk"_s, one, 3)).ok());
        QVERIFY(store->write(entry(u"/b/two.newsdesk"_s, two, 3)).ok());
        QCOMPARE(store->entries(u"/a/one.newsdesk"_s).value().constFirst().article.title,
                 one.title);
        QCOMPARE(store->entries(u"/b/two.newsdesk"_s).value().constFirst().article.title,
                 two.title);
        QVERIFY(store->remove(u"/a/one.newsdesk"_s, RecoveryStore::articleKey(42)).ok());
        QCOMPARE(store->count(u"/a/one.newsdesk"_s).value(), 0);
        QCOMPARE(store->count(u"/b/two.newsdesk"_s).value(), 1);
        QCOMPARE(store->count(u"/c/none.newsdesk"_s).value(), 0);
    }

    void write_isOnDiskBeforeTheStoreCloses()
    {
        // What a crash leaves: copy the files while the store is still open, then read the copy.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"recovery.sqlite"_s);
        auto store = open(path);
        QVERIFY(store);
        QVERIFY(store->write(entry(u"L"_s, sampleArticle(), 3)).ok());
        const QString copy = dir.filePath(u"copy.sqlite"_s);
        for (const QString &suffix : {QString(), u"-wal"_s}) {
            if (QFile::exists(path + suffix))
                QVERIFY(QFile::copy(path + suffix, copy + suffix));
        }
        auto reopened = open(copy);
        QVERIFY(reopened);
        QCOMPARE(reopened->entries(u"L"_s).value().size(), 1);

        // Each write is durable: synchronous=FULL on the connection that wrote.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"inspect"_s);
    }

    void corruptFile_isReportedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"recovery.sqlite"_s);
        QByteArray garbage("SQLite format 3");
        garbage.append('\0');
        garbage.append(QByteArray(4096, '\x5a'));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        Result<std::unique_ptr<RecoveryStore>> store = RecoveryStore::open(path);
        QVERIFY(!store);
        QCOMPARE(store.error().kind(), Error::Kind::Corrupt);
        QVERIFY2(store.error().message().contains(path), qPrintable(store.error().message()));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), garbage);
        }
        // Set aside, a new store starts where it was; the damaged file is kept.
        const Result<QString> aside = RecoveryStore::setAside(path);
        QVERIFY(aside.ok());
        QVERIFY(QFile::exists(aside.value()));
        auto fresh = open(path);
        QVERIFY(fresh);
        QCOMPARE(fresh->count(u"L"_s).value(), 0);
    }

    void foreignDatabase_isRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE notes (text TEXT)"_s));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        Result<std::unique_ptr<RecoveryStore>> store = RecoveryStore::open(path);
        QVERIFY(!store);
        QVERIFY(store.error().message().contains(path));
        QVERIFY(store.error().message().contains(u"not a Newsdesk recovery store"_s));
    }

    void unreadableEntry_isReportedNotCrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"recovery.sqlite"_s);
        {
            auto store = open(path);
            QVERIFY(store);
            QVERIFY(store->write(entry(u"L"_s, sampleArticle(), 3)).ok());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE recovery SET snapshot = '{broken'"_s));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"damage"_s);
        auto store = open(path);
        QVERIFY(store);
        const Result<QList<RecoveryEntry>> entries = store->entries(u"L"_s);
        QVERIFY(!entries);
        QCOMPARE(entries.error().kind(), Error::Kind::Corrupt);
        QVERIFY(entries.error().message().contains(path));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryStore)
#include "tst_recoverystore.moc"
