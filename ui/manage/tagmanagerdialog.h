#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Newsdesk {

class LibrarySession;
class Taxonomy;

// Manages the library's tags: every tag with the number of articles carrying it; new, rename,
// merge several into one, delete (after confirming how many articles lose it).
class TagManagerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TagManagerDialog(LibrarySession &session, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }

    void createTag();
    void renameTag();
    void mergeTags();
    void deleteTag();

Q_SIGNALS:
    // Tags of these articles changed (their lists, search index and pages follow).
    void articlesChanged(const QList<qint64> &articleIds);

private:
    QList<qint64> selectedTagIds() const;
    QStringList selectedTagNames() const;
    Taxonomy taxonomy() const;
    void updateButtons();
    void report(const QString &message);

    LibrarySession &m_session;
    QLineEdit *m_filter = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace Newsdesk
