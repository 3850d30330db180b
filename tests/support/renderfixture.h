#pragma once

#include "core/article.h"
#include "core/result.h"

#include <QDateTime>
#include <QString>

class QTemporaryDir;

namespace Newsdesk {
class Library;
}

namespace Newsdesk::Test {

// A small library with fixed content for rendering tests: the demo newsroom's fixed part
// (channel tree, people, settings, ad slots, photos, the reference article) and a handful of
// articles with fixed times, among them a three-page article, a headline with a slide, a
// redirect, and articles that must not show (a draft, an embargoed one, one in the trash).
// 热点 lists five articles a page so that its list pages paginate.
struct RenderFixture
{
    static inline const QDateTime AsOf = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    qint64 referenceId = 0;
    qint64 multiPageId = 0;
    qint64 headlineId = 0;
    qint64 draftId = 0;
    qint64 hotChannelId = 0; // 热点
    QString path;

    static Status populate(Library &library, RenderFixture &ids);
    // Creates the fixture library in dir; fails the current test when that does not work.
    static RenderFixture create(const QTemporaryDir &dir);
    // Adds one more live article to 热点 (publish time after every other).
    static Result<qint64> publishOneMore(Library &library, const RenderFixture &ids);
    // Saves article as it is and pins its approval to what was saved, as a chief editor's
    // approval of the change would: a change to a live article that goes straight to the site.
    static Result<Article> saveApproved(Library &library, const Article &article);
};

} // namespace Newsdesk::Test
