#include "common/dialogs.h"
#include "config/settings.h"
#include "demo/demonewsroom.h"
#include "import/importdialog.h"
#include "import/importreportview.h"
#include "library/librarysession.h"
#include "mainwindow/mainwindow.h"
#include "storage/library.h"
#include "testlibrary.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {
void writeFile(const QString &path, const QByteArray &bytes)
{
    QVERIFY2(Test::writeFile(path, bytes), qPrintable(path));
}
} // namespace

// The Import dialog, offscreen: sources added through the file choosers' seam, a dry run and
// an import driven by its buttons, the report and its rows, cancelling, and the menu action.
class TestImportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = Test::createLibrary(m_dir, u"import.newsdesk"_s, true, 5);
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
        m_session = std::make_unique<LibrarySession>(*m_settings);
        QVERIFY(m_session->open(m_path));
        m_session->setCurrentUser(m_session->library()->users().byName(u"林晓"_s).value());
        QVERIFY(m_source.isValid());
        for (int i = 0; i < 6; ++i)
            writeFile(m_source.filePath(u"folder/%1.txt"_s.arg(i)),
                      u"对话框导入的第%1篇\n\n正文。\n"_s.arg(i).toUtf8());
        writeFile(m_source.filePath(u"single.txt"_s), "单独选中的稿件\n\n正文。\n");
    }

    void sources_addedAndRemoved()
    {
        ImportDialog dialog(*m_session);
        auto *start = field<QPushButton>(dialog, u"import.start"_s);
        QVERIFY(!start->isEnabled()); // nothing to import yet
        Dialogs::setNextPath(m_source.filePath(u"folder"_s));
        field<QPushButton>(dialog, u"import.addFolder"_s)->click();
        Dialogs::setNextPath(m_source.filePath(u"single.txt"_s));
        field<QPushButton>(dialog, u"import.addFiles"_s)->click();
        QCOMPARE(dialog.paths(),
                 (QStringList {m_source.filePath(u"folder"_s), m_source.filePath(u"single.txt"_s)}));
        QVERIFY(start->isEnabled());
        // The same path twice is one source.
        dialog.addPaths({m_source.filePath(u"single.txt"_s)});
        QCOMPARE(dialog.paths().size(), 2);
        auto *list = field<QListWidget>(dialog, u"import.sources"_s);
        list->setCurrentRow(1);
        field<QPushButton>(dialog, u"import.remove"_s)->click();
        QCOMPARE(dialog.paths(), QStringList {m_source.filePath(u"folder"_s)});
    }

    void dryRun_thenImport_showReportsAndOpenArticles()
    {
        ImportDialog dialog(*m_session);
        dialog.show();
        dialog.addPaths({m_source.filePath(u"folder"_s)});
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        const qint64 before = m_session->library()->articles().count().value();

        field<QPushButton>(dialog, u"import.check"_s)->click();
        QVERIFY(dialog.isRunning());
        QVERIFY(field<QPushButton>(dialog, u"import.cancel"_s)->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 20000);
        QVERIFY2(dialog.message().contains(u"Dry run"_s), qPrintable(dialog.message()));
        QCOMPARE(dialog.report().count(ImportReport::Outcome::Imported), 6);
        QCOMPARE(imported.count(), 0);
        QCOMPARE(m_session->library()->articles().count().value(), before);
        auto *report = field<ImportReportView>(dialog, u"import.report"_s);
        QVERIFY(report->isVisible());
        QCOMPARE(report->topLevelItemCount(), 6);
        QCOMPARE(report->topLevelItem(0)->text(ImportReportView::OutcomeColumn),
                 u"would import"_s);

        auto *channel = field<QComboBox>(dialog, u"import.channel"_s);
        channel->setCurrentIndex(channel->findText(u"热点"_s, Qt::MatchContains));
        QVERIFY(channel->currentData().toLongLong() > 0);
        field<QCheckBox>(dialog, u"import.submit"_s)->setChecked(true);
        field<QPushButton>(dialog, u"import.start"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 20000);
        QCOMPARE(imported.count(), 1);
        QVERIFY2(dialog.message().startsWith(u"Imported 6"_s), qPrintable(dialog.message()));
        QCOMPARE(m_session->library()->articles().count().value(), before + 6);
        const qint64 id = dialog.report().entries.first().articleId;
        const Article article = m_session->library()->articles().byId(id).value();
        QCOMPARE(article.channelId, channel->currentData().toLongLong());
        QCOMPARE(article.status, ArticleStatus::Submitted);

        QSignalSpy open(&dialog, &ImportDialog::openArticle);
        QTreeWidgetItem *row = report->topLevelItem(0);
        QCOMPARE(row->text(ImportReportView::ArticleColumn), u"#%1"_s.arg(id));
        Q_EMIT report->itemActivated(row, 0);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toLongLong(), id);
    }

    void cancel_stopsAndSaysSo()
    {
        QTemporaryDir many;
        for (int i = 0; i < 200; ++i)
            writeFile(many.filePath(u"%1.txt"_s.arg(i)), u"取消测试%1\n\n正文。\n"_s.arg(i).toUtf8());
        ImportDialog dialog(*m_session);
        dialog.show();
        dialog.addPaths({many.path()});
        QVERIFY(dialog.start(false));
        dialog.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 20000);
        QVERIFY(dialog.report().cancelled);
        QVERIFY(dialog.report().entries.size() < 200);
        QVERIFY2(dialog.message().contains(u"Cancelled"_s), qPrintable(dialog.message()));
        QVERIFY(field<QPushButton>(dialog, u"import.start"_s)->isEnabled());
    }

    void mainWindow_libraryMenu_opensTheDialog()
    {
        MainWindow window(*m_session, *m_settings);
        auto *action = window.findChild<QAction *>(u"action.library.import"_s);
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        bool seen = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = window.findChild<ImportDialog *>(u"importDialog"_s);
            seen = dialog && dialog->isVisible();
            if (dialog)
                dialog->reject();
        });
        action->trigger();
        QVERIFY(seen);
    }

private:
    template<typename T>
    static T *field(QObject &dialog, const QString &name)
    {
        T *widget = dialog.findChild<T *>(name);
        if (!widget)
            QTest::qFail(qPrintable(u"no %1"_s.arg(name)), __FILE__, __LINE__);
        return widget;
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_source;
    QString m_path;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LibrarySession> m_session;
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
