#include "recoverydialog.h"

#include "common/dialogs.h"
#include "editor/versioncompareview.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
std::optional<RecoveryDialog::Action> nextAction;
constexpr int KeyRole = Qt::UserRole;
} // namespace

RecoveryDialog::RecoveryDialog(const QList<RecoveryEntry> &entries, SavedVersion savedVersion,
                               QWidget *parent)
    : QDialog(parent)
    , m_entries(entries)
    , m_savedVersion(std::move(savedVersion))
{
    setObjectName(u"recoveryDialog"_s);
    setWindowTitle(tr("Recover Unsaved Articles"));
    resize(640, 360);
    auto *label = new QLabel(
            tr("Newsdesk closed without saving these articles. Restore them to keep editing, "
               "compare them with the saved version, or discard them. Articles you do not "
               "decide on now are offered again next time."),
            this);
    label->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"recovery.list"_s);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Title"), tr("Article"), tr("Autosaved")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    for (const RecoveryEntry &entry : std::as_const(m_entries)) {
        const QString title =
                entry.article.title.trimmed().isEmpty() ? tr("(untitled)") : entry.article.title;
        const QString article = entry.isDraft()
                ? tr("new, never saved")
                : tr("#%1, from version %2").arg(entry.article.id).arg(entry.baseVersion);
        auto *item = new QTreeWidgetItem(
                m_list,
                {title, article,
                 QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)});
        item->setData(0, KeyRole, entry.key);
    }
    m_list->setCurrentItem(m_list->topLevelItem(0));

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(u"recovery.restore"_s);
    m_compare = buttons->addButton(tr("&Compare…"), QDialogButtonBox::ActionRole);
    m_compare->setObjectName(u"recovery.compare"_s);
    m_discard = buttons->addButton(tr("&Discard…"), QDialogButtonBox::ActionRole);
    m_discard->setObjectName(u"recovery.discard"_s);
    QPushButton *later = buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(u"recovery.later"_s);
    connect(m_restore, &QPushButton::clicked, this, [this] { decide(Action::Restore); });
    connect(m_discard, &QPushButton::clicked, this, [this] { decide(Action::Discard); });
    connect(m_compare, &QPushButton::clicked, this, &RecoveryDialog::compare);
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RecoveryDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &RecoveryDialog::compare);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    updateButtons();
}

void RecoveryDialog::updateButtons()
{
    const int selected = int(m_list->selectedItems().size());
    m_restore->setEnabled(selected > 0);
    m_discard->setEnabled(selected > 0);
    m_compare->setEnabled(selected == 1);
}

const RecoveryEntry *RecoveryDialog::selectedEntry() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    if (items.size() != 1)
        return nullptr;
    const QString key = items.constFirst()->data(0, KeyRole).toString();
    for (const RecoveryEntry &entry : m_entries) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

void RecoveryDialog::decide(Action action)
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    if (items.isEmpty())
        return;
    if (action == Action::Discard
        && Dialogs::question(this, tr("Discard Unsaved Edits"),
                             tr("Discard the unsaved edits of %n article(s)? They cannot be "
                                "recovered afterwards.",
                                "", int(items.size())),
                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
                != QMessageBox::Discard)
        return;
    for (QTreeWidgetItem *item : items) {
        m_actions.insert(item->data(0, KeyRole).toString(), action);
        delete item;
    }
    if (m_list->topLevelItemCount() == 0)
        accept();
}

void RecoveryDialog::compare()
{
    const RecoveryEntry *entry = selectedEntry();
    if (!entry)
        return;
    const std::optional<Article> saved = m_savedVersion ? m_savedVersion(*entry) : std::nullopt;
    QDialog dialog(this);
    dialog.setObjectName(u"recovery.compareDialog"_s);
    dialog.setWindowTitle(tr("Compare Recovered Edits"));
    dialog.resize(900, 600);
    auto *view = new VersionCompareView(&dialog);
    view->setVersions(saved.value_or(Article()),
                      saved ? tr("Saved (version %1)").arg(saved->version) : tr("Not saved"),
                      entry->article, tr("Recovered"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog.exec();
}

QHash<QString, RecoveryDialog::Action> RecoveryDialog::ask(QWidget *parent,
                                                           const QList<RecoveryEntry> &entries,
                                                           const SavedVersion &savedVersion)
{
    if (nextAction) {
        QHash<QString, Action> actions;
        for (const RecoveryEntry &entry : entries)
            actions.insert(entry.key, *nextAction);
        nextAction.reset();
        return actions;
    }
    RecoveryDialog dialog(entries, savedVersion, parent);
    dialog.exec();
    return dialog.actions();
}

void RecoveryDialog::setNextAction(Action action)
{
    nextAction = action;
}

} // namespace Newsdesk
