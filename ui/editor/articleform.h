#pragma once

#include "editor/articlefield.h"
#include "editor/editorchoices.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace Newsdesk {

class ArticleDocument;
class FieldBinder;
class PublishingForm;

// The metadata form of the article editor: titles (with colour and bold), tags, people,
// summary and keywords here; channels, flags, times, file name and cover in PublishingForm.
// Every change goes to the document through the FieldBinder, as an undo command.
class ArticleForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleForm(QWidget *parent = nullptr);

    void setDocument(ArticleDocument *document);
    void setChoices(const EditorChoices &choices);
    void setCoverChoices(const QList<CoverChoice> &choices);
    // Moves the focus to the widget of field (after a validation message named it).
    void focusField(ArticleField field);
    QWidget *widgetFor(ArticleField field) const;
    // Whether the front-page flags and the weight can be changed (PublishingForm).
    void setCurationEditable(bool editable);

Q_SIGNALS:
    // The person asked for a summary from the body; the editor answers with the document.
    void suggestSummaryRequested();

private:
    QWidget *buildTitleRow();
    void chooseTitleColor();
    void showTitleColor(const QString &color);
    QLineEdit *lineEdit(const QString &name, ArticleField field);

    FieldBinder *m_binder = nullptr;
    PublishingForm *m_publishing = nullptr;
    QLineEdit *m_title = nullptr;
    QToolButton *m_titleColor = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_editor = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QPushButton *m_suggestSummary = nullptr;
};

} // namespace Newsdesk
