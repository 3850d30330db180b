#pragma once

#include "core/history.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Newsdesk {

class AuditLogModel;
class LibrarySession;

// The audit log viewer (chief editors and administrators): filters by person, action, date
// range, text (in the detail or the article's title) and article number; a table that loads
// more rows as it scrolls; and Export CSV…, which writes every row the filters select.
class AuditLogDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AuditLogDialog(LibrarySession &session, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *userBox() const { return m_user; }
    QComboBox *actionBox() const { return m_action; }
    QLineEdit *textEdit() const { return m_text; }
    QLineEdit *articleEdit() const { return m_article; }
    QCheckBox *fromCheck() const { return m_fromCheck; }
    QDateEdit *fromEdit() const { return m_from; }
    QCheckBox *toCheck() const { return m_toCheck; }
    QDateEdit *toEdit() const { return m_to; }
    // What the filters select now.
    AuditFilter filter() const;

    void exportCsv();
    // Reloads the table with what the filters select (typing does so once it pauses).
    void applyFilter();

private:
    void buildFilters();

    LibrarySession &m_session;
    AuditLogModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_text = nullptr;
    QLineEdit *m_article = nullptr;
    QCheckBox *m_fromCheck = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toCheck = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QTimer *m_typing = nullptr;
};

} // namespace Newsdesk
