#pragma once

#include "core/article.h"

#include <QDialog>
#include <QHash>

class QCheckBox;

namespace Newsdesk {

// Sets and clears flags on several articles: a ticked box sets the flag, an empty one clears
// it, a partly ticked one (the start) leaves it as each article has it.
class FlagsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit FlagsDialog(QWidget *parent = nullptr);

    ArticleFlags flagsToSet() const;
    ArticleFlags flagsToClear() const;
    void setState(ArticleFlag flag, Qt::CheckState state);

private:
    QHash<ArticleFlag, QCheckBox *> m_boxes;
};

} // namespace Newsdesk
