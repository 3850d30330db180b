#include "config/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {
struct Message
{
    QString context;
    QString source;
    bool finished = false;
};

// Reads the messages of a Qt Linguist .ts file.
QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inTranslation = false;
    bool translationHasText = false;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name"_s) {
                context = xml.readElementText();
            } else if (xml.name() == u"message"_s) {
                current = {context, {}, false};
            } else if (xml.name() == u"source"_s) {
                current.source = xml.readElementText();
            } else if (xml.name() == u"translation"_s) {
                const QString type = xml.attributes().value(u"type"_s).toString();
                unfinished = !type.isEmpty();
                inTranslation = true;
                translationHasText = true;
            } else if (xml.name() == u"numerusform"_s && inTranslation) {
                translationHasText = translationHasText && !xml.readElementText().isEmpty();
                continue;
            }
        } else if (xml.isCharacters() && inTranslation && xml.text().trimmed().isEmpty()) {
            // whitespace between numerus forms
        } else if (xml.isEndElement() && xml.name() == u"translation"_s) {
            inTranslation = false;
        } else if (xml.isEndElement() && xml.name() == u"message"_s) {
            current.finished = !unfinished && translationHasText;
            messages.append(current);
        }
    }
    return messages;
}
} // namespace

// The Chinese translation is complete for every string in the sources, and the shipped
// translations load and apply.
class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zhCN_everyMessageIsTranslated()
    {
        const QList<Message> messages =
                readTs(QStringLiteral(NEWSDESK_TS_DIR) + u"/newsdesk_zh_CN.ts"_s);
        QVERIFY(messages.size() > 100);
        QStringList missing;
        for (const Message &m : messages) {
            if (!m.finished)
                missing.append(m.context + u": "_s + m.source);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void zhCN_coversEveryStringOfTheSources()
    {
        const QString lupdate = QStringLiteral(NEWSDESK_LUPDATE);
        if (!QFile::exists(lupdate))
            QSKIP("lupdate is not installed");
        QTemporaryDir dir;
        const QString fresh = dir.filePath(u"fresh.ts"_s);
        const QString root = QStringLiteral(NEWSDESK_SOURCE_DIR);
        QProcess process;
        process.start(lupdate,
                      {u"-silent"_s, u"-locations"_s, u"none"_s, root + u"/model"_s,
                       root + u"/ui"_s, root + u"/app"_s, u"-ts"_s, fresh});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        QSet<QString> translated;
        for (const Message &m : readTs(QStringLiteral(NEWSDESK_TS_DIR) + u"/newsdesk_zh_CN.ts"_s))
            translated.insert(m.context + u'\x1f' + m.source);
        QStringList untranslated;
        for (const Message &m : readTs(fresh)) {
            if (!translated.contains(m.context + u'\x1f' + m.source))
                untranslated.append(m.context + u": "_s + m.source);
        }
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(u"Run the update_translations target and translate:\n"_s
                            + untranslated.join(u'\n')));
    }

    void install_zhCN_translatesTheInterface()
    {
        QVERIFY(Translations::install(*QCoreApplication::instance(), u"zh_CN"_s));
        QCOMPARE(QCoreApplication::translate("Newsdesk::ArticleStatus", "Draft"), u"草稿"_s);
        QCOMPARE(QCoreApplication::translate("Newsdesk::ArticleFlag", "Headline"), u"头条"_s);
        QCOMPARE(QCoreApplication::translate("Newsdesk::Role", "Chief editor"), u"责任编辑"_s);
    }

    void install_en_usesEnglishPlurals()
    {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QVERIFY(Translations::install(*QCoreApplication::instance(), u"en"_s));
        QCOMPARE(QCoreApplication::translate("Newsdesk::MainWindow", "%n article(s)", nullptr, 1),
                 u"1 article"_s);
        QCOMPARE(QCoreApplication::translate("Newsdesk::MainWindow", "%n article(s)", nullptr, 3),
                 u"3 articles"_s);
        QCOMPARE(QCoreApplication::translate("Newsdesk::ArticleStatus", "Draft"), u"Draft"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
