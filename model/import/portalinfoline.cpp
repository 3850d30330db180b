#include "portalinfoline.h"

#include "import/importdate.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

const QRegularExpression &labelPattern()
{
    // Longer labels first where one contains another (责任编辑 before 编辑).
    static const QRegularExpression pattern(
            uR"((发布时间|发表时间|更新时间|发布日期|發布時間|發佈時間|發表時間|更新時間|时间|時間|日期|来源|來源|出处|出處|作者|责任编辑|責任編輯|编辑|編輯|点击数|点击|點擊|浏览次数|浏览|瀏覽|阅读|閱讀|人气|字号)\s*[:：])"_s);
    return pattern;
}

} // namespace

PortalInfoLine::Fields PortalInfoLine::parse(QStringView text)
{
    Fields fields;
    struct Label
    {
        QString name;
        qsizetype valueStart;
        qsizetype start;
    };
    QList<Label> labels;
    QRegularExpressionMatchIterator it = labelPattern().globalMatch(text.toString());
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        labels.append({match.captured(1), match.capturedEnd(), match.capturedStart()});
    }
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const qsizetype end = i + 1 < labels.size() ? labels.at(i + 1).start : text.size();
        const QString value = text.mid(labels.at(i).valueStart, end - labels.at(i).valueStart)
                                      .toString()
                                      .simplified();
        const QString &name = labels.at(i).name;
        QString *field = nullptr;
        if (name.endsWith(u"时间"_s) || name.endsWith(u"時間"_s) || name.endsWith(u"日期"_s))
            field = &fields.time;
        else if (name == u"来源"_s || name == u"來源"_s || name == u"出处"_s || name == u"出處"_s)
            field = &fields.source;
        else if (name == u"作者"_s)
            field = &fields.author;
        else if (name == u"责任编辑"_s || name == u"責任編輯"_s)
            field = &fields.chiefEditor;
        else if (name == u"编辑"_s || name == u"編輯"_s)
            field = &fields.editor;
        if (field && field->isEmpty())
            *field = value;
    }
    return fields;
}

bool PortalInfoLine::hasTimeLabel(QStringView text)
{
    static const QRegularExpression pattern(uR"((时间|時間|日期)\s*[:：])"_s);
    return pattern.match(text.toString()).hasMatch();
}

QDateTime PortalInfoLine::parseTime(QStringView text, const QTimeZone &zone)
{
    const QString trimmed = text.trimmed().toString();
    if (const QDateTime whole = ImportDate::parse(trimmed, zone); whole.isValid())
        return whole;
    // An info line's value may hold more than its time ("2017-07-21 10:32 星期五"): the first
    // date (and time) in it, read the one way every reader reads dates.
    static const QRegularExpression pattern(
            uR"(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*T?\s*\d{1,2}\s*[:：]\s*\d{1,2}(?:\s*[:：]\s*\d{1,2})?)?)"_s);
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch())
        return {};
    QString found = match.captured(0);
    found.replace(u'：', u':');
    return ImportDate::parse(found, zone);
}

} // namespace Newsdesk
