#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QAction;
class QLineEdit;
class QMenuBar;
class QTreeWidget;
class QWidget;

namespace Newsdesk {

// Help > Keyboard Shortcuts: every action with a shortcut, grouped by menu, with a filter
// box. Built from the live QAction objects, so the list follows what the actions say.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    struct Group
    {
        QString title;
        QList<QAction *> actions;
    };

    explicit ShortcutsDialog(const QList<Group> &groups, QWidget *parent = nullptr);

    // The menus of a menu bar in order (sub-menus under their own titles), keeping the actions
    // that have a shortcut.
    static QList<Group> groupsOf(const QMenuBar *menuBar);
    // The actions with a shortcut that live in window but are in none of groups, under
    // "Other", so that none goes unlisted.
    static Group othersIn(const QWidget *window, const QList<Group> &groups);
    // An action's shortcuts in the platform's notation, e.g. "Ctrl+Shift+Z, Ctrl+Y".
    static QString shortcutText(const QAction *action);
    // The action's text without mnemonics and the ellipsis.
    static QString plainText(const QAction *action);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filterField() const { return m_filter; }

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace Newsdesk
