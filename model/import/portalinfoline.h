#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTimeZone>

namespace Newsdesk {

// The info line of a portal article page ("时间:2017-07-21 10:32 来源:央视网 作者:央视网
// 点击:…"): labelled values, each ending where the next label starts, with ASCII or
// full-width colons; and the date and time formats such pages write.
class PortalInfoLine final
{
public:
    struct Fields
    {
        QString time;
        QString source; // 来源
        QString author; // 作者
        QString editor; // 编辑
        QString chiefEditor; // 责任编辑
    };

    static Fields parse(QStringView text);
    // Whether text holds a time label (时间: / 发布时间: / 日期:).
    static bool hasTimeLabel(QStringView text);
    // "2017-07-21", "2017-07-21 10:32[:05]", "2017年07月21日 10:32", "2017/7/21", ISO 8601
    // with or without an offset; times without an offset are in zone. Invalid when text holds
    // no such date. The result is UTC.
    static QDateTime parseTime(QStringView text, const QTimeZone &zone);
};

} // namespace Newsdesk
