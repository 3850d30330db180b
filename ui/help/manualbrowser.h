#pragma once

#include <QTextBrowser>

namespace Newsdesk {

// Shows the user manual's Markdown chapters (docs/manual) as the desktop shows help: links
// between chapters followed in place, "chapter.md#section" scrolled to that heading, web
// links opened in the browser, and screenshots shrunk to the width of the view.
class ManualBrowser final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualBrowser)

public:
    explicit ManualBrowser(QWidget *parent = nullptr);

    // GitHub's anchor for a heading: lower case, spaces as hyphens, punctuation dropped
    // ("Autosave and recovery" → "autosave-and-recovery", "自动保存与恢复" unchanged).
    static QString anchorOf(const QString &heading);
    // The Markdown with lines wrapped between two Chinese characters joined (a line break
    // is a space in Markdown, a stray one in Chinese).
    static QString joinChineseLines(const QString &markdown);
    // Scrolls to the heading whose anchor is fragment; false when there is none.
    bool scrollToHeading(const QString &fragment);

    QVariant loadResource(int type, const QUrl &name) override;
    void doSetSource(const QUrl &name, QTextDocument::ResourceType type) override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void spaceHeadings();
    int imageWidth() const;

    int m_loadedForWidth = 0;
};

} // namespace Newsdesk
