#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QTextEdit;
class QWidget;

namespace Newsdesk {

// The formatting and insertion actions of the body editor, built in one place with stable object
// names and shortcuts (active while the focus is in the editor), acting on one QTextEdit through
// BodyEditing. Their checked states follow the cursor. Link and table dialogs open from here;
// images and figures are the host's (insertImageRequested, editFigureRequested).
class FormatActions final : public QObject
{
    Q_OBJECT

public:
    FormatActions(QTextEdit *edit, QWidget *shortcutScope);

    // In menu order, with separators between groups.
    QList<QAction *> actions() const { return m_ordered; }
    QAction *action(const QString &objectName) const { return m_byName.value(objectName); }
    void setEnabled(bool enabled);

Q_SIGNALS:
    void insertImageRequested();
    void editFigureRequested();
    void noticeRequested(const QString &text);

private:
    QAction *add(const QString &name, const QString &text, const QKeySequence &shortcut,
                 void (FormatActions::*handler)(), bool checkable = false);
    void separator();
    void buildFormatActions();
    void buildInsertActions();
    void buildTableActions();
    void updateStates();

    void paragraph();
    void heading2();
    void heading3();
    void heading4();
    void bold();
    void italic();
    void underline();
    void strike();
    void subscript();
    void superscript();
    void link();
    void bulletList();
    void numberedList();
    void indent();
    void outdent();
    void blockquote();
    void rule();
    void pageBreak();
    void clearFormatting();
    void insertTable();
    void addRow();
    void addColumn();
    void removeRow();
    void removeColumn();
    void headerRow();

    QTextEdit *m_edit;
    QWidget *m_scope;
    QList<QAction *> m_ordered;
    QHash<QString, QAction *> m_byName;
    QActionGroup *m_blockStyles = nullptr;
};

} // namespace Newsdesk
