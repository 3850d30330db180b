#pragma once

#include "figureediting.h"

#include <QDialog>

class QLineEdit;

namespace Newsdesk {

// Edits a figure's caption, photo credit and alternative text.
class FigureDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit FigureDialog(QWidget *parent = nullptr);

    void setFigureText(const FigureEditing::FigureText &text);
    FigureEditing::FigureText figureText() const;

private:
    QLineEdit *m_caption;
    QLineEdit *m_credit;
    QLineEdit *m_alt;
};

} // namespace Newsdesk
