#pragma once

#include "core/articlefilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;
class QToolButton;

namespace Newsdesk {

// The search field and filters above the article list: status (with the trash), and, behind
// "Filters", tag, author, editor, source, flag and a publish date range, all combined.
// Typing is debounced; every change emits changed().
class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    // Fills the completion lists of the tag, author, editor and source fields.
    void setCompletions(const QStringList &tags, const QStringList &authors,
                        const QStringList &editors, const QStringList &sources);
    // Writes the bar's criteria into filter (channels are left alone).
    void applyTo(ArticleFilter &filter) const;
    // Shows filter's criteria (a saved search), without emitting changed() for each field.
    void showFilter(const ArticleFilter &filter);
    void clear();

    QLineEdit *searchField() const { return m_search; }
    QToolButton *savedSearchesButton() const { return m_saved; }

Q_SIGNALS:
    void changed();

private:
    QComboBox *makeValueBox(const QString &objectName, const QString &accessibleName);
    void emitChangedSoon();
    void emitChangedNow();
    void updateMoreButton();

    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QToolButton *m_more = nullptr;
    QToolButton *m_saved = nullptr;
    QWidget *m_details = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_author = nullptr;
    QComboBox *m_editor = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_flag = nullptr;
    QCheckBox *m_dated = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_until = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_quiet = false;
};

} // namespace Newsdesk
