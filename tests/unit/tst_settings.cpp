#include "config/settings.h"
#include "config/translations.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// The typed settings: defaults, persistence, the recent list and change signals.
class TestSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void defaults_whenFileIsNew()
    {
        Settings settings(m_dir.filePath(u"new.ini"_s));
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.lastLibrary(), QString());
        QVERIFY(settings.recentLibraries().isEmpty());
        QVERIFY(settings.bytes(Settings::Key::MainWindowGeometry).isEmpty());
    }

    void setValue_persistsAndSignalsOnlyOnChange()
    {
        const QString file = m_dir.filePath(u"persist.ini"_s);
        {
            Settings settings(file);
            QSignalSpy spy(&settings, &Settings::changed);
            settings.setLanguage(u"zh_CN"_s);
            settings.setLanguage(u"zh_CN"_s);
            QCOMPARE(spy.count(), 1);
            QCOMPARE(spy.first().first().value<Settings::Key>(), Settings::Key::Language);
            settings.setValue(Settings::Key::MainWindowGeometry, QByteArray("\x01\x02", 2));
        }
        Settings reopened(file);
        QCOMPARE(reopened.language(), u"zh_CN"_s);
        QCOMPARE(reopened.bytes(Settings::Key::MainWindowGeometry), QByteArray("\x01\x02", 2));
        QSignalSpy spy(&reopened, &Settings::changed);
        reopened.reset(Settings::Key::Language);
        QCOMPARE(reopened.language(), QString());
        QCOMPARE(spy.count(), 1);
    }

    void mediaMaxSide_defaultsAndStaysInRange()
    {
        const QString file = m_dir.filePath(u"media.ini"_s);
        {
            Settings settings(file);
            QCOMPARE(settings.mediaMaxSide(), Settings::DefaultMediaMaxSide);
            QSignalSpy spy(&settings, &Settings::changed);
            settings.setMediaMaxSide(1600);
            QCOMPARE(spy.count(), 1);
            QCOMPARE(settings.mediaMaxSide(), 1600);
            settings.setMediaMaxSide(10);
            QCOMPARE(settings.mediaMaxSide(), Settings::MinMediaMaxSide);
            settings.setMediaMaxSide(1600);
        }
        QCOMPARE(Settings(file).mediaMaxSide(), 1600);
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(u"media/maxSide"_s, u"lots"_s);
        raw.sync();
        QCOMPARE(Settings(file).mediaMaxSide(), Settings::DefaultMediaMaxSide);
    }

    void recentLibraries_mostRecentFirstWithoutDuplicatesAndBounded()
    {
        Settings settings(m_dir.filePath(u"recent.ini"_s));
        for (int i = 0; i < Settings::MaxRecentLibraries + 3; ++i)
            settings.noteLibraryOpened(u"/libraries/%1.newsdesk"_s.arg(i));
        settings.noteLibraryOpened(u"/libraries/5.newsdesk"_s);
        const QStringList recent = settings.recentLibraries();
        QCOMPARE(recent.size(), Settings::MaxRecentLibraries);
        QCOMPARE(recent.first(), u"/libraries/5.newsdesk"_s);
        QCOMPARE(recent.count(u"/libraries/5.newsdesk"_s), 1);
        QCOMPARE(settings.lastLibrary(), u"/libraries/5.newsdesk"_s);
        settings.forgetRecentLibrary(u"/libraries/5.newsdesk"_s);
        QVERIFY(!settings.recentLibraries().contains(u"/libraries/5.newsdesk"_s));
        settings.clearRecentLibraries();
        QVERIFY(settings.recentLibraries().isEmpty());
    }

    void userForLibrary_isRememberedPerLibrary()
    {
        Settings settings(m_dir.filePath(u"users.ini"_s));
        settings.setUserForLibrary(u"/a.newsdesk"_s, u"北风"_s);
        settings.setUserForLibrary(u"/b.newsdesk"_s, u"林晓"_s);
        QCOMPARE(settings.userForLibrary(u"/a.newsdesk"_s), u"北风"_s);
        QCOMPARE(settings.userForLibrary(u"/b.newsdesk"_s), u"林晓"_s);
        QCOMPARE(settings.userForLibrary(u"/c.newsdesk"_s), QString());
    }

    void exportTarget_isRememberedPerLibraryAndPersists()
    {
        const QString file = m_dir.filePath(u"export.ini"_s);
        {
            Settings settings(file);
            QCOMPARE(settings.exportTarget(u"/a.newsdesk"_s), QString());
            QSignalSpy spy(&settings, &Settings::changed);
            settings.setExportTarget(u"/a.newsdesk"_s, u"/srv/www/site"_s);
            settings.setExportTarget(u"/b.newsdesk"_s, u"/tmp/站点.zip"_s);
            settings.setExportTarget(u"/b.newsdesk"_s, u"/tmp/站点.zip"_s);
            QCOMPARE(spy.count(), 2);
            QCOMPARE(spy.first().first().value<Settings::Key>(), Settings::Key::ExportTargets);
        }
        Settings reopened(file);
        QCOMPARE(reopened.exportTarget(u"/a.newsdesk"_s), u"/srv/www/site"_s);
        QCOMPARE(reopened.exportTarget(u"/b.newsdesk"_s), u"/tmp/站点.zip"_s);
        QCOMPARE(reopened.exportTarget(u"/c.newsdesk"_s), QString());
        reopened.setExportTarget(u"/a.newsdesk"_s, QString());
        QCOMPARE(reopened.exportTarget(u"/a.newsdesk"_s), QString());
        QCOMPARE(reopened.exportTarget(u"/b.newsdesk"_s), u"/tmp/站点.zip"_s);
    }

    void translations_resolve_prefersSettingThenSystem()
    {
        QCOMPARE(Translations::resolve(u"zh_CN"_s), u"zh_CN"_s);
        QCOMPARE(Translations::resolve(u"en"_s), u"en"_s);
        const QString fallback = Translations::resolve(u"klingon"_s);
        QVERIFY(fallback == u"zh_CN"_s || fallback == u"en"_s);
        QCOMPARE(Translations::available().first().code, u"zh_CN"_s);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
