#pragma once

#include "core/article.h"
#include "diff/articlediff.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QTextBrowser;
class QToolButton;

namespace Newsdesk {

// The difference between two revisions of an article, for the review queue and the history
// panel: a one-line summary, inline or side-by-side display (ArticleDiff through DiffHtml), and
// whether unchanged fields and unchanged stretches of the body show. The owner hands it two
// articles; the view computes and shows their diff, and keeps it when the display changes.
class RevisionDiffView final : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Inline, SideBySide };

    explicit RevisionDiffView(QWidget *parent = nullptr);

    void setArticles(const Article &before, const QString &beforeLabel, const Article &after,
                     const QString &afterLabel,
                     const std::function<QString(qint64)> &channelName = {});

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    bool showsUnchangedFields() const;
    void setShowUnchangedFields(bool show);
    bool collapsesUnchangedText() const;
    void setCollapseUnchangedText(bool collapse);

    const ArticleDiff &diff() const { return m_diff; }
    QString summaryText() const;
    QTextBrowser *browser() const { return m_browser; }

Q_SIGNALS:
    void modeChanged(Newsdesk::RevisionDiffView::Mode mode);

private:
    QToolButton *modeButton(const QString &objectName, const QString &text, Mode mode);
    void render();
    void updateSummary();

    Mode m_mode = Mode::Inline;
    ArticleDiff m_diff;
    QString m_beforeLabel;
    QString m_afterLabel;
    bool m_hasArticles = false;
    QToolButton *m_inline = nullptr;
    QToolButton *m_sideBySide = nullptr;
    QCheckBox *m_showUnchanged = nullptr;
    QCheckBox *m_collapse = nullptr;
    QLabel *m_summary = nullptr;
    QTextBrowser *m_browser = nullptr;
};

} // namespace Newsdesk
