#include "storage/database.h"
#include "storage/library.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

Q_DECLARE_METATYPE(Newsdesk::Error::Kind)

// Every kind of bad library file gets an error that names the file and the problem, and the
// file is left exactly as it was.
class TestLibraryFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        // Give back write permission so the temporary folder can be removed.
        QFile::setPermissions(m_dir->path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_dir.reset();
    }

    void open_missingFile_reportsNotFoundAndCreatesNothing()
    {
        const QString path = m_dir->filePath(u"nowhere.newsdesk"_s);
        const Error error = openError(path);
        QCOMPARE(error.kind(), Error::Kind::NotFound);
        QVERIFY(error.message().contains(path));
        QVERIFY(error.message().contains(u"does not exist"_s));
        QVERIFY(!QFile::exists(path));
    }

    void open_folder_reportsInvalid()
    {
        const QString path = m_dir->filePath(u"folder.newsdesk"_s);
        QVERIFY(QDir().mkpath(path));
        const Error error = openError(path);
        QCOMPARE(error.kind(), Error::Kind::Invalid);
        QVERIFY(error.message().contains(u"folder"_s));
    }

    void open_foreignFile_isRefusedAndUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << Error::Kind::NotALibrary << u"empty"_s;
        QTest::newRow("text") << QByteArray("标题,作者\n一年来,央视网\n")
                              << Error::Kind::NotALibrary << u"not an SQLite database"_s;
        QTest::newRow("short header") << QByteArray("SQLite format 3") << Error::Kind::NotALibrary
                                      << u"not an SQLite database"_s;
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n").repeated(40)
                             << Error::Kind::NotALibrary << u"not an SQLite database"_s;
    }

    void open_foreignFile_isRefusedAndUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(Error::Kind, kind);
        QFETCH(QString, reason);
        const QString path = m_dir->filePath(u"foreign.newsdesk"_s);
        writeFile(path, content);
        const QByteArray before = Test::fileHash(path);
        const Error error = openError(path);
        QCOMPARE(error.kind(), kind);
        QVERIFY2(error.message().contains(path), qPrintable(error.message()));
        QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
        QCOMPARE(Test::fileHash(path), before);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 1);
    }

    void open_sqliteWithoutNewsdeskTables_isNotALibrary()
    {
        const QString path = m_dir->filePath(u"other.sqlite"_s);
        {
            Result<std::unique_ptr<Database>> db = Database::openSqlite(path, {});
            QVERIFY(db);
            QVERIFY(db.value()->execute(u"CREATE TABLE contacts (name TEXT)"_s));
            QVERIFY(db.value()->execute(u"INSERT INTO contacts VALUES ('北风')"_s));
        }
        const QByteArray before = Test::fileHash(path);
        const Error error = openError(path);
        QCOMPARE(error.kind(), Error::Kind::NotALibrary);
        QVERIFY(error.message().contains(path));
        QVERIFY(error.message().contains(u"not a Newsdesk library"_s));
        QCOMPARE(Test::fileHash(path), before);
    }

    void open_corruptLibrary_isReportedAndUntouched_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<qint64>("truncateTo");
        // Page 2 holds newsdesk_meta, the first table of the schema.
        QTest::newRow("damaged page") << qint64(4096) << qint64(-1);
        QTest::newRow("damaged header") << qint64(16) << qint64(-1);
        QTest::newRow("truncated") << qint64(-1) << qint64(4096 + 512);
    }

    void open_corruptLibrary_isReportedAndUntouched()
    {
        QFETCH(qint64, offset);
        QFETCH(qint64, truncateTo);
        const QString path = Test::createLibrary(*m_dir, u"corrupt.newsdesk"_s, false);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            if (offset >= 0) {
                file.seek(offset);
                file.write(QByteArray(2048, '\xa5'));
            }
            if (truncateTo >= 0)
                QVERIFY(file.resize(truncateTo));
        }
        const QByteArray before = Test::fileHash(path);
        const Error error = openError(path);
        QVERIFY2(error.kind() == Error::Kind::Corrupt || error.kind() == Error::Kind::NotALibrary,
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(path), qPrintable(error.message()));
        QCOMPARE(Test::fileHash(path), before);
    }

    void open_newerSchema_isRefusedAndUntouched()
    {
        const QString path = Test::createLibrary(*m_dir, u"future.newsdesk"_s, false);
        {
            Result<std::unique_ptr<Database>> db = Database::openSqlite(path, {});
            QVERIFY(db);
            QVERIFY(db.value()->execute(
                    u"UPDATE newsdesk_meta SET value = '999' WHERE key = 'schema_version'"_s));
        }
        const QByteArray before = Test::fileHash(path);
        const Error error = openError(path);
        QCOMPARE(error.kind(), Error::Kind::NewerSchema);
        QVERIFY(error.message().contains(path));
        QVERIFY(error.message().contains(u"999"_s));
        QCOMPARE(Test::fileHash(path), before);
    }

    void open_readOnlyFile_isRefusedAndUntouched()
    {
        const QString path = Test::createLibrary(*m_dir, u"readonly.newsdesk"_s, false);
        QVERIFY(QFile::setPermissions(path,
                                      QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = Test::fileHash(path);
        const Error error = openError(path);
        QCOMPARE(error.kind(), Error::Kind::ReadOnly);
        QVERIFY(error.message().contains(path));
        QVERIFY(error.message().contains(u"read-only"_s));
        QCOMPARE(Test::fileHash(path), before);
    }

    void open_readOnlyFolder_isRefused()
    {
        const QString path = Test::createLibrary(*m_dir, u"infolder.newsdesk"_s, false);
        QVERIFY(QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::ExeOwner));
        const QByteArray before = Test::fileHash(path);
        const Error error = openError(path);
        QCOMPARE(error.kind(), Error::Kind::ReadOnly);
        QVERIFY(error.message().contains(path));
        QCOMPARE(Test::fileHash(path), before);
    }

    void open_lockedByAnotherConnection_reportsLocked()
    {
        const QString path = Test::createLibrary(*m_dir, u"locked.newsdesk"_s, false);
        Result<std::unique_ptr<Database>> holder = Database::openSqlite(path, {});
        QVERIFY(holder);
        // Exclusive locking mode keeps the lock after the transaction and shuts out readers.
        QVERIFY(holder.value()->execute(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        QVERIFY(holder.value()->execute(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(holder.value()->execute(u"UPDATE users SET active = 1"_s));
        QVERIFY(holder.value()->execute(u"COMMIT"_s));

        Result<std::unique_ptr<Library>> opened = Library::open(path, {.busyTimeoutMs = 100});
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind(), Error::Kind::Locked);
        QVERIFY(opened.error().message().contains(path));
        QVERIFY(opened.error().message().contains(u"locked"_s));

        holder.value().reset();
        QVERIFY(Test::openLibrary(path));
    }

    void create_existingFile_isRefusedAndUntouched()
    {
        const QString path = m_dir->filePath(u"notes.newsdesk"_s);
        writeFile(path, "我的笔记");
        const Status created = Library::create(path);
        QVERIFY(!created);
        QCOMPARE(created.error().kind(), Error::Kind::AlreadyExists);
        QVERIFY(created.error().message().contains(path));
        QCOMPARE(readFile(path), QByteArray("我的笔记"));
    }

    void create_missingFolder_isRefused()
    {
        const QString path = m_dir->filePath(u"no/such/folder/lib.newsdesk"_s);
        const Status created = Library::create(path);
        QVERIFY(!created);
        QCOMPARE(created.error().kind(), Error::Kind::NotFound);
        QVERIFY(created.error().message().contains(u"does not exist"_s));
    }

    void create_whenPopulateFails_leavesNothingBehind()
    {
        const QString path = m_dir->filePath(u"failed.newsdesk"_s);
        const Status created = Library::create(path, [](Library &) -> Status {
            return Error(Error::Kind::Failed, u"deliberate"_s);
        });
        QVERIFY(!created);
        QCOMPARE(created.error().message(), u"deliberate"_s);
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(m_dir->path())
                        .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)
                        .isEmpty());
    }

    void create_thenOpen_succeedsAndLeavesNoTemporaryFiles()
    {
        const QString path = Test::createLibrary(*m_dir, u"fresh.newsdesk"_s, false);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList {u"fresh.newsdesk"_s});
        std::unique_ptr<Library> library = Test::openLibrary(path);
        QVERIFY(library);
        QCOMPARE(library->location(), path);
    }

private:
    static Error openError(const QString &path)
    {
        Result<std::unique_ptr<Library>> opened = Library::open(path, {.busyTimeoutMs = 100});
        if (opened) {
            QTest::qFail("the library opened although it should not", __FILE__, __LINE__);
            return {};
        }
        return opened.error();
    }

    static void writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestLibraryFile)
#include "tst_libraryfile.moc"
