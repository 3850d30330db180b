#include "tagmanagerdialog.h"

#include "workflow/taxonomy.h"

#include "common/dialogs.h"
#include "library/librarysession.h"
#include "storage/library.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
enum Column { NameColumn, CountColumn };
constexpr int TagIdRole = Qt::UserRole + 1;
} // namespace

TagManagerDialog::TagManagerDialog(LibrarySession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"tagManagerDialog"_s);
    setWindowTitle(tr("Manage Tags"));
    resize(480, 560);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"tagManager.filter"_s);
    m_filter->setPlaceholderText(tr("Find a tag"));
    m_filter->setClearButtonEnabled(true);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(u"tagManager.table"_s);
    m_table->setAccessibleName(tr("Tags"));
    m_table->setHorizontalHeaderLabels({tr("Tag"), tr("Articles")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);

    auto *create = new QPushButton(tr("&New…"), this);
    create->setObjectName(u"tagManager.new"_s);
    m_rename = new QPushButton(tr("&Rename…"), this);
    m_rename->setObjectName(u"tagManager.rename"_s);
    m_merge = new QPushButton(tr("&Merge…"), this);
    m_merge->setObjectName(u"tagManager.merge"_s);
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(u"tagManager.delete"_s);
    auto *side = new QVBoxLayout;
    for (QPushButton *button : {create, m_rename, m_merge, m_delete})
        side->addWidget(button);
    side->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);

    connect(create, &QPushButton::clicked, this, &TagManagerDialog::createTag);
    connect(m_rename, &QPushButton::clicked, this, &TagManagerDialog::renameTag);
    connect(m_merge, &QPushButton::clicked, this, &TagManagerDialog::mergeTags);
    connect(m_delete, &QPushButton::clicked, this, &TagManagerDialog::deleteTag);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TagManagerDialog::updateButtons);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int row = 0; row < m_table->rowCount(); ++row)
            m_table->setRowHidden(
                    row,
                    !m_table->item(row, NameColumn)->text().contains(text, Qt::CaseInsensitive));
    });
    reload();
}

void TagManagerDialog::reload()
{
    Library *library = m_session.library();
    const QList<TagUsage> tags = library ? library->tags().usage().valueOr({}) : QList<TagUsage>();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(tags.size()));
    for (int row = 0; row < tags.size(); ++row) {
        auto *name = new QTableWidgetItem(tags.at(row).name);
        name->setData(TagIdRole, tags.at(row).id);
        auto *count = new QTableWidgetItem;
        count->setData(Qt::DisplayRole, tags.at(row).articles);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, CountColumn, count);
    }
    m_table->setSortingEnabled(true);
    updateButtons();
}

QList<qint64> TagManagerDialog::selectedTagIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows(NameColumn))
        ids.append(row.data(TagIdRole).toLongLong());
    return ids;
}

QStringList TagManagerDialog::selectedTagNames() const
{
    QStringList names;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows(NameColumn))
        names.append(row.data().toString());
    return names;
}

Taxonomy TagManagerDialog::taxonomy() const
{
    return Taxonomy(*m_session.library(), m_session.currentUser().value_or(User {}));
}

void TagManagerDialog::updateButtons()
{
    const qsizetype selected = selectedTagIds().size();
    m_rename->setEnabled(selected == 1);
    m_merge->setEnabled(selected >= 2);
    m_delete->setEnabled(selected == 1);
}

void TagManagerDialog::report(const QString &message)
{
    Dialogs::critical(this, tr("Manage Tags"), message);
}

void TagManagerDialog::createTag()
{
    Library *library = m_session.library();
    const std::optional<QString> name = Dialogs::text(this, tr("New Tag"), tr("Tag:"));
    if (!library || !name || name->trimmed().isEmpty())
        return;
    if (Result<qint64> id = taxonomy().createTag(*name); !id)
        report(id.error().message());
    reload();
}

void TagManagerDialog::renameTag()
{
    Library *library = m_session.library();
    const QList<qint64> ids = selectedTagIds();
    if (!library || ids.size() != 1)
        return;
    const QString old = selectedTagNames().constFirst();
    const std::optional<QString> name =
            Dialogs::text(this, tr("Rename Tag"), tr("New name of \"%1\":").arg(old), old);
    if (!name || name->trimmed().isEmpty() || name->trimmed() == old)
        return;
    Result<QList<qint64>> changed = taxonomy().renameTag(ids.first(), *name);
    if (!changed)
        report(changed.error().message());
    else
        Q_EMIT articlesChanged(changed.value());
    reload();
}

void TagManagerDialog::mergeTags()
{
    Library *library = m_session.library();
    const QList<qint64> ids = selectedTagIds();
    if (!library || ids.size() < 2)
        return;
    const QStringList names = selectedTagNames();
    const std::optional<QString> into =
            Dialogs::text(this, tr("Merge Tags"),
                          tr("Merge %1 into one tag called:")
                                  .arg(names.join(tr(", ", "separator of a list of tags"))),
                          names.constFirst());
    if (!into || into->trimmed().isEmpty())
        return;
    Result<QList<qint64>> changed = taxonomy().mergeTags(ids, *into);
    if (!changed)
        report(changed.error().message());
    else
        Q_EMIT articlesChanged(changed.value());
    reload();
}

void TagManagerDialog::deleteTag()
{
    Library *library = m_session.library();
    const QList<qint64> ids = selectedTagIds();
    if (!library || ids.size() != 1)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(CountColumn);
    const int articles = rows.isEmpty() ? 0 : rows.first().data().toInt();
    const QString question = tr("Delete the tag \"%1\"? %n article(s) will lose it.", "", articles)
                                     .arg(selectedTagNames().constFirst());
    if (Dialogs::question(this, tr("Delete Tag"), question) != QMessageBox::Yes)
        return;
    Result<QList<qint64>> changed = taxonomy().removeTag(ids.first());
    if (!changed)
        report(changed.error().message());
    else
        Q_EMIT articlesChanged(changed.value());
    reload();
}

} // namespace Newsdesk
