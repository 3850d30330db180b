#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTextDocument;
class QTextEdit;
class QTimer;
class QToolBar;

namespace Newsdesk {

class BodyDocument;
class BodyTextEdit;
class FigureInserter;
class FindBar;
class FormatActions;
class Library;
class PasteController;
class SourceView;

// The article body editor: a rich-text QTextEdit over a BodyDocument (laid out as
// model/document/documentformat.h describes) with a formatting toolbar, safe paste and drop,
// photos as figures, an HTML source view, find and replace, and a status line with 字数. The
// body goes in and out as canonical article HTML (DocumentReader, DocumentWriter).
//
// Shortcuts are active while the focus is inside the editor (find: Ctrl+F, replace: Ctrl+H,
// source view: Ctrl+Alt+U, the rest on formatActions()).
class BodyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit BodyEditor(QWidget *parent = nullptr);
    ~BodyEditor() override;

    void setLibrary(Library *library); // media lookup and storage; may be null
    void setCanonicalHtml(const QString &html); // a stored body: clears undo, unmodified
    QString canonicalHtml() const; // the body as canonical article HTML
    bool isModified() const;
    void setModified(bool modified);
    QTextDocument *document() const;
    QTextEdit *textEdit() const; // focus, tests
    QList<QAction *> formatActions() const; // for the host's Format menu
    // Read-only: the text can be read, searched and copied, not changed (formatting off).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

Q_SIGNALS:
    void contentsChanged(); // every edit
    void noticeRequested(const QString &text); // e.g. what a paste removed; the host shows it

private:
    QToolBar *buildToolBar();
    void toggleSource(bool source);
    void leaveSource(bool force);
    void documentChanged();
    void updateCounts();
    void pasteBusyChanged(bool busy);

    BodyDocument *m_document;
    BodyTextEdit *m_edit;
    SourceView *m_source;
    QStackedWidget *m_stack;
    FormatActions *m_actions;
    FigureInserter *m_figures;
    PasteController *m_paste;
    FindBar *m_findBar;
    QLabel *m_counts;
    QProgressBar *m_progress;
    QAction *m_sourceAction;
    QAction *m_replaceAction = nullptr;
    QAction *m_menuSeparator = nullptr;
    QTimer *m_countTimer;
    Library *m_library = nullptr;
    bool m_loading = false;
    bool m_sourceEdited = false;
    bool m_readOnly = false;
};

} // namespace Newsdesk
