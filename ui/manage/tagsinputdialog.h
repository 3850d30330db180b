#pragma once

#include <QDialog>

class QLineEdit;

namespace Newsdesk {

// Asks for one or more tags, comma-separated, completing from the library's tags.
class TagsInputDialog final : public QDialog
{
    Q_OBJECT

public:
    TagsInputDialog(const QString &title, const QString &prompt, const QStringList &knownTags,
                    QWidget *parent = nullptr);

    QStringList tags() const;
    void setText(const QString &text);

private:
    QLineEdit *m_edit = nullptr;
};

} // namespace Newsdesk
