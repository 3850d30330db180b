#include "importreportview.h"

#include "common/colors.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
constexpr int ArticleIdRole = Qt::UserRole + 1;
constexpr int ExpandedRows = 40;
} // namespace

ImportReportView::ImportReportView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"import.report"_s);
    setAccessibleName(tr("Import report"));
    setAccessibleDescription(tr("What happened to each file; activate a row to open its article."));
    setHeaderLabels({tr("Result"), tr("Article"), tr("File"), tr("Title"), tr("Why")});
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemActivated, this, &ImportReportView::activate);
}

void ImportReportView::showReport(const ImportReport &report)
{
    clear();
    QList<QTreeWidgetItem *> rows;
    rows.reserve(report.entries.size());
    for (const ImportReport::Entry &entry : report.entries) {
        auto *row = new QTreeWidgetItem;
        row->setText(OutcomeColumn, ImportReport::outcomeName(entry.outcome, report.dryRun));
        row->setText(ArticleColumn, entry.articleId ? u"#"_s + QString::number(entry.articleId)
                                                    : QString());
        row->setData(OutcomeColumn, ArticleIdRole, entry.articleId);
        row->setText(ItemColumn, entry.item);
        row->setToolTip(ItemColumn, entry.item);
        row->setText(TitleColumn, entry.title);
        // The reason, else the first note (all of them are the row's children).
        const QString why = entry.reason.isEmpty() && !entry.notes.isEmpty() ? entry.notes.first()
                                                                            : entry.reason;
        row->setText(ReasonColumn, why);
        row->setToolTip(ReasonColumn, why);
        if (entry.outcome == ImportReport::Outcome::Skipped)
            row->setForeground(OutcomeColumn, Colors::problem(palette()));
        QStringList notes = entry.notes;
        for (const QString &image : entry.remoteImages)
            notes.append(tr("remote image kept as a link: %1").arg(image));
        for (const QString &note : std::as_const(notes)) {
            auto *child = new QTreeWidgetItem(row);
            child->setText(OutcomeColumn, note);
            child->setToolTip(OutcomeColumn, note);
        }
        rows.append(row);
    }
    addTopLevelItems(rows);
    for (QTreeWidgetItem *row : std::as_const(rows)) {
        for (int i = 0; i < row->childCount(); ++i)
            row->child(i)->setFirstColumnSpanned(true);
    }
    // A short report shows its notes at once; a long one keeps them folded under their rows.
    if (rows.size() <= ExpandedRows)
        expandAll();
    for (int column = OutcomeColumn; column < ReasonColumn; ++column)
        resizeColumnToContents(column);
    setColumnWidth(ItemColumn, qMin(columnWidth(ItemColumn), 320));
    setColumnWidth(TitleColumn, qMin(columnWidth(TitleColumn), 320));
}

void ImportReportView::activate(QTreeWidgetItem *item)
{
    while (item && item->parent())
        item = item->parent();
    if (!item)
        return;
    if (const qint64 id = item->data(OutcomeColumn, ArticleIdRole).toLongLong(); id > 0)
        Q_EMIT articleActivated(id);
}

} // namespace Newsdesk
