#include "config/settings.h"
#include "demo/demolibrary.h"
#include "library/connectdialog.h"
#include "library/librarysession.h"
#include "mainwindow/mainwindow.h"
#include "people/signindialog.h"
#include "postgresserver.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/serverlogins.h"
#include "storage/serverlocation.h"
#include "typing.h"
#include "workflow/passwords.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {
const QString DatabaseName = u"newsroom"_s;
const QString Editor = u"林晓"_s;
const QString EditorPassword = u"s3cret-林"_s;
const QString Chief = u"北风"_s;
const QString ChiefPassword = u"n0rth-风"_s;
} // namespace

// Connecting the desktop to a newsroom server (issue 8): a real PostgreSQL server of Debian's
// packages, a library in it, and login roles named like the library's people. The connect
// dialog signs the login in without the sign-in dialog, says a refused password in place with
// everything typed kept, and the recent list and settings never hold a password.
class TestConnectDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Only what the test types counts: no password from the environment or ~/.pgpass.
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
        QVERIFY(m_dir.isValid());
        m_watch.setInterval(10);
        m_watch.callOnTimeout(this, [this] {
            if (auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget())) {
                m_signInShown = true;
                dialog->reject();
            }
        });
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY2(m_server.createDatabase(DatabaseName), qPrintable(m_server.error()));
        const Status created = Library::create(m_server.url(DatabaseName), [](Library &library) {
            return DemoLibrary::populateEmpty(library, u"admin"_s);
        });
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
        Result<std::unique_ptr<Library>> owner = Library::open(m_server.url(DatabaseName));
        QVERIFY(owner);
        // 林晓 has a Newsdesk password too: connecting as 林晓, the server's check is the one
        // that counts and the sign-in dialog does not ask again.
        addPerson(*owner.value(), Editor, EditorPassword, Role::Editor, u"app-password-1"_s);
        addPerson(*owner.value(), Chief, ChiefPassword, Role::Chief, u"app-password-2"_s);
    }

    void init()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings-%1.ini"_s.arg(++m_count)));
        m_session = std::make_unique<LibrarySession>(*m_settings);
        m_signInShown = false;
    }

    void cleanup()
    {
        m_watch.stop();
        m_session.reset();
        m_settings.reset();
    }

    void openPostgres_refusedLogin_isUnauthenticated_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("says");
        QTest::newRow("wrong") << u"not-it-at-all"_s << u"did not accept"_s;
        QTest::newRow("missing") << QString() << u"needs the password"_s;
    }

    void openPostgres_refusedLogin_isUnauthenticated()
    {
        QFETCH(QString, password);
        QFETCH(QString, says);
        ServerLocation server = serverAs(Editor, password);
        const Result<std::unique_ptr<Newsdesk::Database>> refused =
                Database::openPostgres(server.url(ServerLocation::Password::Include));
        QVERIFY(!refused);
        const QString message = refused.error().message();
        QCOMPARE(refused.error().kind(), Error::Kind::Unauthenticated);
        QVERIFY2(message.contains(Editor) && message.contains(u"127.0.0.1"_s)
                         && message.contains(says),
                 qPrintable(message));
        QVERIFY(password.isEmpty() || !message.contains(password));
        // Another failure (a database that is not there) is not about the password.
        server.database = u"missing"_s;
        server.password = EditorPassword;
        const Result<std::unique_ptr<Newsdesk::Database>> missing =
                Database::openPostgres(server.url(ServerLocation::Password::Include));
        QVERIFY(!missing);
        QVERIFY(missing.error().kind() != Error::Kind::Unauthenticated);
        QVERIFY(!missing.error().message().contains(EditorPassword));
    }

    void connect_withThePassword_signsInTheLoginWithoutAsking()
    {
        MainWindow window(*m_session, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        watchForSignIn();
        bool filled = false;
        whenModal(u"connectDialog"_s, [&](QWidget *widget) {
            auto *dialog = qobject_cast<ConnectDialog *>(widget);
            fill(dialog, Editor, EditorPassword);
            filled = true;
            clickConnect(dialog);
        });
        window.findChild<QAction *>(u"action.library.connect"_s)->trigger();
        QVERIFY(filled);

        const QString url = serverAs(Editor).url();
        QCOMPARE(m_session->location(), url);
        QVERIFY(m_session->currentUser());
        QCOMPARE(m_session->currentUser()->name, Editor);
        QTest::qWait(100); // the window would ask for a sign-in from a queued call
        QVERIFY(!m_signInShown);
        QVERIFY2(window.windowTitle().startsWith(u"林晓@127.0.0.1:%1/newsroom"_s.arg(m_server.port())),
                 qPrintable(window.windowTitle()));

        // Remembered without the password, wherever it is kept.
        QCOMPARE(m_settings->recentLibraries().value(0), url);
        QCOMPARE(m_settings->lastServer(), url);
        QVERIFY(!m_session->location().contains(EditorPassword));
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("127.0.0.1"));
        QVERIFY(!written.contains(EditorPassword.toUtf8()));
        QVERIFY(!written.contains(QUrl::toPercentEncoding(EditorPassword)));
        // The preview's and the export's connections need the password, in memory only.
        QCOMPARE(ServerLocation::parse(m_session->connectionLocation())->password, EditorPassword);
    }

    void connect_wrongPassword_keepsEverythingTyped()
    {
        ConnectDialog dialog(*m_settings,
                             [this](const QString &url) { return m_session->open(url); });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        fill(&dialog, Editor, u"wrong-password"_s);
        clickConnect(&dialog);

        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!m_session->library());
        const QString error = dialog.errorText();
        QVERIFY2(error.contains(Editor) && error.contains(u"127.0.0.1"_s), qPrintable(error));
        QVERIFY(!error.contains(u"wrong-password"_s));
        QCOMPARE(dialog.hostEdit()->text(), u"127.0.0.1"_s);
        QCOMPARE(dialog.portBox()->value(), m_server.port());
        QCOMPARE(dialog.databaseEdit()->text(), DatabaseName);
        QCOMPARE(dialog.userEdit()->text(), Editor);
        QCOMPARE(dialog.passwordEdit()->text(), u"wrong-password"_s);
        QTRY_COMPARE(QApplication::focusWidget(), dialog.passwordEdit());
        QCOMPARE(dialog.passwordEdit()->selectedText(), u"wrong-password"_s);
        // A failed attempt is not remembered.
        QVERIFY(m_settings->lastServer().isEmpty());
        QVERIFY(m_settings->recentLibraries().isEmpty());

        // The right one then connects, from the same dialog.
        Test::typeText(dialog.passwordEdit(), EditorPassword);
        clickConnect(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_session->currentUser()->name, Editor);
    }

    void dialog_fieldsAreLabelledAndInTabOrder()
    {
        m_settings->setLastServer(serverAs(Editor).url());
        ConnectDialog dialog(*m_settings, [](const QString &) { return Status(); });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // Remembered: everything but the password, which has the focus.
        QCOMPARE(dialog.hostEdit()->text(), u"127.0.0.1"_s);
        QCOMPARE(dialog.portBox()->value(), m_server.port());
        QCOMPARE(dialog.userEdit()->text(), Editor);
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
        QTRY_COMPARE(QApplication::focusWidget(), dialog.passwordEdit());

        const QList<QWidget *> order = {dialog.hostEdit(), dialog.portBox(),
                                        dialog.databaseEdit(), dialog.userEdit(),
                                        dialog.passwordEdit()};
        for (QWidget *field : order)
            QVERIFY2(!field->accessibleName().isEmpty(), qPrintable(field->objectName()));
        dialog.hostEdit()->setFocus();
        for (qsizetype i = 1; i < order.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            // The spin box's line edit has the focus inside it.
            QVERIFY2(focus == order.at(i) || focus->parentWidget() == order.at(i),
                     qPrintable(order.at(i)->objectName()));
        }
        dialog.userEdit()->clear();
        QVERIFY(!dialog.findChild<QPushButton *>(u"connect.connect"_s)->isEnabled());
    }

    void recentServer_asksForThePassword()
    {
        MainWindow window(*m_session, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(m_session->open(serverAs(Editor, EditorPassword).url(ServerLocation::Password::Include)));
        m_session->close();
        const QString recent = m_settings->recentLibraries().value(0);
        QCOMPARE(recent, serverAs(Editor).url());

        watchForSignIn();
        QString asked;
        whenModal(u"connectDialog"_s, [&](QWidget *widget) {
            auto *dialog = qobject_cast<ConnectDialog *>(widget);
            // Filled in from the recent entry, with why it asks.
            asked = dialog->errorText();
            QCOMPARE(dialog->userEdit()->text(), Editor);
            QCOMPARE(dialog->databaseEdit()->text(), DatabaseName);
            QVERIFY(dialog->passwordEdit()->text().isEmpty());
            Test::typeText(dialog->passwordEdit(), EditorPassword);
            clickConnect(dialog);
        });
        QAction *first = window.findChild<QAction *>(u"action.library.recent.1"_s);
        QVERIFY(first);
        first->trigger();
        QVERIFY2(asked.contains(u"needs the password"_s), qPrintable(asked));
        QCOMPARE(m_session->location(), recent);
        QCOMPARE(m_session->currentUser()->name, Editor);
        QTest::qWait(100);
        QVERIFY(!m_signInShown);
    }

    void switchUser_onServer_connectsAsSomeoneElse()
    {
        MainWindow window(*m_session, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLibrary(serverAs(Editor, EditorPassword).url(ServerLocation::Password::Include)));
        QCOMPARE(m_session->currentUser()->name, Editor);

        watchForSignIn();
        whenModal(u"connectDialog"_s, [&](QWidget *widget) {
            auto *dialog = qobject_cast<ConnectDialog *>(widget);
            QCOMPARE(dialog->hostEdit()->text(), u"127.0.0.1"_s);
            // The user name is selected: typing replaces it.
            QCOMPARE(dialog->userEdit()->selectedText(), Editor);
            Test::typeText(dialog->userEdit(), Chief);
            Test::typeText(dialog->passwordEdit(), ChiefPassword);
            clickConnect(dialog);
        });
        window.findChild<QAction *>(u"action.file.switchUser"_s)->trigger();
        QCOMPARE(m_session->currentUser()->name, Chief);
        QCOMPARE(m_session->location(), serverAs(Chief).url());
        QTest::qWait(100);
        QVERIFY(!m_signInShown);
    }

    void ownerLogin_withoutUsersRow_signsInAsOnAFile()
    {
        // The database's owner is nobody in the library: the usual sign-in decides. The
        // person remembered for it has a Newsdesk password, so nobody is signed in and the
        // window would ask; that password then signs them in.
        const QString owner = m_server.url(DatabaseName);
        m_settings->setUserForLibrary(owner, Chief);
        QVERIFY(m_session->open(owner));
        QCOMPARE(m_session->location(), owner);
        QVERIFY(!m_session->currentUser());
        QCOMPARE(m_session->rememberedUser(), Chief);
        QVERIFY(!m_session->signIn(Chief, ChiefPassword)); // the server's is not the app's
        QVERIFY(m_session->signIn(Chief, u"app-password-2"_s));
        QCOMPARE(m_session->currentUser()->name, Chief);
        QCOMPARE(ServerLogins(m_session->library()->database()).sessionLogin().value(),
                 Test::PostgresServer::superuser());
    }

private:
    ServerLocation serverAs(const QString &user, const QString &password = {}) const
    {
        ServerLocation server;
        server.host = u"127.0.0.1"_s;
        server.port = m_server.port();
        server.database = DatabaseName;
        server.user = user;
        server.password = password;
        return server;
    }

    static void addPerson(Library &library, const QString &name, const QString &serverPassword,
                          Role role, const QString &appPassword)
    {
        // The person's server login, in their role's group (as `newsdesk users add` makes it).
        const Status login = ServerLogins(library.database()).create(name, role, serverPassword);
        QVERIFY2(login, qPrintable(login ? QString() : login.error().message()));
        const Result<QString> hash = Passwords::hash(appPassword);
        QVERIFY(hash);
        const Result<qint64> added = library.users().add(name, role, hash.value());
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message()));
    }

    void fill(ConnectDialog *dialog, const QString &user, const QString &password)
    {
        QVERIFY(dialog);
        dialog->hostEdit()->setText(u"127.0.0.1"_s);
        dialog->portBox()->setValue(m_server.port());
        dialog->databaseEdit()->setText(DatabaseName);
        dialog->userEdit()->clear();
        Test::typeText(dialog->userEdit(), user);
        dialog->passwordEdit()->clear();
        Test::typeText(dialog->passwordEdit(), password);
    }

    static void clickConnect(ConnectDialog *dialog)
    {
        QPushButton *connect = dialog->findChild<QPushButton *>(u"connect.connect"_s);
        QVERIFY(connect && connect->isEnabled());
        QTest::mouseClick(connect, Qt::LeftButton);
    }

    // Calls act with the modal dialog named name once it shows (from inside its exec()).
    void whenModal(const QString &name, const std::function<void(QWidget *)> &act)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(10);
        connect(timer, &QTimer::timeout, this, [timer, name, act] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal->objectName() != name)
                return;
            timer->stop();
            timer->deleteLater();
            act(modal);
            // A failed check leaves the dialog open: close it so that the test goes on.
            if (modal->isVisible() && QTest::currentTestFailed())
                qobject_cast<QDialog *>(modal)->reject();
        });
        timer->start();
    }

    // Notes (and closes) a sign-in dialog: connecting as a person must not show one.
    void watchForSignIn() { m_watch.start(); }

    QTemporaryDir m_dir;
    Test::PostgresServer m_server;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LibrarySession> m_session;
    QTimer m_watch;
    bool m_signInShown = false;
    int m_count = 0;
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
