#include "tabledialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Newsdesk {

TableDialog::TableDialog(QWidget *parent)
    : QDialog(parent)
    , m_rows(new QSpinBox(this))
    , m_columns(new QSpinBox(this))
    , m_header(new QCheckBox(tr("First row is a &header row"), this))
{
    setObjectName(u"tableDialog"_s);
    setWindowTitle(tr("Insert Table"));
    m_rows->setObjectName(u"tableRows"_s);
    m_rows->setRange(1, 200);
    m_rows->setValue(3);
    m_columns->setObjectName(u"tableColumns"_s);
    m_columns->setRange(1, 20);
    m_columns->setValue(3);
    m_header->setObjectName(u"tableHeader"_s);
    m_header->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TableDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TableDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Rows:"), m_rows);
    form->addRow(tr("&Columns:"), m_columns);
    form->addRow(m_header);
    form->addRow(buttons);
}

int TableDialog::rows() const
{
    return m_rows->value();
}

int TableDialog::columns() const
{
    return m_columns->value();
}

bool TableDialog::headerRow() const
{
    return m_header->isChecked();
}

} // namespace Newsdesk
