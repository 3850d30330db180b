#pragma once

#include "core/article.h"
#include "editor/versioncompareview.h"

#include <QDialog>

#include <optional>

namespace Newsdesk {

// Shown when saving finds that someone else saved the article since it was opened: their
// version and yours side by side. The person merges what they need from theirs into the editor
// by hand and overwrites (theirs stays in the article's revisions), saves their own text as a
// new article beside theirs, or goes back to editing. Their text is never lost.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Overwrite, SaveCopy, Cancel };

    ConflictDialog(const Article &theirs, const Article &mine,
                   const VersionCompareView::ChannelName &channelName, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }

    // Shows the dialog (or takes the answer set by setNextChoice) and returns the choice.
    static Choice ask(QWidget *parent, const Article &theirs, const Article &mine,
                      const VersionCompareView::ChannelName &channelName = {});
    // Test seam: the next ask() returns choice without showing anything.
    static void setNextChoice(Choice choice);

private:
    Choice m_choice = Choice::Cancel;
};

} // namespace Newsdesk
