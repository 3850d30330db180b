#pragma once

#include <QTextEdit>

class QTextFrame;

namespace Newsdesk {

// The QTextEdit of the body editor. It never lets Qt insert outside content itself: everything
// pasted or dropped is handed to insertRequested() (the body editor cleans it and inserts it);
// copying writes canonical article HTML; Enter after a heading, rule, page break or figure image
// starts an ordinary paragraph; double-clicking a figure asks for the figure dialog.
class BodyTextEdit final : public QTextEdit
{
    Q_OBJECT

public:
    explicit BodyTextEdit(QWidget *parent = nullptr);

    // The figure frame at pos (or the cursor), or nullptr.
    static QTextFrame *figureAt(const QTextCursor &cursor);

Q_SIGNALS:
    // Synchronous: the handler reads source before the call returns.
    void insertRequested(const QMimeData *source);
    void figureActivated(QTextFrame *figure);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    QMimeData *createMimeDataFromSelection() const override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    bool handleEnter();
};

} // namespace Newsdesk
