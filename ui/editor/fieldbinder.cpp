#include "fieldbinder.h"

#include "common/tagcompleter.h"
#include "editor/articledocument.h"
#include "editor/optionaldatetimeedit.h"

#include <QCheckBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace Newsdesk {

FieldBinder::FieldBinder(QObject *parent)
    : QObject(parent)
{
}

void FieldBinder::setDocument(ArticleDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (!m_document)
        return;
    connect(m_document, &ArticleDocument::fieldChanged, this, &FieldBinder::fieldChanged);
    for (auto it = m_views.cbegin(); it != m_views.cend(); ++it)
        fieldChanged(it.key(), m_document->value(it.key()));
}

void FieldBinder::change(ArticleField field, const QVariant &value)
{
    if (m_document)
        m_document->change(field, value);
}

void FieldBinder::fieldChanged(ArticleField field, const QVariant &value)
{
    const auto views = m_views.value(field);
    for (const auto &show : views)
        show(value);
}

void FieldBinder::bindView(ArticleField field, const std::function<void(const QVariant &)> &show)
{
    m_views[field].append(show);
}

void FieldBinder::watch(QWidget *widget, ArticleField field)
{
    m_widgets.insert(field, widget);
    widget->installEventFilter(this);
    const QList<QWidget *> children = widget->findChildren<QWidget *>();
    for (QWidget *child : children)
        child->installEventFilter(this);
}

void FieldBinder::bindText(QLineEdit *edit, ArticleField field)
{
    watch(edit, field);
    connect(edit, &QLineEdit::textEdited, this,
            [this, field](const QString &text) { change(field, text); });
    connect(edit, &QLineEdit::editingFinished, this, [this] {
        if (m_document)
            m_document->breakMerge();
    });
    bindView(field, [edit](const QVariant &value) {
        if (edit->text() != value.toString()) {
            edit->setText(value.toString());
            // A long title shows its beginning, not its end, until someone edits it.
            if (!edit->hasFocus())
                edit->home(false);
        }
    });
}

void FieldBinder::bindTags(QLineEdit *edit)
{
    watch(edit, ArticleField::Tags);
    connect(edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        change(ArticleField::Tags, TagCompleter::tagsOf(text));
    });
    // The completer inserts a tag without textEdited.
    connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
        change(ArticleField::Tags, TagCompleter::tagsOf(edit->text()));
        if (m_document)
            m_document->breakMerge();
    });
    bindView(ArticleField::Tags, [edit](const QVariant &value) {
        const QStringList tags = value.toStringList();
        if (TagCompleter::tagsOf(edit->text()) != tags) {
            edit->setText(tags.join(QStringLiteral(", ")));
            if (!edit->hasFocus())
                edit->home(false);
        }
    });
}

void FieldBinder::bindPlainText(QPlainTextEdit *edit, ArticleField field)
{
    watch(edit, field);
    edit->setUndoRedoEnabled(false);
    connect(edit, &QPlainTextEdit::textChanged, this,
            [this, edit, field] { change(field, edit->toPlainText()); });
    bindView(field, [edit](const QVariant &value) {
        if (edit->toPlainText() != value.toString()) {
            const QSignalBlocker blocker(edit);
            edit->setPlainText(value.toString());
        }
    });
}

void FieldBinder::bindNumber(QSpinBox *spin, ArticleField field)
{
    watch(spin, field);
    connect(spin, &QSpinBox::valueChanged, this,
            [this, field](int value) { change(field, value); });
    bindView(field, [spin](const QVariant &value) {
        if (spin->value() != value.toInt()) {
            const QSignalBlocker blocker(spin);
            spin->setValue(value.toInt());
        }
    });
}

void FieldBinder::bindCheck(QCheckBox *check, ArticleField field)
{
    watch(check, field);
    connect(check, &QCheckBox::toggled, this, [this, field](bool on) { change(field, on); });
    bindView(field, [check](const QVariant &value) {
        const QSignalBlocker blocker(check);
        check->setChecked(value.toBool());
    });
}

void FieldBinder::bindTime(OptionalDateTimeEdit *edit, ArticleField field)
{
    watch(edit, field);
    connect(edit, &OptionalDateTimeEdit::dateTimeChanged, this,
            [this, field](const QDateTime &time) { change(field, time); });
    bindView(field, [edit](const QVariant &value) {
        if (edit->dateTime() != value.toDateTime())
            edit->setDateTime(value.toDateTime());
    });
}

bool FieldBinder::eventFilter(QObject *watched, QEvent *event)
{
    // Leave Undo and Redo to the editor's actions instead of the widget's own history: not
    // accepting the override lets the window's shortcuts take the key.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_Y)) {
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Newsdesk
