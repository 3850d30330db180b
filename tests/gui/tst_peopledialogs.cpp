#include "common/dialogs.h"
#include "config/settings.h"
#include "demo/demonewsroom.h"
#include "library/auditlogmodel.h"
#include "library/librarysession.h"
#include "mainwindow/mainwindow.h"
#include "people/adduserdialog.h"
#include "people/auditlogdialog.h"
#include "people/signindialog.h"
#include "people/usersdialog.h"
#include "storage/library.h"
#include "testlibrary.h"
#include "typing.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// The people dialogs driven offscreen on a demo library: signing in (a wrong password, then
// the right one), the user manager adding a chief editor, the audit log's filters and CSV.
class TestPeopleDialogs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_path = Test::createLibrary(m_dir, u"demo-%1.newsdesk"_s.arg(++m_created), true, 5);
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings-%1.ini"_s.arg(m_created)));
        m_session = std::make_unique<LibrarySession>(*m_settings);
        QVERIFY(m_session->open(m_path));
    }

    void cleanup()
    {
        SignInDialog::clearAutoAnswer();
        m_session.reset();
        m_settings.reset();
    }

    void signIn_wrongThenRightPassword()
    {
        // Nobody remembered: the first editor without a password is signed in.
        QCOMPARE(m_session->currentUser()->name, u"林晓"_s);
        SignInDialog dialog(*m_session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseUser(dialog.userBox(), u"林晓"_s);
        QVERIFY(!dialog.passwordEdit()->isEnabled());
        chooseUser(dialog.userBox(), DemoNewsroom::ChiefEditor);
        QVERIFY(dialog.passwordEdit()->isEnabled());
        QVERIFY(dialog.userBox()->currentText().contains(Roles::displayName(Role::Chief)));

        QTest::keyClicks(dialog.passwordEdit(), u"not-the-password"_s);
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().contains(u"Wrong password"_s), qPrintable(dialog.errorText()));
        QCOMPARE(m_session->currentUser()->name, u"林晓"_s);

        QSignalSpy changed(m_session.get(), &LibrarySession::currentUserChanged);
        dialog.passwordEdit()->clear();
        QTest::keyClicks(dialog.passwordEdit(), DemoNewsroom::DemoPassword);
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_session->currentUser()->name, DemoNewsroom::ChiefEditor);
        QCOMPARE(m_settings->userForLibrary(m_session->location()), DemoNewsroom::ChiefEditor);
    }

    void window_remembersChiefSignedOut_andAsks()
    {
        QVERIFY(m_session->signIn(DemoNewsroom::ChiefEditor, DemoNewsroom::DemoPassword));
        m_session->close();
        // The remembered chief editor has a password: the library opens with nobody signed in
        // and the window asks (answered here through the seam).
        MainWindow window(*m_session, *m_settings);
        window.show();
        SignInDialog::setAutoAnswer(DemoNewsroom::ChiefEditor, DemoNewsroom::DemoPassword);
        QVERIFY(m_session->open(m_path));
        QVERIFY(!m_session->currentUser());
        QTRY_VERIFY(m_session->currentUser().has_value());
        QCOMPARE(m_session->currentUser()->name, DemoNewsroom::ChiefEditor);
        QVERIFY(window.findChild<QLabel *>(u"status.user"_s)->text().contains(
                DemoNewsroom::ChiefEditor));
        QAction *users = window.findChild<QAction *>(u"action.library.users"_s);
        QAction *audit = window.findChild<QAction *>(u"action.library.auditLog"_s);
        QVERIFY(!users->isEnabled()); // chief editors do not manage users
        QVERIFY(audit->isEnabled());

        SignInDialog::setAutoAnswer(u"admin"_s, DemoNewsroom::DemoPassword);
        window.findChild<QAction *>(u"action.file.switchUser"_s)->trigger();
        QCOMPARE(m_session->currentUser()->name, u"admin"_s);
        QVERIFY(users->isEnabled());
        SignInDialog::setAutoAnswer(u"林晓"_s, QString());
        window.findChild<QAction *>(u"action.file.switchUser"_s)->trigger();
        QVERIFY(!users->isEnabled());
        QVERIFY(!audit->isEnabled());
    }

    void usersDialog_addsAChiefWithAPassword()
    {
        QVERIFY(m_session->signIn(u"admin"_s, DemoNewsroom::DemoPassword));
        UsersDialog dialog(*m_session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QString firstError;
        QTimer::singleShot(0, this, [&] {
            auto *add = qobject_cast<AddUserDialog *>(QApplication::activeModalWidget());
            QVERIFY(add);
            Test::typeText(add->nameEdit(), u"老陈"_s);
            add->roleBox()->setCurrentIndex(add->roleBox()->findData(u"chief"_s));
            clickOk(add);
            firstError = add->errorText(); // a chief editor needs a password
            QVERIFY(add->isVisible());
            QTest::keyClicks(add->passwordEdit(), u"laochen-pw-1"_s);
            QTest::keyClicks(add->confirmEdit(), u"laochen-pw-1"_s);
            clickOk(add);
        });
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"users.add"_s), Qt::LeftButton);
        QVERIFY2(firstError.contains(u"need a password"_s), qPrintable(firstError));
        const User chen = m_session->library()->users().byName(u"老陈"_s).value();
        QCOMPARE(chen.role, Role::Chief);
        QVERIFY(chen.hasPassword);
        QTableWidget *table = dialog.table();
        const QList<QTableWidgetItem *> found = table->findItems(u"老陈"_s, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        QCOMPARE(table->item(found.first()->row(), UsersDialog::RoleColumn)->text(),
                 Roles::displayName(Role::Chief));
        QCOMPARE(table->item(found.first()->row(), UsersDialog::PasswordColumn)->text(), u"Set"_s);

        // Refusals are shown as UserAdmin words them: nobody deactivates themselves.
        QVERIFY(dialog.select(u"admin"_s));
        Dialogs::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"users.active"_s), Qt::LeftButton);
        QVERIFY2(Dialogs::lastMessage().contains(u"your own account"_s),
                 qPrintable(Dialogs::lastMessage()));
        QVERIFY(m_session->library()->users().byName(u"admin"_s).value().active);
    }

    void auditLog_filtersAndExportsCsv()
    {
        QVERIFY(m_session->signIn(DemoNewsroom::ChiefEditor, DemoNewsroom::DemoPassword));
        Library &library = *m_session->library();
        const qint64 chief = m_session->currentUser()->id;
        const int approvals = AuditLogModel::PageSize + 50;
        QVERIFY(library.database().transaction([&]() -> Status {
            for (int i = 0; i < approvals; ++i) {
                Result<qint64> id = library.history().audit(
                        {0, {}, chief, u"approve"_s, 0, u"审核 %1, \"通过\""_s.arg(i)});
                if (!id)
                    return id.error();
            }
            return {};
        }));
        AuditLogDialog dialog(*m_session);
        QAbstractItemModelTester tester(dialog.model());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.model()->rowCount() > 0);

        const int approve = dialog.actionBox()->findData(u"approve"_s);
        QVERIFY(approve > 0);
        QCOMPARE(dialog.actionBox()->itemText(approve), u"Approve"_s);
        QCOMPARE(dialog.actionBox()->itemData(approve, Qt::ToolTipRole).toString(), u"approve"_s);
        dialog.actionBox()->setCurrentIndex(approve);
        QVERIFY(dialog.model()->rowCount() > 0);
        for (int row = 0; row < dialog.model()->rowCount(); ++row)
            QCOMPARE(dialog.model()->rowAt(row).entry.action, u"approve"_s);
        // A page at a time: more only when asked (the view asks as it scrolls).
        AuditLogModel lazy;
        QAbstractItemModelTester lazyTester(&lazy);
        QVERIFY(lazy.setFilter(&library, dialog.filter()));
        QCOMPARE(lazy.rowCount(), AuditLogModel::PageSize);
        QVERIFY(lazy.canFetchMore({}));
        lazy.fetchMore({});
        QVERIFY(lazy.rowCount() > AuditLogModel::PageSize);
        QCOMPARE(lazy.rowAt(AuditLogModel::PageSize).entry.id + 1,
                 lazy.rowAt(AuditLogModel::PageSize - 1).entry.id);
        const QModelIndex action = dialog.model()->index(0, AuditLogModel::ActionColumn);
        QCOMPARE(action.data().toString(), u"Approve"_s);
        QCOMPARE(action.data(Qt::ToolTipRole).toString(), u"approve"_s);

        Test::typeText(dialog.textEdit(), u"审核 7"_s); // 7 and 70-79
        QTRY_COMPARE(dialog.model()->rowCount(), 11);
        const QString csv = m_dir.filePath(u"audit-%1.csv"_s.arg(m_created));
        Dialogs::setNextPath(csv);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"audit.export"_s), Qt::LeftButton);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), 12);
        QVERIFY(bytes.contains(u",北风,approve,,,\"审核 7, \"\"通过\"\"\"\r\n"_s.toUtf8()));

        // Everything the filters select, not only the loaded page.
        dialog.textEdit()->clear();
        dialog.applyFilter(); // without waiting for the typing pause
        AuditFilter all = dialog.filter();
        all.limit = 0;
        const qsizetype selected = library.history().auditLog(all).value().size();
        QVERIFY(selected > approvals);
        Dialogs::setNextPath(csv);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"audit.export"_s), Qt::LeftButton);
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), selected + 1);
    }

private:
    static void chooseUser(QComboBox *box, const QString &name)
    {
        for (int i = 0; i < box->count(); ++i) {
            if (box->itemText(i).startsWith(name + u" ("_s)) {
                box->setCurrentIndex(i);
                return;
            }
        }
        QFAIL(qPrintable(u"no %1 in the list"_s.arg(name)));
    }

    static void clickOk(QDialog *dialog)
    {
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_created = 0;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LibrarySession> m_session;
};

QTEST_MAIN(TestPeopleDialogs)
#include "tst_peopledialogs.moc"
