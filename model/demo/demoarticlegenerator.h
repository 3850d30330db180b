#pragma once

#include "core/article.h"
#include "core/result.h"
#include "demo/demonewsroom.h"
#include "demo/demotext.h"

#include <QDateTime>
#include <QHash>

namespace Newsdesk {

class Library;

// Generates the demo library's articles: spread over every channel (weighted), every workflow
// state and the trash, with tags, flags, sources, authors, photos, multi-page bodies, review
// comments and audit entries, in Chinese and some English. Deterministic apart from the anchor
// time, which is the moment of generation so the demo looks current.
class DemoArticleGenerator final
{
public:
    static Result<DemoArticleGenerator> create(Library &library, DemoNewsroom &newsroom);

    // Adds generated article number index (0-based).
    Status add(int index);
    // Indexes for search what add() has not indexed yet; call after the last add().
    Status finish();

private:
    struct Plan
    {
        ArticleStatus status = ArticleStatus::Draft;
        bool trashed = false;
    };

    DemoArticleGenerator(Library &library, DemoNewsroom &newsroom, DemoText text);
    Plan planFor(int index);
    const DemoNewsroom::ChannelRef &channelFor(int index);
    QString body(DemoText::Language language, const QString &scope, qint64 photoId,
                 const QString &photoCaption);
    void schedule(Article &article, const Plan &plan);
    void decorate(Article &article, const Plan &plan, bool picture);
    Status recordHistory(const Article &article, const Plan &plan, qint64 editorId);
    QDateTime ago(qint64 minSeconds, qint64 maxSeconds);

    Library *m_library = nullptr;
    DemoNewsroom *m_newsroom = nullptr;
    DemoText m_text;
    QDateTime m_anchor;
    int m_totalWeight = 0;
    bool m_headlineDone = false;
    QString m_lead; // plain text of the last generated body's first paragraph
    QHash<qint64, QString> m_captions;
    QList<Article> m_unindexed; // indexed for search in batches, see add()
};

} // namespace Newsdesk
