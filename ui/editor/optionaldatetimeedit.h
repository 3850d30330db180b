#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;

namespace Newsdesk {

// A time that may be unset (publish time, expiry): a check box that sets it and an editor of
// the local date and time. dateTime() is UTC to the minute, or invalid when unset.
class OptionalDateTimeEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateTimeEdit(const QString &checkText, QWidget *parent = nullptr);
    // Names the check box and the date field for screen readers, e.g. "Publish time".
    void setAccessibleFieldName(const QString &name);

    QDateTime dateTime() const;
    void setDateTime(const QDateTime &time);
    QCheckBox *checkBox() const { return m_check; }
    QDateTimeEdit *editor() const { return m_edit; }

Q_SIGNALS:
    void dateTimeChanged(const QDateTime &time);

private:
    void emitChanged();

    QCheckBox *m_check = nullptr;
    QDateTimeEdit *m_edit = nullptr;
};

} // namespace Newsdesk
