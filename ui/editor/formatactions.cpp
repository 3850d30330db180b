#include "formatactions.h"

#include "bodyediting.h"
#include "document/documentformat.h"
#include "linkdialog.h"
#include "tabledialog.h"

#include <QAction>
#include <QActionGroup>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace Newsdesk {

FormatActions::FormatActions(QTextEdit *edit, QWidget *shortcutScope)
    : QObject(shortcutScope)
    , m_edit(edit)
    , m_scope(shortcutScope)
{
    buildFormatActions();
    buildInsertActions();
    buildTableActions();
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, &FormatActions::updateStates);
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, &FormatActions::updateStates);
    updateStates();
}

QAction *FormatActions::add(const QString &name, const QString &text, const QKeySequence &shortcut,
                            void (FormatActions::*handler)(), bool checkable)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setCheckable(checkable);
    if (!shortcut.isEmpty())
        action->setToolTip(tr("%1 (%2)").arg(QString(text).remove(u'&'),
                                             shortcut.toString(QKeySequence::NativeText)));
    if (handler)
        connect(action, &QAction::triggered, this, handler);
    m_scope->addAction(action);
    m_ordered.append(action);
    m_byName.insert(name, action);
    return action;
}

void FormatActions::separator()
{
    auto *action = new QAction(this);
    action->setSeparator(true);
    m_ordered.append(action);
}

void FormatActions::buildFormatActions()
{
    m_blockStyles = new QActionGroup(this);
    m_blockStyles->addAction(add(u"formatParagraph"_s, tr("&Paragraph"),
                                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0),
                                 &FormatActions::paragraph, true));
    m_blockStyles->addAction(add(u"formatHeading2"_s, tr("Heading &2"),
                                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2),
                                 &FormatActions::heading2, true));
    m_blockStyles->addAction(add(u"formatHeading3"_s, tr("Heading &3"),
                                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_3),
                                 &FormatActions::heading3, true));
    m_blockStyles->addAction(add(u"formatHeading4"_s, tr("Heading &4"),
                                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_4),
                                 &FormatActions::heading4, true));
    separator();
    add(u"formatBold"_s, tr("&Bold"), QKeySequence::Bold, &FormatActions::bold, true);
    add(u"formatItalic"_s, tr("&Italic"), QKeySequence::Italic, &FormatActions::italic, true);
    add(u"formatUnderline"_s, tr("&Underline"), QKeySequence::Underline, &FormatActions::underline,
        true);
    add(u"formatStrike"_s, tr("&Strikethrough"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
        &FormatActions::strike, true);
    add(u"formatSubscript"_s, tr("Su&bscript"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
        &FormatActions::subscript, true);
    add(u"formatSuperscript"_s, tr("Su&perscript"), QKeySequence(Qt::CTRL | Qt::Key_Period),
        &FormatActions::superscript, true);
    add(u"formatLink"_s, tr("&Link…"), QKeySequence(Qt::CTRL | Qt::Key_K), &FormatActions::link);
    add(u"formatClear"_s, tr("&Clear Formatting"), QKeySequence(Qt::CTRL | Qt::Key_Backslash),
        &FormatActions::clearFormatting);
    separator();
    add(u"formatBulletList"_s, tr("B&ullet List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8),
        &FormatActions::bulletList, true);
    add(u"formatNumberedList"_s, tr("&Numbered List"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7), &FormatActions::numberedList, true);
    add(u"formatIndent"_s, tr("&Indent List Item"), QKeySequence(Qt::CTRL | Qt::Key_BracketRight),
        &FormatActions::indent);
    add(u"formatOutdent"_s, tr("&Outdent List Item"), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft),
        &FormatActions::outdent);
    add(u"formatBlockquote"_s, tr("Block &Quote"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q),
        &FormatActions::blockquote, true);
}

void FormatActions::buildInsertActions()
{
    separator();
    QAction *image = add(u"insertImage"_s, tr("Insert &Photo…"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), nullptr);
    connect(image, &QAction::triggered, this, &FormatActions::insertImageRequested);
    QAction *figure = add(u"editFigure"_s, tr("Edit &Figure…"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), nullptr);
    connect(figure, &QAction::triggered, this, &FormatActions::editFigureRequested);
    add(u"insertRule"_s, tr("Horizontal &Rule"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        &FormatActions::rule);
    add(u"insertPageBreak"_s, tr("Page Brea&k (分页)"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Return), &FormatActions::pageBreak);
}

void FormatActions::buildTableActions()
{
    separator();
    add(u"insertTable"_s, tr("Insert &Table…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T),
        &FormatActions::insertTable);
    add(u"tableAddRow"_s, tr("Add Row Below"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Down),
        &FormatActions::addRow);
    add(u"tableAddColumn"_s, tr("Add Column Right"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Right), &FormatActions::addColumn);
    add(u"tableRemoveRow"_s, tr("Remove Row"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Up),
        &FormatActions::removeRow);
    add(u"tableRemoveColumn"_s, tr("Remove Column"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Left), &FormatActions::removeColumn);
    add(u"tableHeaderRow"_s, tr("Header Row"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H),
        &FormatActions::headerRow, true);
}

void FormatActions::setEnabled(bool enabled)
{
    for (QAction *action : std::as_const(m_ordered))
        action->setEnabled(enabled);
    if (enabled)
        updateStates();
}

void FormatActions::updateStates()
{
    const QTextCursor cursor = m_edit->textCursor();
    const QTextCharFormat format = m_edit->currentCharFormat();
    const int level = cursor.blockFormat().headingLevel();
    action(u"formatParagraph"_s)->setChecked(level == 0);
    action(u"formatHeading2"_s)->setChecked(level > 0 && level <= 2);
    action(u"formatHeading3"_s)->setChecked(level == 3);
    action(u"formatHeading4"_s)->setChecked(level >= 4);
    action(u"formatBold"_s)->setChecked(format.fontWeight() >= QFont::DemiBold);
    action(u"formatItalic"_s)->setChecked(format.fontItalic());
    action(u"formatUnderline"_s)->setChecked(format.fontUnderline());
    action(u"formatStrike"_s)->setChecked(format.fontStrikeOut());
    action(u"formatSubscript"_s)
            ->setChecked(format.verticalAlignment() == QTextCharFormat::AlignSubScript);
    action(u"formatSuperscript"_s)
            ->setChecked(format.verticalAlignment() == QTextCharFormat::AlignSuperScript);
    const QTextList *list = cursor.currentList();
    const bool numbered = list && list->format().style() <= QTextListFormat::ListDecimal;
    action(u"formatBulletList"_s)->setChecked(list && !numbered);
    action(u"formatNumberedList"_s)->setChecked(numbered);
    bool quoted = false;
    for (QTextFrame *frame = cursor.currentFrame(); frame; frame = frame->parentFrame())
        quoted =
                quoted || DocumentFormat::frameKind(frame) == DocumentFormat::FrameKind::Blockquote;
    action(u"formatBlockquote"_s)->setChecked(quoted);
    const bool inTable = cursor.currentTable() != nullptr;
    for (const char *name :
         {"tableAddRow", "tableAddColumn", "tableRemoveRow", "tableRemoveColumn", "tableHeaderRow"})
        action(QString::fromLatin1(name))->setEnabled(inTable && m_edit->isEnabled());
    action(u"tableHeaderRow"_s)->setChecked(BodyEditing::tableHasHeaderRow(cursor));
}

void FormatActions::paragraph()
{
    BodyEditing::setBlockStyle(m_edit->textCursor(), 0);
}
void FormatActions::heading2()
{
    BodyEditing::setBlockStyle(m_edit->textCursor(), 2);
}
void FormatActions::heading3()
{
    BodyEditing::setBlockStyle(m_edit->textCursor(), 3);
}
void FormatActions::heading4()
{
    BodyEditing::setBlockStyle(m_edit->textCursor(), 4);
}

void FormatActions::bold()
{
    QTextCharFormat format;
    format.setFontWeight(action(u"formatBold"_s)->isChecked() ? QFont::Bold : QFont::Normal);
    m_edit->mergeCurrentCharFormat(format);
}

void FormatActions::italic()
{
    QTextCharFormat format;
    format.setFontItalic(action(u"formatItalic"_s)->isChecked());
    m_edit->mergeCurrentCharFormat(format);
}

void FormatActions::underline()
{
    QTextCharFormat format;
    format.setFontUnderline(action(u"formatUnderline"_s)->isChecked());
    m_edit->mergeCurrentCharFormat(format);
}

void FormatActions::strike()
{
    QTextCharFormat format;
    format.setFontStrikeOut(action(u"formatStrike"_s)->isChecked());
    m_edit->mergeCurrentCharFormat(format);
}

void FormatActions::subscript()
{
    QTextCharFormat format;
    format.setVerticalAlignment(action(u"formatSubscript"_s)->isChecked()
                                        ? QTextCharFormat::AlignSubScript
                                        : QTextCharFormat::AlignNormal);
    m_edit->mergeCurrentCharFormat(format);
}

void FormatActions::superscript()
{
    QTextCharFormat format;
    format.setVerticalAlignment(action(u"formatSuperscript"_s)->isChecked()
                                        ? QTextCharFormat::AlignSuperScript
                                        : QTextCharFormat::AlignNormal);
    m_edit->mergeCurrentCharFormat(format);
}

void FormatActions::link()
{
    QTextCursor cursor = m_edit->textCursor();
    const BodyEditing::LinkRange current = BodyEditing::selectLink(cursor);
    LinkDialog dialog(m_scope);
    dialog.setLink(current.href, current.title, !current.href.isEmpty());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.removeRequested())
        BodyEditing::removeLink(cursor);
    else
        BodyEditing::applyLink(cursor, dialog.href(), dialog.linkTitle());
    m_edit->setTextCursor(cursor);
}

void FormatActions::bulletList()
{
    BodyEditing::toggleList(m_edit->textCursor(), QTextListFormat::ListDisc);
}
void FormatActions::numberedList()
{
    BodyEditing::toggleList(m_edit->textCursor(), QTextListFormat::ListDecimal);
}
void FormatActions::indent()
{
    BodyEditing::changeListIndent(m_edit->textCursor(), 1);
}
void FormatActions::outdent()
{
    BodyEditing::changeListIndent(m_edit->textCursor(), -1);
}
void FormatActions::blockquote()
{
    m_edit->setTextCursor(BodyEditing::toggleBlockquote(m_edit->textCursor()));
}
void FormatActions::rule()
{
    m_edit->setTextCursor(BodyEditing::insertRule(m_edit->textCursor()));
}

void FormatActions::pageBreak()
{
    m_edit->setTextCursor(BodyEditing::insertPageBreak(m_edit->textCursor(), {}));
    Q_EMIT noticeRequested(tr("Type the next page's title in the page break."));
}

void FormatActions::clearFormatting()
{
    BodyEditing::clearFormatting(m_edit->textCursor());
}

void FormatActions::insertTable()
{
    TableDialog dialog(m_scope);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_edit->setTextCursor(BodyEditing::insertTable(m_edit->textCursor(), dialog.rows(),
                                                   dialog.columns(), dialog.headerRow()));
}

void FormatActions::addRow()
{
    if (QTextTable *table = m_edit->textCursor().currentTable())
        table->insertRows(table->cellAt(m_edit->textCursor()).row() + 1, 1);
}

void FormatActions::addColumn()
{
    if (QTextTable *table = m_edit->textCursor().currentTable())
        table->insertColumns(table->cellAt(m_edit->textCursor()).column() + 1, 1);
}

void FormatActions::removeRow()
{
    if (QTextTable *table = m_edit->textCursor().currentTable()) {
        if (table->rows() > 1)
            table->removeRows(table->cellAt(m_edit->textCursor()).row(), 1);
    }
}

void FormatActions::removeColumn()
{
    if (QTextTable *table = m_edit->textCursor().currentTable()) {
        if (table->columns() > 1)
            table->removeColumns(table->cellAt(m_edit->textCursor()).column(), 1);
    }
}

void FormatActions::headerRow()
{
    BodyEditing::setTableHeaderRow(m_edit->textCursor(), action(u"tableHeaderRow"_s)->isChecked());
}

} // namespace Newsdesk
