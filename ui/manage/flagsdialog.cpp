#include "flagsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

FlagsDialog::FlagsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"flagsDialog"_s);
    setWindowTitle(tr("Set Flags"));
    auto *hint = new QLabel(tr("Ticked flags are set and cleared ones removed on every selected "
                               "article; partly ticked flags stay as they are."),
                            this);
    hint->setWordWrap(true);
    auto *grid = new QGridLayout;
    int i = 0;
    for (ArticleFlag flag : ArticleFlagsText::all()) {
        auto *box = new QCheckBox(u"%1 (%2)"_s.arg(ArticleFlagsText::displayName(flag),
                                                   ArticleFlagsText::letter(flag)),
                                  this);
        box->setObjectName(u"flags."_s + ArticleFlagsText::letter(flag));
        box->setTristate(true);
        box->setCheckState(Qt::PartiallyChecked);
        grid->addWidget(box, i / 2, i % 2);
        m_boxes.insert(flag, box);
        ++i;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(grid);
    layout->addWidget(buttons);
}

ArticleFlags FlagsDialog::flagsToSet() const
{
    ArticleFlags flags;
    for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it) {
        if (it.value()->checkState() == Qt::Checked)
            flags |= it.key();
    }
    return flags;
}

ArticleFlags FlagsDialog::flagsToClear() const
{
    ArticleFlags flags;
    for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it) {
        if (it.value()->checkState() == Qt::Unchecked)
            flags |= it.key();
    }
    return flags;
}

void FlagsDialog::setState(ArticleFlag flag, Qt::CheckState state)
{
    if (QCheckBox *box = m_boxes.value(flag))
        box->setCheckState(state);
}

} // namespace Newsdesk
