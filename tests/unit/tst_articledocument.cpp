#include "editor/articledocument.h"
#include "editor/articlevalidator.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// The controller of an open article's metadata: every change an undo command, typing in one
// field one undo step, the modified flag, restore and save; and the validation messages that
// name the field.
class TestArticleDocument final : public QObject
{
    Q_OBJECT

private:
    static Article saved()
    {
        Article a;
        a.id = 7;
        a.title = u"标题"_s;
        a.channelId = 2;
        a.version = 4;
        a.body = u"<p>正文</p>"_s;
        return a;
    }

private Q_SLOTS:
    void typingInOneField_isOneUndoStep()
    {
        ArticleDocument document(saved());
        QSignalSpy changed(&document, &ArticleDocument::fieldChanged);
        for (const QString &text : {u"标题一"_s, u"标题一二"_s, u"标题一二三"_s})
            document.change(ArticleField::Title, text);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(document.undoStack()->count(), 1);
        QVERIFY(document.isModified());
        document.undoStack()->undo();
        QCOMPARE(document.article().title, u"标题"_s);
        QVERIFY(!document.isModified());
        QCOMPARE(changed.last().at(1).toString(), u"标题"_s);
    }

    void otherFieldOrBreak_startsANewStep()
    {
        ArticleDocument document(saved());
        document.change(ArticleField::Title, u"a"_s);
        document.change(ArticleField::Author, u"b"_s);
        document.change(ArticleField::Title, u"ab"_s);
        QCOMPARE(document.undoStack()->count(), 3);
        document.breakMerge();
        document.change(ArticleField::Title, u"abc"_s);
        QCOMPARE(document.undoStack()->count(), 4);
        // Flags and channels are not typed: every change is its own step.
        document.change(ArticleField::Flags, int(ArticleFlag::Headline));
        document.change(ArticleField::Flags, int(ArticleFlag::Headline | ArticleFlag::Slide));
        QCOMPARE(document.undoStack()->count(), 6);
        // Setting the value it has is no change at all.
        document.change(ArticleField::Title, u"abc"_s);
        QCOMPARE(document.undoStack()->count(), 6);
    }

    void typingBackToTheStart_leavesNoStep()
    {
        ArticleDocument document(saved());
        document.change(ArticleField::Title, u"标题x"_s);
        document.change(ArticleField::Title, u"标题"_s);
        QVERIFY(!document.undoStack()->canUndo());
        QVERIFY(!document.isModified());
    }

    void everyFieldRoundTrips()
    {
        ArticleDocument document(saved());
        const QList<std::pair<ArticleField, QVariant>> values = {
                {ArticleField::SecondaryChannels, QVariant::fromValue(QList<qint64> {3, 5})},
                {ArticleField::Tags, QStringList {u"扶贫"_s}},
                {ArticleField::PublishAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC)},
                {ArticleField::Weight, 9},
                {ArticleField::CoverMedia, qint64(11)},
                {ArticleField::TitleBold, true},
        };
        for (const auto &[field, value] : values) {
            document.change(field, value);
            QCOMPARE(document.value(field), value);
        }
        QCOMPARE(document.article().secondaryChannelIds, (QList<qint64> {3, 5}));
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QCOMPARE(document.article().secondaryChannelIds, QList<qint64>());
        QCOMPARE(document.article().weight, 0);
    }

    void restore_isModifiedUntilSaved()
    {
        ArticleDocument document(saved());
        Article recovered = saved();
        recovered.title = u"恢复"_s;
        recovered.body = u"<p>恢复的正文</p>"_s;
        QSignalSpy modified(&document, &ArticleDocument::modifiedChanged);
        document.restore(recovered);
        QVERIFY(document.isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(document.article().title, u"恢复"_s);
        QCOMPARE(document.article().body, u"<p>恢复的正文</p>"_s);
        QVERIFY(!document.undoStack()->canUndo());

        Article stored = document.article();
        stored.version = 5;
        document.markSaved(stored);
        QVERIFY(!document.isModified());
        QCOMPARE(document.saved().version, 5);
        QCOMPARE(document.article().version, 5);
    }

    void validator_namesEachFieldThatIsWrong()
    {
        Article a = saved();
        QVERIFY(ArticleValidator::validate(a).ok());
        a.title = u"  "_s;
        a.flags = ArticleFlag::Redirect;
        a.redirectUrl = u"javascript:alert(1)"_s;
        a.fileName = u"../x.html"_s;
        a.publishAt = QDateTime(QDate(2026, 5, 2), QTime(9, 0), Qt::UTC);
        a.expireAt = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
        a.titleColor = u"red"_s;
        const QList<ArticleValidator::Problem> problems = ArticleValidator::check(a);
        QList<ArticleField> fields;
        for (const auto &problem : problems)
            fields.append(problem.field);
        QCOMPARE(fields,
                 (QList<ArticleField> {ArticleField::Title, ArticleField::TitleColor,
                                       ArticleField::RedirectUrl, ArticleField::ExpireAt,
                                       ArticleField::FileName}));
        const QString message = ArticleValidator::validate(a).error().message();
        for (const QString &name : {u"Title:"_s, u"Redirect URL:"_s, u"javascript:alert(1)"_s,
                                    u"Expiry:"_s, u"File name:"_s, u"../x.html"_s})
            QVERIFY2(message.contains(name), qPrintable(message));
    }

    void validator_redirectAndFileNames_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("redirectOk");
        QTest::addColumn<bool>("fileNameOk");
        QTest::newRow("https") << u"https://example.org/a?b=1"_s << true << false;
        QTest::newRow("site path") << u"/zixun/1.html"_s << true << false;
        QTest::newRow("protocol-relative") << u"//evil.example/"_s << false << false;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false << false;
        QTest::newRow("data") << u"data:text/html,x"_s << false << false;
        QTest::newRow("plain name") << u"fupin-2026.html"_s << false << true;
        QTest::newRow("dots") << u"a..html"_s << false << false;
        QTest::newRow("hidden") << u".htaccess"_s << false << false;
        QTest::newRow("chinese") << u"扶贫.html"_s << false << false;
        QTest::newRow("relative") << u"a/b.html"_s << false << false;
    }

    void validator_redirectAndFileNames()
    {
        QFETCH(QString, value);
        QFETCH(bool, redirectOk);
        QFETCH(bool, fileNameOk);
        QCOMPARE(ArticleValidator::isValidRedirectUrl(value), redirectOk);
        QCOMPARE(ArticleValidator::isValidFileName(value), fileNameOk);
    }
};

QTEST_GUILESS_MAIN(TestArticleDocument)
#include "tst_articledocument.moc"
