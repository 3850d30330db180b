#include "optionaldatetimeedit.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
QDateTime toMinute(const QDateTime &time)
{
    QDateTime utc = time.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute()));
    return utc;
}
} // namespace

OptionalDateTimeEdit::OptionalDateTimeEdit(const QString &checkText, QWidget *parent)
    : QWidget(parent)
    , m_check(new QCheckBox(checkText, this))
    , m_edit(new QDateTimeEdit(this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_edit->setTimeSpec(Qt::LocalTime);
    m_edit->setDateTime(toMinute(QDateTime::currentDateTimeUtc()).toLocalTime());
    m_edit->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    setFocusProxy(m_check);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        emitChanged();
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &OptionalDateTimeEdit::emitChanged);
}

void OptionalDateTimeEdit::setAccessibleFieldName(const QString &name)
{
    m_check->setAccessibleName(tr("Set %1").arg(name));
    m_edit->setAccessibleName(name);
}

QDateTime OptionalDateTimeEdit::dateTime() const
{
    return m_check->isChecked() ? toMinute(m_edit->dateTime()) : QDateTime();
}

void OptionalDateTimeEdit::setDateTime(const QDateTime &time)
{
    const QSignalBlocker checkBlocker(m_check);
    const QSignalBlocker editBlocker(m_edit);
    m_check->setChecked(time.isValid());
    m_edit->setEnabled(time.isValid());
    if (time.isValid())
        m_edit->setDateTime(time.toLocalTime());
}

void OptionalDateTimeEdit::emitChanged()
{
    Q_EMIT dateTimeChanged(dateTime());
}

} // namespace Newsdesk
