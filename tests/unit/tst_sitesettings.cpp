#include "core/sitesettingscheck.h"
#include "storage/library.h"
#include "testlibrary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {
SiteSettings validSettings()
{
    SiteSettings s;
    s.name = u"  老辰光  "_s;
    s.baseUrl = u"https://www.laochenguang.example"_s;
    s.language = u"ZH-hans-cn"_s;
    s.footer = u"版权所有\n"_s;
    return s;
}
} // namespace

// Site settings: SiteRepository::save checks, normalises, cleans ad slot HTML and audits.
class TestSiteSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_library = Test::openLibrary(
                Test::createLibrary(m_dir, u"site-%1.newsdesk"_s.arg(++m_created), false));
        QVERIFY(m_library);
    }

    void cleanup() { m_library.reset(); }

    void save_validSettings_areStoredNormalisedAndAudited()
    {
        const QList<AdSlot> slots {{0, u"sidebar"_s, u"侧栏广告位"_s, u"<p>招商</p>"_s, true},
                                   {0, u"banner"_s, QString(), u"<p>横幅</p>"_s, false}};
        Result<SiteRepository::SaveReport> saved =
                m_library->site().save(validSettings(), slots, 1);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message()));
        QVERIFY(saved.value().notices.isEmpty());
        QVERIFY(saved.value().changes.contains(u"site.name"_s));

        const SiteSettings stored = m_library->site().settings().value();
        QCOMPARE(stored.name, u"老辰光"_s);
        QCOMPARE(stored.baseUrl, u"https://www.laochenguang.example/"_s);
        QCOMPARE(stored.language, u"zh-Hans-CN"_s);
        QCOMPARE(stored.footer, u"版权所有"_s);
        QCOMPARE(stored.theme, QString());
        const QList<AdSlot> storedSlots = m_library->site().adSlots().value();
        QCOMPARE(storedSlots.size(), 2);
        QCOMPARE(storedSlots.at(1).name, u"banner"_s); // a missing name becomes the key
        QVERIFY(!storedSlots.at(1).enabled);

        const QString detail = m_library->database()
                                       .scalar(u"SELECT detail FROM audit_log WHERE action = "
                                               u"'site.settings' AND user_id = 1"_s)
                                       .value()
                                       .toString();
        QVERIFY2(detail.contains(u"site.name"_s) && detail.contains(u"sidebar"_s),
                 qPrintable(detail));
    }

    void save_unchanged_writesNothing()
    {
        QVERIFY(m_library->site().save(validSettings(), {}, 1));
        const qint64 entries = auditCount();
        Result<SiteRepository::SaveReport> again = m_library->site().save(validSettings(), {}, 1);
        QVERIFY(again);
        QVERIFY(again.value().changes.isEmpty());
        QCOMPARE(auditCount(), entries);
    }

    void save_adSlotHtml_isCleanedToTheAllowListAndReported()
    {
        const QList<AdSlot> slots {{0, u"sidebar"_s, u"侧栏"_s,
                                    u"<p onclick=\"steal()\">广告</p><script>alert(1)</script>"
                                    u"<iframe src=\"https://ads.example/\"></iframe>"_s,
                                    true}};
        Result<SiteRepository::SaveReport> saved =
                m_library->site().save(validSettings(), slots, 1);
        QVERIFY(saved);
        QCOMPARE(m_library->site().adSlots().value().first().content, u"<p>广告</p>"_s);
        QCOMPARE(saved.value().notices.size(), 1);
        QVERIFY2(saved.value().notices.first().startsWith(u"sidebar: "_s),
                 qPrintable(saved.value().notices.first()));
        QVERIFY(saved.value().notices.first().contains(u"script"_s));
    }

    void save_slotMissingFromTheList_isDeleted()
    {
        QVERIFY(m_library->site().save(validSettings(),
                                       {{0, u"a"_s, u"A"_s, u"<p>a</p>"_s, true},
                                        {0, u"b"_s, u"B"_s, u"<p>b</p>"_s, true}},
                                       1));
        Result<SiteRepository::SaveReport> saved = m_library->site().save(
                validSettings(), {{0, u"b"_s, u"B"_s, u"<p>b</p>"_s, true}}, 1);
        QVERIFY(saved);
        QCOMPARE(saved.value().changes, QStringList {u"ad slot a removed"_s});
        const QList<AdSlot> left = m_library->site().adSlots().value();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().key, u"b"_s);
    }

    void save_badInput_isRefusedNamingTheValue_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty name") << u"name"_s << u"  "_s << u"needs a name"_s;
        QTest::newRow("ftp base URL") << u"baseUrl"_s << u"ftp://example.com/"_s
                                      << u"\"ftp://example.com/\" is not an absolute http"_s;
        QTest::newRow("relative base URL")
                << u"baseUrl"_s << u"www.example.com"_s << u"\"www.example.com\""_s;
        QTest::newRow("script base URL")
                << u"baseUrl"_s << u"javascript:alert(1)"_s << u"javascript:alert(1)"_s;
        QTest::newRow("base URL with query")
                << u"baseUrl"_s << u"https://example.com/?a=1"_s << u"query"_s;
        QTest::newRow("underscore language")
                << u"language"_s << u"zh_CN"_s << u"use a hyphen: zh-CN"_s;
        QTest::newRow("not a language") << u"language"_s << u"Chinese"_s << u"\"Chinese\""_s;
        QTest::newRow("empty language") << u"language"_s << QString() << u"needs a language"_s;
        QTest::newRow("relative theme") << u"theme"_s << u"themes/mine"_s << u"\"themes/mine\""_s;
        QTest::newRow("slot key with spaces") << u"slotKey"_s << u"Side Bar"_s << u"\"Side Bar\""_s;
        QTest::newRow("empty slot key") << u"slotKey"_s << QString() << u"needs a key"_s;
        QTest::newRow("duplicate slot key") << u"duplicate"_s << u"sidebar"_s << u"\"sidebar\""_s;
    }

    void save_badInput_isRefusedNamingTheValue()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        QVERIFY(m_library->site().save(validSettings(), {}, 1));
        const SiteSettings before = m_library->site().settings().value();

        SiteSettings s = validSettings();
        s.name = u"新名字"_s;
        QList<AdSlot> slots {{0, u"sidebar"_s, u"侧栏"_s, u"<p>x</p>"_s, true}};
        if (field == u"name"_s)
            s.name = value;
        else if (field == u"baseUrl"_s)
            s.baseUrl = value;
        else if (field == u"language"_s)
            s.language = value;
        else if (field == u"theme"_s)
            s.theme = value;
        else if (field == u"slotKey"_s)
            slots.first().key = value;
        else
            slots.append(slots.first());

        Result<SiteRepository::SaveReport> saved = m_library->site().save(s, slots, 1);
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind(), Error::Kind::Invalid);
        QVERIFY2(saved.error().message().contains(message), qPrintable(saved.error().message()));
        QCOMPARE(m_library->site().settings().value().name, before.name);
        QVERIFY(m_library->site().adSlots().value().isEmpty());
    }

    void languageTag_isPutInCanonicalCase_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("zh-CN") << u"zh-CN"_s << u"zh-CN"_s;
        QTest::newRow("lower") << u"zh-cn"_s << u"zh-CN"_s;
        QTest::newRow("en") << u"EN"_s << u"en"_s;
        QTest::newRow("script") << u"zh-hant-tw"_s << u"zh-Hant-TW"_s;
        QTest::newRow("numeric region") << u"es-419"_s << u"es-419"_s;
        QTest::newRow("variant") << u"de-CH-1996"_s << u"de-CH-1996"_s;
    }

    void languageTag_isPutInCanonicalCase()
    {
        QFETCH(QString, tag);
        QFETCH(QString, canonical);
        QCOMPARE(SiteSettingsCheck::languageTag(tag).value(), canonical);
    }

private:
    qint64 auditCount()
    {
        return m_library->database()
                .scalar(u"SELECT COUNT(*) FROM audit_log"_s)
                .value()
                .toLongLong();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    int m_created = 0;
};

QTEST_GUILESS_MAIN(TestSiteSettings)
#include "tst_sitesettings.moc"
