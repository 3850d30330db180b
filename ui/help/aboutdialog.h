#pragma once

#include <QDialog>

class QTreeWidget;

namespace Newsdesk {

// Help > About Newsdesk: the icon, name, version and licence, the libraries it runs on with
// their versions, a link to the manual (Help > User Manual), and a button that copies all of it for a bug report.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QTreeWidget *librariesView() const { return m_libraries; }

Q_SIGNALS:
    void manualRequested(); // "Read the manual": the host shows Help > User Manual

private:
    void copyVersionInfo();

    QTreeWidget *m_libraries = nullptr;
};

} // namespace Newsdesk
