#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

void collect(const QMenu *menu, const QString &title, QList<ShortcutsDialog::Group> &groups)
{
    ShortcutsDialog::Group group{title, {}};
    QList<const QMenu *> subMenus;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        if (const QMenu *sub = action->menu())
            subMenus.append(sub);
        else if (!action->shortcuts().isEmpty())
            group.actions.append(action);
    }
    if (!group.actions.isEmpty())
        groups.append(group);
    for (const QMenu *sub : subMenus)
        collect(sub, title + u" › "_s + ShortcutsDialog::plainText(sub->menuAction()), groups);
}

} // namespace

QString ShortcutsDialog::plainText(const QAction *action)
{
    QString text = action->text();
    // A Chinese mnemonic is a suffix, "撤销(&U)": it goes whole, not only its "&".
    static const QRegularExpression suffix(u"\\s*\\(&[^&)]\\)"_s);
    text.remove(suffix);
    text.remove(QRegularExpression(u"&(?!&)"_s));
    text.replace(u"&&"_s, u"&"_s);
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

QString ShortcutsDialog::shortcutText(const QAction *action)
{
    QStringList texts;
    const QList<QKeySequence> shortcuts = action->shortcuts();
    for (const QKeySequence &shortcut : shortcuts)
        texts.append(shortcut.toString(QKeySequence::NativeText));
    return texts.join(u", "_s);
}

QList<ShortcutsDialog::Group> ShortcutsDialog::groupsOf(const QMenuBar *menuBar)
{
    QList<Group> groups;
    const QList<QAction *> menus = menuBar->actions();
    for (const QAction *menuAction : menus) {
        if (const QMenu *menu = menuAction->menu())
            collect(menu, plainText(menuAction), groups);
    }
    return groups;
}

ShortcutsDialog::Group ShortcutsDialog::othersIn(const QWidget *window, const QList<Group> &groups)
{
    // Listed is by what a person sees (text and keys): an open editor's formatting actions are
    // the Format menu's, under another object.
    QSet<QString> listed;
    for (const Group &group : groups) {
        for (const QAction *action : group.actions)
            listed.insert(plainText(action) + u'\n' + shortcutText(action));
    }
    Group others{tr("Other"), {}};
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->shortcuts().isEmpty())
            continue;
        const QString key = plainText(action) + u'\n' + shortcutText(action);
        if (!listed.contains(key)) {
            listed.insert(key);
            others.actions.append(action);
        }
    }
    return others;
}

ShortcutsDialog::ShortcutsDialog(const QList<Group> &groups, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));

    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"shortcuts.filter"_s);
    m_filter->setPlaceholderText(tr("Action or key"));
    m_filter->setClearButtonEnabled(true);
    filterLabel->setBuddy(m_filter);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"shortcuts.list"_s);
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setUniformRowHeights(true);
    for (const Group &group : groups) {
        if (group.actions.isEmpty())
            continue;
        auto *groupItem = new QTreeWidgetItem(m_tree, {group.title});
        QFont bold = groupItem->font(0);
        bold.setBold(true);
        groupItem->setFont(0, bold);
        groupItem->setFirstColumnSpanned(true);
        for (const QAction *action : group.actions) {
            auto *item = new QTreeWidgetItem(groupItem, {plainText(action), shortcutText(action)});
            item->setData(0, Qt::UserRole, action->objectName());
            item->setToolTip(0, action->statusTip());
        }
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(520, 600);
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        const bool groupMatches = group->text(0).contains(needle, Qt::CaseInsensitive);
        bool anyShown = false;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool shown = needle.isEmpty() || groupMatches
                    || item->text(0).contains(needle, Qt::CaseInsensitive)
                    || item->text(1).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!shown);
            anyShown = anyShown || shown;
        }
        group->setHidden(!anyShown);
    }
}

} // namespace Newsdesk
