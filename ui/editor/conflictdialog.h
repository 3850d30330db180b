#pragma once

#include "core/article.h"
#include "diff/articlemerge.h"
#include "editor/versioncompareview.h"

#include <QDialog>

#include <optional>

namespace Newsdesk {

// Shown when saving finds that someone else saved the article since it was opened: their
// version and yours side by side. The person merges both (ArticleMerge, from the version both
// started from: each side's changes kept, yours where both changed the same thing), overwrites
// with theirs kept in the article's revisions, saves their own text as a new article beside
// theirs, or goes back to editing. Their text is never lost.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Merge, Overwrite, SaveCopy, Cancel };

    // merge is both sides merged from the version they started from, when that is known.
    ConflictDialog(const Article &theirs, const Article &mine,
                   const VersionCompareView::ChannelName &channelName,
                   const std::optional<ArticleMerge> &merge = {}, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }

    // Shows the dialog (or takes the answer set by setNextChoice) and returns the choice.
    static Choice ask(QWidget *parent, const Article &theirs, const Article &mine,
                      const VersionCompareView::ChannelName &channelName = {},
                      const std::optional<ArticleMerge> &merge = {});
    // Test seam: the next ask() returns choice without showing anything.
    static void setNextChoice(Choice choice);

private:
    // The translated names of fields, as a list ("Title and Body").
    static QString fieldNames(const QStringList &keys);

    Choice m_choice = Choice::Cancel;
    QWidget *m_mergeNote = nullptr;
};

} // namespace Newsdesk
