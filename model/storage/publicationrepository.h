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
    // Every media row without its bytes, by id.
    Result<QList<Media>> mediaIndex() const;

private:
    struct Links;
    Result<Links> links() const;

    Database &m_database;
};

} // namespace Newsdesk
