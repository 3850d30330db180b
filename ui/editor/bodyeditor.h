#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QTextDocument;
class QTextEdit;

namespace Newsdesk {

class Library;

// The rich-text body of an article (interim: a plain QTextEdit; the full editor replaces it).
class BodyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit BodyEditor(QWidget *parent = nullptr);
    void setLibrary(Library *library); // media lookup and storage; may be null
    void setCanonicalHtml(const QString &html); // a stored body: clears undo, unmodified
    QString canonicalHtml() const; // the body as canonical article HTML
    bool isModified() const;
    void setModified(bool modified);
    QTextDocument *document() const;
    QTextEdit *textEdit() const; // focus, tests
    QList<QAction *> formatActions() const; // for the host's Format menu

Q_SIGNALS:
    void contentsChanged(); // every edit
    void noticeRequested(const QString &text); // e.g. what a paste removed; the host shows it

private:
    QTextEdit *m_edit = nullptr;
    Library *m_library = nullptr;
};

} // namespace Newsdesk
