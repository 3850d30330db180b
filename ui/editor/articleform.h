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
class Library;
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
    // Offers the photos of body as cover images (labelled from library's media; may be null).
    void updateCoverChoices(const QString &body, Library *library);
    // Fills the summary from the opening of body (canonical HTML), as one undo step; false
    // when the body has no text.
    bool suggestSummary(const QString &body);
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
    QList<qint64> m_coverIds;
};

} // namespace Newsdesk
