#include "storage/library.h"
#include "testlibrary.h"
#include "workflow/auditcsv.h"
#include "workflow/passwords.h"
#include "workflow/signin.h"
#include "workflow/useradmin.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

Q_DECLARE_METATYPE(Newsdesk::AuditFilter)
Q_DECLARE_METATYPE(Newsdesk::Error::Kind)
Q_DECLARE_METATYPE(Newsdesk::Role)

namespace {
const QString AdminPassword = u"admin-password-1"_s;
const QString ChiefPassword = u"chief-password-1"_s;
} // namespace

// People: password hashes, managing users (who may do what, the last administrator, the
// audit), signing in, and the audit log's filters and CSV.
class TestPeople final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = Test::createLibrary(m_dir, u"people-%1.newsdesk"_s.arg(++m_created), false);
        m_library = Test::openLibrary(m_path);
        QVERIFY(m_library);
        // An administrator, a chief editor and an editor, as the demo newsroom has them.
        const qint64 admin = m_library->users().byName(u"admin"_s).value().id;
        QVERIFY(m_library->users().setPasswordHash(admin, Passwords::hash(AdminPassword).value()));
        QVERIFY(m_library->users().add(u"北风"_s, Role::Chief,
                                       Passwords::hash(ChiefPassword).value()));
        QVERIFY(m_library->users().add(u"林晓"_s, Role::Editor));
        QVERIFY(m_library->users().add(u"陈静"_s, Role::Editor));
    }

    void cleanup() { m_library.reset(); }

    void hash_neverContainsThePassword_andVerifies()
    {
        const QString password = u"扶贫报道-2026"_s;
        const Result<QString> hash = Passwords::hash(password);
        QVERIFY(hash);
        QVERIFY(!hash.value().contains(password));
        QVERIFY(!hash.value().contains(u"2026"_s));
        QVERIFY(Passwords::verify(hash.value(), password));
        // A new salt every time.
        QVERIFY(Passwords::hash(password).value() != hash.value());
    }

    void hash_format_isArgon2idInteractive()
    {
        const QString hash = Passwords::hash(u"correct horse"_s).value();
        QVERIFY2(hash.startsWith(u"$argon2id$v=19$m=65536,t=2,p=1$"_s), qPrintable(hash));
    }

    void verify_wrongPassword_isRefused_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("password");
        const QString hash = Passwords::hash(u"correct horse"_s).value();
        QTest::newRow("wrong") << hash << u"correct horsf"_s;
        QTest::newRow("case") << hash << u"Correct horse"_s;
        QTest::newRow("empty") << hash << QString();
        QTest::newRow("longer") << hash << u"correct horse "_s;
        QTest::newRow("no hash") << QString() << u"correct horse"_s;
        QTest::newRow("garbage") << u"$argon2id$nonsense"_s << u"correct horse"_s;
        QTest::newRow("the hash itself") << hash << hash;
    }

    void verify_wrongPassword_isRefused()
    {
        QFETCH(QString, stored);
        QFETCH(QString, password);
        QVERIFY(!Passwords::verify(stored, password));
    }

    void check_minimumLength_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("7 letters") << u"abcdefg"_s << false;
        QTest::newRow("8 letters") << u"abcdefgh"_s << true;
        QTest::newRow("7 Han characters") << u"老辰光扶贫报道"_s << false;
        QTest::newRow("8 Han characters") << u"老辰光扶贫报道稿"_s << true;
    }

    void check_minimumLength()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        const Status checked = Passwords::check(password);
        QCOMPARE(checked.ok(), accepted);
        if (!accepted) {
            QCOMPARE(checked.error().kind(), Error::Kind::Invalid);
            QVERIFY(checked.error().message().contains(u"at least 8 characters"_s));
            QVERIFY(!Passwords::hash(password));
        }
    }

    void userAdmin_permissionTable_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<bool>("allowed");
        const QList<std::pair<QString, bool>> actors {
                {u"林晓"_s, false}, {u"北风"_s, false}, {u"admin"_s, true}};
        for (const auto &[actor, allowed] : actors) {
            for (const QString &operation :
                 {u"add"_s, u"role"_s, u"password"_s, u"deactivate"_s, u"activate"_s}) {
                QTest::addRow("%s %s", qPrintable(actor), qPrintable(operation))
                        << actor << operation << allowed;
            }
        }
    }

    void userAdmin_permissionTable()
    {
        QFETCH(QString, actor);
        QFETCH(QString, operation);
        QFETCH(bool, allowed);
        UserAdmin admin(*m_library, user(actor));
        const qint64 target = user(u"陈静"_s).id;
        if (operation == u"activate"_s)
            QVERIFY(m_library->users().setActive(target, false));
        Status done;
        if (operation == u"add"_s)
            done = statusOf(admin.add(u"小李"_s, Role::Editor));
        else if (operation == u"role"_s)
            done = admin.setRole(user(u"林晓"_s).id, Role::Chief);
        else if (operation == u"password"_s)
            done = admin.setPassword(target, u"new-password"_s);
        else if (operation == u"deactivate"_s)
            done = admin.deactivate(target);
        else
            done = admin.reactivate(target);
        if (allowed && operation == u"role"_s) {
            // An editor without a password cannot become a chief editor...
            QCOMPARE(done.error().kind(), Error::Kind::Invalid);
            QVERIFY(done.error().message().contains(u"password"_s));
            // ...until they have one.
            QVERIFY(admin.setPassword(user(u"林晓"_s).id, u"linxiao-pw"_s));
            done = admin.setRole(user(u"林晓"_s).id, Role::Chief);
        }
        QVERIFY2(done.ok() == allowed, done.ok() ? "allowed" : qPrintable(done.error().message()));
        if (!allowed) {
            QCOMPARE(done.error().kind(), Error::Kind::Denied);
            QVERIFY2(done.error().message().contains(u"manage users"_s),
                     qPrintable(done.error().message()));
            QVERIFY(auditOf(u""_s).isEmpty());
        } else {
            QCOMPARE(auditOf(u"user."_s).isEmpty(), false);
        }
    }

    void add_chiefOrAdminWithoutPassword_isRefused_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("editor without") << Role::Editor << QString() << true;
        QTest::newRow("editor with") << Role::Editor << u"editor-pw"_s << true;
        QTest::newRow("chief without") << Role::Chief << QString() << false;
        QTest::newRow("chief with") << Role::Chief << u"chief-pw-2"_s << true;
        QTest::newRow("admin without") << Role::Admin << QString() << false;
        QTest::newRow("admin short") << Role::Admin << u"short"_s << false;
    }

    void add_chiefOrAdminWithoutPassword_isRefused()
    {
        QFETCH(Role, role);
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        Result<User> added = UserAdmin(*m_library, user(u"admin"_s)).add(u"老陈"_s, role, password);
        QCOMPARE(added.ok(), accepted);
        if (accepted) {
            QCOMPARE(added.value().role, role);
            QCOMPARE(added.value().hasPassword, !password.isEmpty());
        } else {
            QCOMPARE(added.error().kind(), Error::Kind::Invalid);
            QVERIFY(!m_library->users().byName(u"老陈"_s));
        }
    }

    void ownPassword_needsTheOldOne()
    {
        // A chief editor changes their own password: the old one is required.
        UserAdmin chief(*m_library, user(u"北风"_s));
        Status changed = chief.setPassword(user(u"北风"_s).id, u"chief-password-2"_s, u"guess"_s);
        QCOMPARE(changed.error().kind(), Error::Kind::Unauthenticated);
        QVERIFY(SignIn::authenticate(*m_library, u"北风"_s, ChiefPassword));
        QVERIFY(chief.setPassword(user(u"北风"_s).id, u"chief-password-2"_s, ChiefPassword));
        QVERIFY(!SignIn::authenticate(*m_library, u"北风"_s, ChiefPassword));
        QVERIFY(SignIn::authenticate(*m_library, u"北风"_s, u"chief-password-2"_s));
        // An editor without a password sets one without an old one, but not someone else's.
        UserAdmin editor(*m_library, user(u"林晓"_s));
        QVERIFY(editor.setPassword(user(u"林晓"_s).id, u"linxiao-pw"_s));
        QCOMPARE(editor.setPassword(user(u"陈静"_s).id, u"chenjing-pw"_s).error().kind(),
                 Error::Kind::Denied);
        const QList<AuditRow> rows = auditOf(u"user.password"_s);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first().userName, u"林晓"_s);
    }

    void lastAdmin_isKept()
    {
        const qint64 admin = user(u"admin"_s).id;
        UserAdmin self(*m_library, user(u"admin"_s));
        QCOMPARE(self.deactivate(admin).error().kind(), Error::Kind::Denied);
        QCOMPARE(self.setRole(admin, Role::Chief).error().kind(), Error::Kind::Denied);
        // Someone acting as an administrator without an account (the command line's operator
        // of a library without one) still cannot remove the last one.
        User operatorUser;
        operatorUser.name = u"operator"_s;
        operatorUser.role = Role::Admin;
        UserAdmin local(*m_library, operatorUser);
        Status refused = local.deactivate(admin);
        QCOMPARE(refused.error().kind(), Error::Kind::Denied);
        QVERIFY(refused.error().message().contains(u"last active administrator"_s));
        QCOMPARE(local.setRole(admin, Role::Editor).error().kind(), Error::Kind::Denied);
        QVERIFY(user(u"admin"_s).active);
        // With a second administrator, one of them may go.
        Result<User> second = self.add(u"二号管理员"_s, Role::Admin, u"second-admin"_s);
        QVERIFY(second);
        QVERIFY(local.deactivate(admin));
        QVERIFY(!user(u"admin"_s).active);
        QCOMPARE(UserAdmin(*m_library, second.value()).deactivate(second.value().id).error().kind(),
                 Error::Kind::Denied);
    }

    void changes_areAudited_withoutPasswords()
    {
        UserAdmin admin(*m_library, user(u"admin"_s));
        const qint64 chen = admin.add(u"老陈"_s, Role::Chief, u"laochen-secret"_s).value().id;
        QVERIFY(admin.setRole(chen, Role::Admin));
        QVERIFY(admin.setPassword(chen, u"laochen-secret-2"_s));
        QVERIFY(admin.deactivate(chen));
        QVERIFY(admin.reactivate(chen));
        const QStringList expected {u"user.activate"_s, u"user.deactivate"_s, u"user.password"_s,
                                    u"user.role"_s, u"user.add"_s};
        const QList<AuditRow> rows = auditOf(u"user."_s);
        QStringList actions;
        for (const AuditRow &row : rows) {
            actions << row.entry.action;
            QCOMPARE(row.userName, u"admin"_s);
            QVERIFY2(row.entry.detail.contains(u"老陈"_s), qPrintable(row.entry.detail));
            QVERIFY(!row.entry.detail.contains(u"secret"_s));
        }
        QCOMPARE(actions, expected);
    }

    void signIn_errors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << u"小王"_s << u"whatever"_s << Error::Kind::Unauthenticated
                                 << u"no user named \"小王\""_s;
        QTest::newRow("wrong password") << u"北风"_s << u"chief-password-2"_s
                                        << Error::Kind::Unauthenticated
                                        << u"Wrong password for 北风"_s;
        QTest::newRow("missing password") << u"北风"_s << QString()
                                          << Error::Kind::Unauthenticated << u"password"_s;
        QTest::newRow("deactivated") << u"陈静"_s << QString() << Error::Kind::Denied
                                     << u"deactivated"_s;
    }

    void signIn_errors()
    {
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(Error::Kind, kind);
        QFETCH(QString, message);
        QVERIFY(m_library->users().setActive(user(u"陈静"_s).id, false));
        const Result<User> signedIn = SignIn::authenticate(*m_library, name, password);
        QVERIFY(!signedIn);
        QCOMPARE(signedIn.error().kind(), kind);
        QVERIFY2(signedIn.error().message().contains(message),
                 qPrintable(signedIn.error().message()));
    }

    void signIn_rightPasswordOrNone_succeeds()
    {
        QCOMPARE(SignIn::authenticate(*m_library, u"北风"_s, ChiefPassword).value().role,
                 Role::Chief);
        QCOMPARE(SignIn::authenticate(*m_library, u"林晓"_s, QString()).value().name,
                 u"林晓"_s);
    }

    void passwords_neverReachTheDatabaseFile()
    {
        if (Test::onPostgres())
            QSKIP("A file's bytes; on PostgreSQL, people sign in with their server login "
                  "(tst_postgres)");
        const QString secret = u"明文密码-never-stored"_s;
        UserAdmin admin(*m_library, user(u"admin"_s));
        QVERIFY(admin.add(u"老陈"_s, Role::Chief, secret));
        QVERIFY(admin.setPassword(user(u"林晓"_s).id, secret + u'2'));
        m_library.reset(); // checkpoints the write-ahead log into the file
        QByteArray bytes;
        const QDir folder = QFileInfo(m_path).dir();
        for (const QString &name : folder.entryList({QFileInfo(m_path).fileName() + u'*'})) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            bytes += file.readAll();
        }
        QVERIFY(bytes.contains("$argon2id$"));
        QVERIFY(!bytes.contains(secret.toUtf8()));
        QVERIFY(!bytes.contains("never-stored"));
        QVERIFY(!bytes.contains(AdminPassword.toUtf8()));
        QVERIFY(!bytes.contains(ChiefPassword.toUtf8()));
    }

    void auditLog_filters_data()
    {
        QTest::addColumn<AuditFilter>("filter");
        QTest::addColumn<QStringList>("details");
        const QDateTime day = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
        AuditFilter all;
        QTest::newRow("all, newest first")
                << all << QStringList {u"d"_s, u"c, 扶贫"_s, u"b"_s, u"a"_s};
        AuditFilter from = all;
        from.from = day.addDays(1);
        QTest::newRow("from") << from << QStringList {u"d"_s, u"c, 扶贫"_s, u"b"_s};
        AuditFilter range = from;
        range.to = day.addDays(3);
        QTest::newRow("from and to") << range << QStringList {u"c, 扶贫"_s, u"b"_s};
        AuditFilter action = all;
        action.action = u"approve"_s;
        QTest::newRow("action") << action << QStringList {u"c, 扶贫"_s, u"a"_s};
        AuditFilter text = all;
        text.text = u"扶贫"_s;
        QTest::newRow("text in detail or title") << text << QStringList {u"c, 扶贫"_s, u"b"_s};
        AuditFilter wildcard = all;
        wildcard.text = u"%"_s;
        QTest::newRow("wildcards are literal") << wildcard << QStringList {};
        AuditFilter page = all;
        page.limit = 2;
        page.offset = 1;
        QTest::newRow("limit and offset") << page << QStringList {u"c, 扶贫"_s, u"b"_s};
        AuditFilter keyset = all;
        keyset.beforeAt = QDateTime(QDate(2026, 3, 3), QTime(12, 0), Qt::UTC); // c's time
        keyset.beforeId = 1000000;
        QTest::newRow("keyset") << keyset << QStringList {u"c, 扶贫"_s, u"b"_s, u"a"_s};
    }

    void auditLog_filters()
    {
        QFETCH(AuditFilter, filter);
        QFETCH(QStringList, details);
        addAuditSample();
        filter.articleId = 0;
        QStringList got;
        for (const AuditRow &row : m_library->history().auditLog(filter).value())
            got << row.entry.detail;
        QCOMPARE(got, details);
    }

    void auditLog_byUserAndArticle_namesThem()
    {
        const qint64 article = addAuditSample();
        AuditFilter filter;
        filter.userId = user(u"北风"_s).id;
        QList<AuditRow> rows = m_library->history().auditLog(filter).value();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first().userName, u"北风"_s);
        filter = {};
        filter.articleId = article;
        filter.action = u"save"_s;
        rows = m_library->history().auditLog(filter).value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().articleTitle, u"扶贫一线报道"_s);
        const QStringList actions = m_library->history().auditActions().value();
        QVERIFY(actions.contains(u"approve"_s));
        QVERIFY(actions.contains(u"submit"_s));
        QCOMPARE(actions.count(u"approve"_s), 1);
    }

    void csv_quotesAndEncodes()
    {
        AuditRow row;
        row.entry.at = QDateTime(QDate(2026, 3, 1), QTime(10, 2), Qt::UTC);
        row.entry.action = u"return"_s;
        row.entry.articleId = 42;
        row.userName = u"北风"_s;
        row.articleTitle = u"扶贫, \"一线\""_s;
        row.entry.detail = u"第一行\n第二行"_s;
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(AuditCsv::write(buffer, {row}));
        const QByteArray bytes = buffer.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "time,user,action,article id,article title,"
                                 "detail\r\n"));
        const QString time = row.entry.at.toLocalTime().toString(Qt::ISODate);
        const QString expected = time + u",北风,return,42,\"扶贫, \"\"一线\"\"\",\"第一行\n第二行\"\r\n"_s;
        QCOMPARE(QString::fromUtf8(bytes.mid(bytes.indexOf("\r\n") + 2)), expected);
        QCOMPARE(AuditCsv::field(u"plain 文字"_s), u"plain 文字"_s);
        QCOMPARE(AuditCsv::field(u"a\rb"_s), u"\"a\rb\""_s);
    }

    void csv_export_writesEveryPageTheFilterSelects()
    {
        const qint64 chief = user(u"北风"_s).id;
        const int count = AuditCsv::PageSize + 321;
        QVERIFY(m_library->database().transaction([&]() -> Status {
            for (int i = 0; i < count; ++i) {
                const QString action = i % 2 ? u"save"_s : u"approve"_s;
                if (Result<qint64> id = m_library->history().audit(
                            {0, QDateTime::fromSecsSinceEpoch(1'700'000'000 + i / 3, Qt::UTC),
                             chief, action, 0, u"entry %1"_s.arg(i)});
                    !id)
                    return id.error();
            }
            return {};
        }));
        AuditFilter filter;
        filter.action = u"approve"_s;
        filter.limit = 10; // ignored: the export writes everything the filters select
        const QString path = m_dir.filePath(u"audit-%1.csv"_s.arg(m_created));
        qint64 reported = 0;
        Result<qint64> written = AuditCsv::exportTo(*m_library, filter, path, [&](qint64 n) {
            reported = n;
            return true;
        });
        QVERIFY(written);
        const int approvals = (count + 1) / 2;
        QCOMPARE(written.value(), approvals);
        QCOMPARE(reported, approvals);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), approvals + 2); // header, rows, and the empty rest after the last
        const int newestApproval = (count - 1) / 2 * 2; // even entries are approvals
        const QByteArray newest = ",entry " + QByteArray::number(newestApproval) + '\r';
        QVERIFY(lines.at(1).endsWith(newest));
        QSet<QByteArray> unique(lines.cbegin(), lines.cend());
        QCOMPARE(unique.size(), lines.size());
    }

private:
    User user(const QString &name) const { return m_library->users().byName(name).value(); }

    static Status statusOf(const Result<User> &result)
    {
        return result ? Status() : Status(result.error());
    }

    // The audit entries whose action starts with prefix, newest first.
    QList<AuditRow> auditOf(const QString &prefix) const
    {
        QList<AuditRow> rows;
        for (const AuditRow &row : m_library->history().auditLog({}).value()) {
            if (row.entry.action.startsWith(prefix) && row.entry.action.startsWith(u"user."_s))
                rows.append(row);
        }
        return rows;
    }

    // Four entries a to d a day apart from 2026-03-02 (a on 03-01), one article.
    qint64 addAuditSample()
    {
        Article a;
        a.title = u"扶贫一线报道"_s;
        a.channelId = m_library->channels().all().value().constFirst().id;
        const qint64 article = m_library->articles().create(a, user(u"林晓"_s).id).value();
        // Remove the "create" entry from the sample's view: it is today, far after the sample.
        const QDateTime day = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        const qint64 chief = user(u"北风"_s).id;
        const qint64 editor = user(u"林晓"_s).id;
        const QList<AuditEntry> entries {
                {0, day, chief, u"approve"_s, 0, u"a"_s},
                {0, day.addDays(1), editor, u"save"_s, article, u"b"_s},
                {0, day.addDays(2), chief, u"approve"_s, 0, u"c, 扶贫"_s},
                {0, day.addDays(3), editor, u"submit"_s, 0, u"d"_s},
        };
        for (const AuditEntry &entry : entries)
            m_library->history().audit(entry).value();
        m_library->database().execute(u"DELETE FROM audit_log WHERE action = 'create'"_s).ok();
        return article;
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_created = 0;
    std::unique_ptr<Library> m_library;
};

QTEST_GUILESS_MAIN(TestPeople)
#include "tst_people.moc"
