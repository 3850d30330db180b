#pragma once

#include "core/article.h"
#include "core/media.h"
#include "core/result.h"
#include "core/sitearticle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <functional>

namespace Newsdesk {

class Database;

// Reads what a site needs: the articles live on it at a given time, whole or without their
// bodies, and the index of media (without the image bytes). An article is live when it is
// approved or published, outside the trash, its publish time has come and it has not expired.
// Each call is a fixed number of statements, whatever the library's size.
class PublicationRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::PublicationRepository)

public:
    explicit PublicationRepository(Database &database)
        : m_database(database)
    {
    }

    // Every article live at asOf, oldest first (publish time, then id), with tags and
    // secondary channels.
    Result<QList<SiteArticle>> live(const QDateTime &asOf) const;
    // Calls visit with every whole article live at asOf (tags and secondary channels
    // included), in id order, streaming: one article is in memory at a time. Stops at the
    // first failure visit returns.
    Status forEachLive(const QDateTime &asOf,
                       const std::function<Status(const Article &)> &visit) const;
    // The version of an article the site shows: the row when it is what was approved, else
    // (a live article with a staged edit) its approved revision with the row's front-page
    // arrangement. Fails with Error::Kind::Corrupt when that content no longer matches its
    // approval hash: it was changed outside the workflow and must not be published.
    Result<Article> approvedVersion(qint64 id) const;
    // Every media row without its bytes, by id.
    Result<QList<Media>> mediaIndex() const;
    // Withdrawn (撤稿) articles outside the trash, oldest first, without tags and channels
    // beyond the main one: their URLs keep a notice page.
    Result<QList<SiteArticle>> withdrawn() const;

    // An approved article at a version (what an export put on the site).
    struct Exported
    {
        qint64 id = 0;
        int version = 0;
    };
    // Marks the exported articles published: each one still approved and at the version the
    // export rendered gets status published and its next version (so an editor holding the
    // old version sees a conflict instead of saving "approved" over it), and an audit entry
    // "publish" by userId (0: nobody in particular) with detail. Others are left as they are.
    // Returns the ids marked. Call it inside a transaction to tie it to the bundle's commit.
    Result<QList<qint64>> markPublished(const QList<Exported> &articles, qint64 userId,
                                        const QString &detail);

private:
    struct Links;
    Result<Links> links() const;
    // Live articles with a staged edit, as approved, live at asOf, in id order.
    Result<QList<Article>> stagedLive(const QDateTime &asOf) const;
    static Status verify(const Article &article);

    Database &m_database;
};

} // namespace Newsdesk
