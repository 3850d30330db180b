#pragma once

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace Newsdesk {

// Asks for the size of a new table and whether its first row is a header row.
class TableDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TableDialog(QWidget *parent = nullptr);

    int rows() const;
    int columns() const;
    bool headerRow() const;

private:
    QSpinBox *m_rows;
    QSpinBox *m_columns;
    QCheckBox *m_header;
};

} // namespace Newsdesk
