#include "common/dialogs.h"
#include "config/settings.h"
#include "export/exportdialog.h"
#include "export/exportoptions.h"
#include "library/articletablemodel.h"
#include "demo/demonewsroom.h"
#include "library/librarysession.h"
#include "library/libraryview.h"
#include "mainwindow/mainwindow.h"
#include "storage/library.h"
#include "testlibrary.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {
constexpr int ExportTimeoutMs = 120000;

// Every file under root (relative path -> SHA-256).
QMap<QString, QByteArray> hashTree(const QString &root)
{
    QMap<QString, QByteArray> hashes;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        hashes.insert(QDir(root).relativeFilePath(path), Test::fileHash(path));
    }
    return hashes;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}
} // namespace

// Receives what QDesktopServices::openUrl would hand to the desktop (a test seam of Qt's own).
class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

// The Export dialog, offscreen: real widgets driven by clicks and typing, the file choosers
// answered through the Dialogs seam, the export itself run by the real Exporter on the
// dialog's worker thread; the bundle it leaves on disk is checked.
class TestExportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QDesktopServices::setUrlHandler(u"file"_s, &m_urls, "open");
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(u"file"_s); }

    void init()
    {
        m_path = Test::createLibrary(m_dir, u"export-%1.newsdesk"_s.arg(++m_created), true, 60);
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
        m_session = std::make_unique<LibrarySession>(*m_settings);
        QVERIFY(m_session->open(m_path));
        // Exporting is a chief editor's work.
        m_session->setCurrentUser(
                m_session->library()->users().byName(DemoNewsroom::ChiefEditor).value());
        openDialog();
    }

    void cleanup()
    {
        m_dialog.reset();
        m_session.reset();
        m_settings.reset();
        m_urls.urls.clear();
    }

    void exportToFolder_writesTheBundleAndShowsTheSummary()
    {
        const QString target = m_dir.filePath(u"site-%1"_s.arg(m_created));
        QSignalSpy exported(m_dialog.get(), &ExportDialog::exported);
        setTarget(target);
        QVERIFY(field<QRadioButton>(u"export.full"_s)->isChecked());
        QVERIFY(!field<QWidget>(u"export.summary"_s)->isVisible());
        QVERIFY(runExport());

        QCOMPARE(exported.count(), 1);
        const auto summary = exported.first().first().value<ExportSummary>();
        QVERIFY2(m_dialog->message().contains(QDir::toNativeSeparators(target)),
                 qPrintable(m_dialog->message()));
        QVERIFY(field<QWidget>(u"export.summary"_s)->isVisible());
        QVERIFY(field<QPushButton>(u"export.openBundle"_s)->isVisible());
        QVERIFY(!field<QPushButton>(u"export.cancel"_s)->isVisible());

        // The bundle is on disk, and the summary's figures are the bundle's.
        QVERIFY(QFileInfo(QDir(target).filePath(u"index.html"_s)).isFile());
        const QMap<QString, QByteArray> files = hashTree(target);
        QVERIFY(files.size() > summary.articles);
        QCOMPARE(summary.files, files.size());
        // Every file is new; the exporter counts its manifest in files but (for a folder) not
        // among the written pages.
        QVERIFY2(summary.written >= summary.files - 1 && summary.written <= summary.files,
                 qPrintable(u"%1 written of %2"_s.arg(summary.written).arg(summary.files)));
        QCOMPARE(summary.unchanged, 0);
        QVERIFY(summary.articles > 10);
        QVERIFY(summary.bytesWritten > 0);
        QCOMPARE(label(u"export.summary.written"_s), QLocale().toString(summary.written));
        QCOMPARE(label(u"export.summary.unchanged"_s), u"0"_s);
        QCOMPARE(label(u"export.summary.removed"_s), u"0"_s);
        QCOMPARE(label(u"export.summary.articles"_s), QLocale().toString(summary.articles));
        QCOMPARE(label(u"export.summary.published"_s),
                 QLocale().toString(summary.published.size()));
        QCOMPARE(label(u"export.summary.bytes"_s),
                 QLocale().formattedDataSize(summary.bytesWritten));

        // The articles it published are published in the library.
        QVERIFY(!summary.published.isEmpty());
        for (qint64 id : summary.published)
            QCOMPARE(m_session->library()->articles().byId(id).value().status,
                     ArticleStatus::Published);

        // The target is remembered for this library.
        QCOMPARE(m_settings->exportTarget(m_path), target);
        openDialog();
        QCOMPARE(field<QLineEdit>(u"export.target"_s)->text(), QDir::toNativeSeparators(target));

        // Open Bundle opens the folder's front page.
        QVERIFY(runExport());
        QTest::mouseClick(field<QPushButton>(u"export.openBundle"_s), Qt::LeftButton);
        QCOMPARE(m_urls.urls,
                 QList<QUrl> {QUrl::fromLocalFile(QDir(target).filePath(u"index.html"_s))});
    }

    void exportToZip_chosenWithTheZipButton_opensItsFolder()
    {
        const QString zip = m_dir.filePath(u"site-%1.zip"_s.arg(m_created));
        Dialogs::setNextPath(zip);
        QTest::mouseClick(field<QPushButton>(u"export.chooseZip"_s), Qt::LeftButton);
        QCOMPARE(field<QLineEdit>(u"export.target"_s)->text(), QDir::toNativeSeparators(zip));
        QVERIFY(runExport());
        QVERIFY(QFileInfo(zip).isFile());
        QFile file(zip);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(2), QByteArray("PK"));
        QTest::mouseClick(field<QPushButton>(u"export.openBundle"_s), Qt::LeftButton);
        QCOMPARE(m_urls.urls, QList<QUrl> {QUrl::fromLocalFile(m_dir.path())});

        const QString folder = m_dir.filePath(u"chosen-%1"_s.arg(m_created));
        Dialogs::setNextPath(folder);
        QTest::mouseClick(field<QPushButton>(u"export.chooseFolder"_s), Qt::LeftButton);
        QCOMPARE(field<QLineEdit>(u"export.target"_s)->text(), QDir::toNativeSeparators(folder));
    }

    void incrementalRun_afterAFullOne_reportsFilesUnchanged()
    {
        const QString target = m_dir.filePath(u"site-%1"_s.arg(m_created));
        setTarget(target);
        QVERIFY(runExport());
        const QMap<QString, QByteArray> first = hashTree(target);

        chooseIncremental();
        QVERIFY(field<QRadioButton>(u"export.incremental"_s)->isChecked());
        QSignalSpy exported(m_dialog.get(), &ExportDialog::exported);
        QVERIFY(runExport());
        const auto summary = exported.first().first().value<ExportSummary>();
        QVERIFY(summary.incremental);
        QVERIFY2(summary.unchanged > first.size() / 2,
                 qPrintable(u"%1 unchanged of %2"_s.arg(summary.unchanged).arg(first.size())));
        QVERIFY2(summary.written < first.size() / 10,
                 qPrintable(u"%1 written of %2"_s.arg(summary.written).arg(first.size())));
        QCOMPARE(label(u"export.summary.unchanged"_s), QLocale().toString(summary.unchanged));
        QCOMPARE(label(u"export.summary.written"_s), QLocale().toString(summary.written));
    }

    void incrementalRun_intoAnEmptyTarget_saysEverythingWasWritten()
    {
        setTarget(m_dir.filePath(u"fresh-%1"_s.arg(m_created)));
        chooseIncremental();
        QVERIFY(runExport());
        QVERIFY2(m_dialog->message().contains(u"no previous export"_s),
                 qPrintable(m_dialog->message()));
    }

    void cancelRightAfterStart_leavesThePreviousBundleByteIdentical()
    {
        const QString target = m_dir.filePath(u"site-%1"_s.arg(m_created));
        setTarget(target);
        QVERIFY(runExport());
        const QMap<QString, QByteArray> before = hashTree(target);
        QVERIFY(!before.isEmpty());
        const auto beside = [&] {
            QStringList names = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden);
            names.removeIf([&](const QString &name) {
                return !name.contains(QFileInfo(target).fileName());
            });
            return names;
        };
        const QStringList besideBefore = beside();

        QSignalSpy exported(m_dialog.get(), &ExportDialog::exported);
        QTest::mouseClick(field<QPushButton>(u"export.start"_s), Qt::LeftButton);
        QVERIFY(m_dialog->isExporting());
        QPushButton *cancel = field<QPushButton>(u"export.cancel"_s);
        QVERIFY(cancel->isVisible());
        QVERIFY(field<QProgressBar>(u"export.progress"_s)->isVisible());
        QVERIFY(!field<QWidget>(u"export.target"_s)->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isExporting(), ExportTimeoutMs);

        QCOMPARE(exported.count(), 0);
        QVERIFY2(m_dialog->message().contains(u"cancelled"_s), qPrintable(m_dialog->message()));
        QVERIFY2(m_dialog->message().contains(u"stays as it was"_s),
                 qPrintable(m_dialog->message()));
        QCOMPARE(hashTree(target), before);
        // No staging folder or temporary file is left beside the target.
        QCOMPARE(beside(), besideBefore);
        QVERIFY(field<QPushButton>(u"export.start"_s)->isEnabled());
        QVERIFY(field<QWidget>(u"export.target"_s)->isEnabled());
    }

    void badTarget_showsTheErrorNamingThePath()
    {
        // A folder cannot be made under a plain file, not even by root.
        const QString blocker = m_dir.filePath(u"blocker-%1"_s.arg(m_created));
        QVERIFY(writeFile(blocker, "not a folder"));
        const QString target = blocker + u"/site"_s;
        setTarget(target);
        QSignalSpy exported(m_dialog.get(), &ExportDialog::exported);
        QVERIFY(!runExport());
        QCOMPARE(exported.count(), 0);
        QVERIFY2(m_dialog->message().contains(QDir::toNativeSeparators(blocker)),
                 qPrintable(m_dialog->message()));
        QVERIFY(m_dialog->isVisible());
        QVERIFY(!field<QWidget>(u"export.summary"_s)->isVisible());
        QVERIFY(!field<QPushButton>(u"export.openBundle"_s)->isVisible());
        QCOMPARE(QFileInfo(blocker).size(), qint64(12));
    }

    void badFieldsAreRefusedBeforeExporting()
    {
        QTest::mouseClick(field<QPushButton>(u"export.start"_s), Qt::LeftButton);
        QVERIFY(!m_dialog->isExporting());
        QVERIFY(m_dialog->message().contains(u"Choose a folder"_s));

        setTarget(u"relative/site"_s);
        QTest::mouseClick(field<QPushButton>(u"export.start"_s), Qt::LeftButton);
        QVERIFY(!m_dialog->isExporting());
        QVERIFY2(m_dialog->message().contains(u"relative/site"_s), qPrintable(m_dialog->message()));

        setTarget(m_dir.filePath(u"never"_s));
        QTest::keyClicks(field<QLineEdit>(u"export.baseUrl"_s), u"ftp://example.com/"_s);
        QTest::mouseClick(field<QPushButton>(u"export.start"_s), Qt::LeftButton);
        QVERIFY(!m_dialog->isExporting());
        QVERIFY2(m_dialog->message().contains(u"ftp://example.com/"_s),
                 qPrintable(m_dialog->message()));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"never"_s)));
    }

    void keyboard_returnInTheTargetField_exports_escapeCloses()
    {
        const QString target = m_dir.filePath(u"keys-%1"_s.arg(m_created));
        setTarget(target);
        QSignalSpy exported(m_dialog.get(), &ExportDialog::exported);
        QTest::keyClick(field<QLineEdit>(u"export.target"_s), Qt::Key_Return);
        QVERIFY(m_dialog->isExporting());
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, ExportTimeoutMs);
        QVERIFY(QFileInfo(QDir(target).filePath(u"index.html"_s)).isFile());
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QVERIFY(!m_dialog->isVisible());
    }

    void open_showsTheSiteBaseUrl_andEveryMnemonicHasABuddy()
    {
        QVERIFY(label(u"export.siteBaseUrl"_s).contains(u"https://www.laochenguang.example/"_s));
        QCOMPARE(field<QLineEdit>(u"export.baseUrl"_s)->text(), QString());
        // A label's "&" is a shortcut only with a buddy; without one it shows as "&".
        for (const QLabel *label : m_dialog->findChildren<QLabel *>()) {
            if (label->text().contains(u'&'))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
    }

    void closeWhileExporting_asksThenCancelsAndWaits()
    {
        setTarget(m_dir.filePath(u"closing-%1"_s.arg(m_created)));
        QTest::mouseClick(field<QPushButton>(u"export.start"_s), Qt::LeftButton);
        QVERIFY(m_dialog->isExporting());
        // "No": the export goes on and the dialog stays.
        Dialogs::setNextAnswer(QMessageBox::No);
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(m_dialog->isExporting());
        QVERIFY(Dialogs::lastMessage().contains(u"Stop the export"_s));
        // "Yes": it is cancelled, and the dialog closes once the worker has stopped.
        Dialogs::setNextAnswer(QMessageBox::Yes);
        m_dialog->close();
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), ExportTimeoutMs);
        QVERIFY(!m_dialog->isExporting());
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    }

    void libraryMenuAction_exportsAndRefreshesTheLibraryView()
    {
        m_dialog.reset();
        MainWindow window(*m_session, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *action = window.findChild<QAction *>(u"action.library.export"_s);
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QVERIFY(window.findChild<QMenu *>(u"menu.library"_s)->actions().contains(action));

        const QString target = m_dir.filePath(u"menu-%1"_s.arg(m_created));
        QList<qint64> published;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QSignalSpy exported(dialog, &ExportDialog::exported);
            dialog->findChild<QLineEdit *>(u"export.target"_s)->setText(target);
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"export.start"_s), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isExporting(), ExportTimeoutMs);
            QCOMPARE(exported.count(), 1);
            published = exported.first().first().value<ExportSummary>().published;
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"export.close"_s), Qt::LeftButton);
        });
        ArticleTableModel *model = window.libraryView()->articleModel();
        action->trigger();
        QVERIFY(!published.isEmpty());
        QVERIFY(QFileInfo(QDir(target).filePath(u"index.html"_s)).isFile());
        // The list shows them published without a manual refresh.
        for (qint64 id : std::as_const(published)) {
            const QModelIndex index = model->indexOf(id);
            QVERIFY(index.isValid());
            QCOMPARE(index.data(ArticleTableModel::StatusRole).toInt(),
                     int(ArticleStatus::Published));
        }
    }

private:
    void openDialog()
    {
        m_dialog = std::make_unique<ExportDialog>(*m_session, *m_settings);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    // Clicks the radio button on its indicator (its middle may lie beyond its text).
    void chooseIncremental()
    {
        QRadioButton *radio = field<QRadioButton>(u"export.incremental"_s);
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
    }

    void setTarget(const QString &target)
    {
        QLineEdit *edit = field<QLineEdit>(u"export.target"_s);
        edit->clear();
        QTest::keyClicks(edit, QDir::toNativeSeparators(target));
    }

    // Presses Export and waits for the outcome; true when it succeeded.
    bool runExport()
    {
        QSignalSpy exported(m_dialog.get(), &ExportDialog::exported);
        QTest::mouseClick(field<QPushButton>(u"export.start"_s), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return !m_dialog->isExporting(); }, ExportTimeoutMs))
            return false;
        return exported.count() == 1;
    }

    template<typename T>
    T *field(const QString &name) const
    {
        T *widget = m_dialog->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

    QString label(const QString &name) const { return field<QLabel>(name)->text(); }

    QTemporaryDir m_dir;
    QString m_path;
    int m_created = 0;
    UrlCatcher m_urls;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<ExportDialog> m_dialog;
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
