#include "findbar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Newsdesk {

FindBar::FindBar(QTextEdit *edit, QWidget *parent)
    : QWidget(parent)
    , m_edit(edit)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Re&gex"), this))
    , m_wholeWord(new QCheckBox(tr("&Whole word"), this))
    , m_case(new QCheckBox(tr("Match &case"), this))
    , m_status(new QLabel(this))
    , m_replaceRow(new QWidget(this))
{
    setObjectName(u"bodyFindBar"_s);
    m_find->setObjectName(u"findText"_s);
    m_find->setPlaceholderText(tr("Find"));
    m_replace->setObjectName(u"replaceText"_s);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_regex->setObjectName(u"findRegex"_s);
    m_wholeWord->setObjectName(u"findWholeWord"_s);
    m_case->setObjectName(u"findCase"_s);
    m_status->setObjectName(u"findStatus"_s);

    auto *next = new QPushButton(tr("&Next"), this);
    next->setObjectName(u"findNext"_s);
    auto *previous = new QPushButton(tr("&Previous"), this);
    previous->setObjectName(u"findPrevious"_s);
    auto *close = new QToolButton(this);
    close->setObjectName(u"findClose"_s);
    close->setText(tr("Close"));
    auto *replace = new QPushButton(tr("&Replace"), m_replaceRow);
    replace->setObjectName(u"replaceOne"_s);
    auto *all = new QPushButton(tr("Replace &All"), m_replaceRow);
    all->setObjectName(u"replaceAll"_s);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(previous, 0, 1);
    layout->addWidget(next, 0, 2);
    layout->addWidget(m_regex, 0, 3);
    layout->addWidget(m_wholeWord, 0, 4);
    layout->addWidget(m_case, 0, 5);
    layout->addWidget(m_status, 0, 6);
    layout->addWidget(close, 0, 7);
    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replace);
    replaceLayout->addWidget(all);
    layout->addWidget(m_replaceRow, 1, 0, 1, 3);
    layout->setColumnStretch(0, 1);

    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_replace, &QLineEdit::returnPressed, this, [this] { replaceCurrent(); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(replace, &QPushButton::clicked, this, [this] { replaceCurrent(); });
    connect(all, &QPushButton::clicked, this, [this] { replaceAll(); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_edit->setFocus();
    });
    hide();
}

void FindBar::showFind(bool withReplace)
{
    m_replaceRow->setVisible(withReplace);
    show();
    const QString selected = m_edit->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_find->setFocus();
    m_find->selectAll();
}

QRegularExpression FindBar::expression() const
{
    QString pattern =
            m_regex->isChecked() ? m_find->text() : QRegularExpression::escape(m_find->text());
    if (m_wholeWord->isChecked())
        pattern = u"\\b(?:"_s + pattern + u")\\b"_s;
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!m_case->isChecked())
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(pattern, options);
}

QTextDocument::FindFlags FindBar::findFlags() const
{
    // QTextDocument::find() sets the expression's case option from this flag.
    return m_case->isChecked() ? QTextDocument::FindCaseSensitively : QTextDocument::FindFlags();
}

void FindBar::setStatus(const QString &text)
{
    m_status->setText(text);
}

bool FindBar::findNext(bool backward)
{
    const QRegularExpression re = expression();
    if (m_find->text().isEmpty())
        return false;
    if (!re.isValid()) {
        setStatus(tr("Invalid expression: %1").arg(re.errorString()));
        return false;
    }
    const QTextDocument::FindFlags flags =
            backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    QTextDocument *document = m_edit->document();
    QTextCursor found = document->find(re, m_edit->textCursor(), flags);
    if (found.isNull() || !found.hasSelection()) {
        QTextCursor wrap(document);
        if (backward)
            wrap.movePosition(QTextCursor::End);
        found = document->find(re, wrap, flags);
    }
    if (found.isNull() || !found.hasSelection()) {
        setStatus(tr("Not found"));
        return false;
    }
    setStatus({});
    m_edit->setTextCursor(found);
    return true;
}

bool FindBar::selectionMatches(const QRegularExpression &expression) const
{
    const QString selected = m_edit->textCursor().selectedText();
    if (selected.isEmpty())
        return false;
    const QRegularExpressionMatch match = expression.match(selected);
    return match.hasMatch() && match.capturedStart() == 0
            && match.capturedLength() == selected.size();
}

QString FindBar::replacementFor(const QString &matched, const QRegularExpression &expression) const
{
    if (!m_regex->isChecked())
        return m_replace->text();
    QString replaced = matched;
    return replaced.replace(expression, m_replace->text());
}

bool FindBar::replaceCurrent()
{
    const QRegularExpression re = expression();
    if (m_edit->isReadOnly() || !re.isValid() || m_find->text().isEmpty())
        return false;
    if (selectionMatches(re)) {
        QTextCursor cursor = m_edit->textCursor();
        cursor.insertText(replacementFor(cursor.selectedText(), re));
        m_edit->setTextCursor(cursor);
    }
    return findNext();
}

int FindBar::replaceAll()
{
    const QRegularExpression re = expression();
    if (m_edit->isReadOnly() || !re.isValid() || m_find->text().isEmpty())
        return 0;
    QTextDocument *document = m_edit->document();
    QTextCursor edit(document);
    edit.beginEditBlock();
    int count = 0;
    QTextCursor found = document->find(re, 0, findFlags());
    while (!found.isNull()) {
        if (!found.hasSelection()) { // an empty match: step over one character
            QTextCursor next(document);
            next.setPosition(found.position());
            if (!next.movePosition(QTextCursor::NextCharacter))
                break;
            found = document->find(re, next, findFlags());
            continue;
        }
        found.insertText(replacementFor(found.selectedText(), re));
        ++count;
        found = document->find(re, found, findFlags());
    }
    edit.endEditBlock();
    setStatus(tr("%n replaced", nullptr, count));
    return count;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_edit->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Newsdesk
