#pragma once

#include "editor/articledocument.h"
#include "editor/articlefield.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QWidget;

namespace Newsdesk {

class OptionalDateTimeEdit;

// Connects the widgets of the metadata form to the fields of an article document: what the
// person changes goes to the document as an undo command, and what the document changes (undo,
// redo, a restored article) comes back to the widget. A widget that already shows the value
// is left alone, so typing is never disturbed by its own echo. The widgets leave Undo and Redo
// to the editor, which keeps one history for all of them.
class FieldBinder final : public QObject
{
    Q_OBJECT

public:
    explicit FieldBinder(QObject *parent = nullptr);

    void setDocument(ArticleDocument *document);
    ArticleDocument *document() const { return m_document; }

    void bindText(QLineEdit *edit, ArticleField field);
    void bindTags(QLineEdit *edit);
    void bindPlainText(QPlainTextEdit *edit, ArticleField field);
    void bindNumber(QSpinBox *spin, ArticleField field);
    void bindCheck(QCheckBox *check, ArticleField field);
    void bindTime(OptionalDateTimeEdit *edit, ArticleField field);
    // Anything else: show is called with the field's value whenever it changes.
    void bindView(ArticleField field, const std::function<void(const QVariant &)> &show);

    // Changes a field of the document (nothing without one).
    void change(ArticleField field, const QVariant &value);

    // The widget shows the field (when bound to one), for messages that point at a field.
    QWidget *widgetFor(ArticleField field) const { return m_widgets.value(field); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fieldChanged(ArticleField field, const QVariant &value);
    void watch(QWidget *widget, ArticleField field);

    QPointer<ArticleDocument> m_document;
    QHash<ArticleField, QList<std::function<void(const QVariant &)>>> m_views;
    QHash<ArticleField, QWidget *> m_widgets;
};

} // namespace Newsdesk
