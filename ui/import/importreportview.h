#pragma once

#include "import/importreport.h"

#include <QTreeWidget>

namespace Newsdesk {

// An import's report: one row per item (what happened, the article, the item, its title and
// why), with its notes and remote images as child rows. Activating a row of an article asks
// to open it.
class ImportReportView final : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { OutcomeColumn, ArticleColumn, ItemColumn, TitleColumn, ReasonColumn };

    explicit ImportReportView(QWidget *parent = nullptr);

    void showReport(const ImportReport &report);

Q_SIGNALS:
    void articleActivated(qint64 articleId);

private:
    void activate(QTreeWidgetItem *item);
};

} // namespace Newsdesk
