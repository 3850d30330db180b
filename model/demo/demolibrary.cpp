#include "demolibrary.h"

#include "demo/demoarticlegenerator.h"
#include "demo/demonewsroom.h"
#include "storage/library.h"
#include "workflow/workflow.h"

using namespace Qt::StringLiterals;

namespace Newsdesk {

Status DemoLibrary::populateEmpty(Library &library, const QString &adminName)
{
    return library.database().transaction([&]() -> Status {
        Channel home;
        home.name = tr("Home");
        if (Result<qint64> id = library.channels().add(home); !id)
            return id.error();
        SiteSettings site;
        site.name = tr("My newsroom");
        site.language = u"zh-CN"_s;
        if (Status s = library.site().setSettings(site); !s)
            return s;
        if (Result<qint64> id = library.users().add(adminName, Role::Admin); !id)
            return id.error();
        return {};
    });
}

Status DemoLibrary::populateDemo(Library &library, int articleCount, const Progress &progress)
{
    if (articleCount < 0 || articleCount > MaxArticleCount) {
        return Error(Error::Kind::Invalid,
                     tr("The number of demo articles must be between 0 and %1, not %2.")
                             .arg(MaxArticleCount)
                             .arg(articleCount));
    }
    return library.database().transaction([&]() -> Status {
        Result<DemoNewsroom> newsroom = DemoNewsroom::create(library);
        if (!newsroom)
            return newsroom.error();
        if (Status s = newsroom.value().addReferenceArticle(); !s)
            return s;
        Result<DemoArticleGenerator> generator =
                DemoArticleGenerator::create(library, newsroom.value());
        if (!generator)
            return generator.error();
        const auto generate = [&]() -> Status {
            for (int i = 0; i < articleCount; ++i) {
                if (Status s = generator.value().add(i); !s)
                    return s;
                if (progress && ((i + 1) % 250 == 0 || i + 1 == articleCount))
                    progress(i + 1, articleCount);
            }
            return generator.value().finish();
        };
        // A large demo builds the list indexes once at the end instead of row by row.
        constexpr int BulkThreshold = 5000;
        const Status generated = articleCount < BulkThreshold
                ? generate()
                : library.database().withIndexesDeferred(u"articles"_s, generate);
        if (!generated)
            return generated;
        return addStagedEdit(library);
    });
}

Status DemoLibrary::addStagedEdit(Library &library)
{
    // The newest published article an editor wrote gets an edit waiting for review, so the
    // review queue shows a staged edit next to new articles: its published version stays
    // live until a chief editor approves the edit.
    Result<QList<ArticleSummary>> published =
            library.articles().list({{}, ArticleStatus::Published, false, -1});
    if (!published)
        return published.error();
    for (const ArticleSummary &summary : published.value()) {
        Result<Article> article = library.articles().byId(summary.id);
        if (!article)
            return article.error();
        Result<User> author = library.users().byId(article.value().createdById);
        if (!author || author.value().role != Role::Editor)
            continue;
        Workflow workflow(library, author.value());
        Article edit = article.value();
        // Demo content is Chinese whatever the interface language, like the rest of it.
        edit.summary += u"（据最新数据更新）"_s;
        edit.body += u"<p>更新：文中数据已于今日再次核实。</p>"_s;
        if (Result<Article> saved = workflow.save(edit); !saved)
            return saved.error();
        if (Result<Article> submitted = workflow.submit(edit.id); !submitted)
            return submitted.error();
        return {};
    }
    return {};
}

} // namespace Newsdesk
