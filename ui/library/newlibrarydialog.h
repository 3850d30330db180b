#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Newsdesk {

// Asks where a new library goes and whether to fill it with the demo newsroom. OK stays
// disabled, with the reason shown, while the file cannot be created there.
class NewLibraryDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewLibraryDialog(const QString &folder, QWidget *parent = nullptr);

    QString path() const;
    bool withDemo() const;
    void setPath(const QString &path);
    void setWithDemo(bool demo);

private:
    void browse();
    void validate();

    QString m_folder;
    QLineEdit *m_path = nullptr;
    QCheckBox *m_demo = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Newsdesk
