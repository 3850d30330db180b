#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Newsdesk {

// Asks for a link's address and title. The address must pass the allow-list's URL policy
// (http, https, mailto, relative): anything else keeps the dialog open with the reason.
class LinkDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LinkDialog(QWidget *parent = nullptr);

    void setLink(const QString &href, const QString &title, bool existing);
    QString href() const;
    QString linkTitle() const;
    bool removeRequested() const { return m_remove; }

    void accept() override;

private:
    void validate();

    QLineEdit *m_href;
    QLineEdit *m_title;
    QLabel *m_problem;
    QPushButton *m_removeButton;
    bool m_remove = false;
};

} // namespace Newsdesk
