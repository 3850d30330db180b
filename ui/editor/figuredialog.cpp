#include "figuredialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Newsdesk {

FigureDialog::FigureDialog(QWidget *parent)
    : QDialog(parent)
    , m_caption(new QLineEdit(this))
    , m_credit(new QLineEdit(this))
    , m_alt(new QLineEdit(this))
{
    setObjectName(u"figureDialog"_s);
    setWindowTitle(tr("Photo"));
    m_caption->setObjectName(u"figureCaption"_s);
    m_credit->setObjectName(u"figureCredit"_s);
    m_credit->setPlaceholderText(tr("新华社记者鞠鹏摄"));
    m_alt->setObjectName(u"figureAlt"_s);
    m_alt->setPlaceholderText(tr("What the photo shows, for readers who cannot see it"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FigureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FigureDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Caption:"), m_caption);
    form->addRow(tr("C&redit:"), m_credit);
    form->addRow(tr("&Alternative text:"), m_alt);
    form->addRow(buttons);
    resize(520, sizeHint().height());
}

void FigureDialog::setFigureText(const FigureEditing::FigureText &text)
{
    m_caption->setText(text.caption);
    m_credit->setText(text.credit);
    m_alt->setText(text.alt);
}

FigureEditing::FigureText FigureDialog::figureText() const
{
    return {m_caption->text().simplified(), m_credit->text().simplified(),
            m_alt->text().simplified()};
}

} // namespace Newsdesk
