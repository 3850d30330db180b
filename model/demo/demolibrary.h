#pragma once

#include "core/result.h"

#include <QCoreApplication>

#include <functional>

namespace Newsdesk {

class Library;

// Fills a new library: either the bare minimum of an empty newsroom, or the demo newsroom of
// the reference portal (老辰光) with its channel tree, people, settings, the reference article
// and generated articles in every channel and workflow state.
class DemoLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::DemoLibrary)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    static constexpr int DefaultArticleCount = 200;
    static constexpr int MaxArticleCount = 10'000'000;

    // A home channel, default site settings and one administrator called adminName.
    static Status populateEmpty(Library &library, const QString &adminName);
    // The demo newsroom with articleCount generated articles besides the reference article.
    static Status populateDemo(Library &library, int articleCount, const Progress &progress = {});

private:
    static Status addStagedEdit(Library &library);
};

} // namespace Newsdesk
