#include "common/dialogs.h"
#include "config/settings.h"
#include "demo/demonewsroom.h"
#include "library/librarysession.h"
#include "mainwindow/mainwindow.h"
#include "settings/sitesettingsdialog.h"
#include "storage/library.h"
#include "testlibrary.h"

#include <QAction>
#include <algorithm>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {
bool copyFolder(const QString &from, const QString &to)
{
    QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    for (const QString &name : source.entryList(QDir::Files))
        if (!QFile::copy(source.filePath(name), QDir(to).filePath(name)))
            return false;
    for (const QString &name : source.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (!copyFolder(source.filePath(name), QDir(to).filePath(name)))
            return false;
    return true;
}

// QTest::keyClicks handles ASCII only; this types any text, one key event per character.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(data) == data.size();
}
} // namespace

// The Site Settings dialog, offscreen: real widgets, the theme chooser answered through the
// Dialogs seam, and what a save leaves in the library.
class TestSiteSettingsDialog final : public QObject
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
        m_path = Test::createLibrary(m_dir, u"site-%1.newsdesk"_s.arg(++m_created), true, 5);
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
        m_session = std::make_unique<LibrarySession>(*m_settings);
        QVERIFY(m_session->open(m_path));
        // Site settings are an administrator's.
        m_session->setCurrentUser(m_session->library()->users().byName(u"admin"_s).value());
        m_dialog = std::make_unique<SiteSettingsDialog>(*m_session);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_session.reset();
        m_settings.reset();
    }

    void open_showsTheLibrarysSettings()
    {
        QCOMPARE(field<QLineEdit>(u"siteSettings.name"_s)->text(), u"老辰光"_s);
        QCOMPARE(field<QLineEdit>(u"siteSettings.baseUrl"_s)->text(),
                 u"https://www.laochenguang.example/"_s);
        QCOMPARE(field<QComboBox>(u"siteSettings.language"_s)->currentText(), u"zh-CN"_s);
        QVERIFY(field<QPlainTextEdit>(u"siteSettings.footer"_s)
                        ->toPlainText()
                        .contains(u"老辰光"_s));
        QCOMPARE(field<QLineEdit>(u"siteSettings.theme"_s)->text(), QString());
        QCOMPARE(field<QListWidget>(u"siteSettings.adSlots"_s)->count(), 3);
        QCOMPARE(field<QLineEdit>(u"siteSettings.slotKey"_s)->text(), u"sidebar"_s);
        QVERIFY(field<QLabel>(u"siteSettings.themeStatus"_s)->text().contains(u"default"_s));
    }

    // Every label with a mnemonic names its field, so Alt+letter reaches it and the "&" is
    // not shown.
    void labels_everyMnemonicHasABuddy()
    {
        const QList<QLabel *> labels = m_dialog->findChildren<QLabel *>();
        int withMnemonic = 0;
        for (const QLabel *label : labels) {
            if (!label->text().contains(u'&'))
                continue;
            ++withMnemonic;
            QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        QVERIFY(withMnemonic >= 5);
        const QWidget *language = field<QComboBox>(u"siteSettings.language"_s);
        const bool found = std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *l) {
            return l->buddy() == language;
        });
        QVERIFY(found);
    }

    void editFields_save_persistsInTheLibrary()
    {
        replaceText(u"siteSettings.name"_s, u"新闻台"_s);
        replaceText(u"siteSettings.baseUrl"_s, u"https://news.example.org"_s);
        QComboBox *language = field<QComboBox>(u"siteSettings.language"_s);
        language->lineEdit()->selectAll();
        typeText(language->lineEdit(), u"en"_s);
        QCOMPARE(field<QLabel>(u"siteSettings.languageName"_s)->text(), u"English"_s);
        QPlainTextEdit *footer = field<QPlainTextEdit>(u"siteSettings.footer"_s);
        footer->selectAll();
        typeText(footer, u"© News"_s);

        // A new ad slot, and the sidebar's HTML with a script that saving removes.
        QTest::mouseClick(field<QPushButton>(u"siteSettings.addSlot"_s), Qt::LeftButton);
        typeText(field<QLineEdit>(u"siteSettings.slotKey"_s), u"footer-ad"_s);
        typeText(field<QLineEdit>(u"siteSettings.slotName"_s), u"页脚"_s);
        typeText(field<QPlainTextEdit>(u"siteSettings.slotContent"_s), u"<p>Ad</p>"_s);
        QListWidget *list = field<QListWidget>(u"siteSettings.adSlots"_s);
        QCOMPARE(list->count(), 4);
        QCOMPARE(list->item(3)->text(), u"footer-ad — 页脚"_s);
        list->setCurrentRow(0);
        typeText(field<QPlainTextEdit>(u"siteSettings.slotContent"_s),
                 u"<script>alert(1)</script>"_s);

        Dialogs::setNextAnswer(QMessageBox::Ok);
        clickSave();
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY2(Dialogs::lastMessage().contains(u"sidebar: "_s),
                 qPrintable(Dialogs::lastMessage()));

        m_session->close();
        std::unique_ptr<Library> reopened = Test::openLibrary(m_path);
        const SiteSettings s = reopened->site().settings().value();
        QCOMPARE(s.name, u"新闻台"_s);
        QCOMPARE(s.baseUrl, u"https://news.example.org/"_s);
        QCOMPARE(s.language, u"en"_s);
        QCOMPARE(s.footer, u"© News"_s);
        const QList<AdSlot> slots = reopened->site().adSlots().value();
        QCOMPARE(slots.size(), 4);
        QVERIFY(!slots.first().content.contains(u"script"_s));
        QCOMPARE(slots.last().key, u"footer-ad"_s);
        QCOMPARE(slots.last().content, u"<p>Ad</p>"_s);
    }

    void badBaseUrlOrLanguage_isShownAndRefused()
    {
        replaceText(u"siteSettings.baseUrl"_s, u"ftp://example.com/"_s);
        clickSave();
        QVERIFY(m_dialog->isVisible());
        QVERIFY2(m_dialog->problem().contains(u"ftp://example.com/"_s),
                 qPrintable(m_dialog->problem()));
        replaceText(u"siteSettings.baseUrl"_s, u"https://example.com/"_s);
        QComboBox *language = field<QComboBox>(u"siteSettings.language"_s);
        language->lineEdit()->selectAll();
        typeText(language->lineEdit(), u"zh_TW"_s);
        clickSave();
        QVERIFY(m_dialog->isVisible());
        QVERIFY2(m_dialog->problem().contains(u"zh-TW"_s), qPrintable(m_dialog->problem()));
        QCOMPARE(m_session->library()->site().settings().value().language, u"zh-CN"_s);
    }

    void brokenThemeFolder_showsFileAndLineAndIsRefused()
    {
        const QString theme = m_dir.filePath(u"theme-%1"_s.arg(m_created));
        QVERIFY(copyFolder(QStringLiteral(NEWSDESK_THEME_DIR), theme));
        const QString article = QDir(theme).filePath(u"templates/article.mustache"_s);
        QFile original(article);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray good = original.readAll();
        original.close();
        QVERIFY(writeFile(article, "<!DOCTYPE html>\n<p>{{site.name}}</p>\n{{#article}}\n"));

        Dialogs::setNextPath(theme);
        QTest::mouseClick(field<QPushButton>(u"siteSettings.chooseTheme"_s), Qt::LeftButton);
        const QString expected = QDir(theme).filePath(u"templates/article.mustache"_s)
                + u", line 3: the section \"article\" is never closed"_s;
        QVERIFY2(field<QLabel>(u"siteSettings.themeStatus"_s)->text().contains(expected),
                 qPrintable(field<QLabel>(u"siteSettings.themeStatus"_s)->text()));
        clickSave();
        QVERIFY(m_dialog->isVisible());
        QVERIFY2(m_dialog->problem().contains(expected), qPrintable(m_dialog->problem()));
        QCOMPARE(m_session->library()->site().settings().value().theme, QString());

        // Mended, the same folder is accepted and stored.
        QVERIFY(writeFile(article, good));
        clickSave();
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_session->library()->site().settings().value().theme, theme);

        // Default goes back to the built-in theme.
        QTest::mouseClick(field<QPushButton>(u"siteSettings.defaultTheme"_s), Qt::LeftButton);
        QCOMPARE(field<QLineEdit>(u"siteSettings.theme"_s)->text(), QString());
    }

    void libraryMenuAction_opensTheDialogAndSaves()
    {
        m_dialog.reset();
        MainWindow window(*m_session, *m_settings);
        window.show();
        QAction *action = window.findChild<QAction *>(u"action.library.siteSettings"_s);
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QVERIFY(window.findChild<QMenu *>(u"menu.library"_s)->actions().contains(action));
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SiteSettingsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *name = dialog->findChild<QLineEdit *>(u"siteSettings.name"_s);
            name->setText(u"菜单改名"_s);
            dialog->accept();
            answered = true;
        });
        action->trigger();
        QVERIFY(answered);
        QCOMPARE(m_session->library()->site().settings().value().name, u"菜单改名"_s);
    }

private:
    template<typename T>
    T *field(const QString &name) const
    {
        T *widget = m_dialog->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

    void replaceText(const QString &name, const QString &text)
    {
        QLineEdit *edit = field<QLineEdit>(name);
        edit->selectAll();
        typeText(edit, text);
        QCOMPARE(edit->text(), text);
    }

    void clickSave()
    {
        QPushButton *save =
                field<QDialogButtonBox>(u"siteSettings.buttons"_s)->button(QDialogButtonBox::Save);
        QTest::mouseClick(save, Qt::LeftButton);
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_created = 0;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LibrarySession> m_session;
    std::unique_ptr<SiteSettingsDialog> m_dialog;
};

QTEST_MAIN(TestSiteSettingsDialog)
#include "tst_sitesettingsdialog.moc"
