#include "frontmatter.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTime>
#include <QTimeZone>

#include <toml++/toml.h>
#include <yaml-cpp/yaml.h>

#include <cmath>
#include <string>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

// YAML aliases share nodes, so a few lines can stand for billions of values ("billion
// laughs"); converting them would expand every copy. Front matter never legitimately holds
// this many.
constexpr int MaxValues = 100000;

struct Line
{
    QByteArrayView text; // without its line break
    qsizetype next = 0; // where the next line starts
};

Line lineAt(QByteArrayView bytes, qsizetype pos)
{
    qsizetype end = bytes.indexOf('\n', pos);
    const qsizetype next = end < 0 ? bytes.size() : end + 1;
    if (end < 0)
        end = bytes.size();
    if (end > pos && bytes.at(end - 1) == '\r')
        --end;
    return {bytes.sliced(pos, end - pos), next};
}

bool isDelimiter(QByteArrayView line, QByteArrayView delimiter)
{
    return line.trimmed() == delimiter && line.startsWith(delimiter);
}

// The end of the JSON object that starts at open (just after its '}'), or -1.
qsizetype jsonObjectEnd(QByteArrayView bytes, qsizetype open)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = open; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return i + 1;
        }
    }
    return -1;
}

int lineOfOffset(QByteArrayView text, qsizetype offset, int firstLine)
{
    return firstLine + int(text.first(qBound(qsizetype(0), offset, text.size())).count('\n'));
}

class TooManyValues
{
};

class YamlConverter
{
public:
    QVariant convert(const YAML::Node &node)
    {
        if (--m_budget < 0)
            throw TooManyValues();
        switch (node.Type()) {
        case YAML::NodeType::Scalar:
            return QString::fromStdString(node.Scalar());
        case YAML::NodeType::Sequence: {
            QVariantList list;
            for (const YAML::Node &item : node)
                list.append(convert(item));
            return list;
        }
        case YAML::NodeType::Map: {
            QVariantMap map;
            for (const auto &item : node) {
                if (item.first.IsScalar())
                    map.insert(QString::fromStdString(item.first.Scalar()), convert(item.second));
            }
            return map;
        }
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            break;
        }
        return {};
    }

private:
    int m_budget = MaxValues;
};

QDate fromToml(const toml::date &date)
{
    return QDate(date.year, date.month, date.day);
}

QTime fromToml(const toml::time &time)
{
    return QTime(time.hour, time.minute, time.second, int(time.nanosecond / 1000000));
}

QVariant fromToml(const toml::node &node)
{
    switch (node.type()) {
    case toml::node_type::table: {
        QVariantMap map;
        for (const auto &[key, value] : *node.as_table())
            map.insert(QString::fromUtf8(key.str()), fromToml(value));
        return map;
    }
    case toml::node_type::array: {
        QVariantList list;
        for (const toml::node &value : *node.as_array())
            list.append(fromToml(value));
        return list;
    }
    case toml::node_type::string: {
        const std::string &text = node.as_string()->get();
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    case toml::node_type::integer:
        return qint64(node.as_integer()->get());
    case toml::node_type::floating_point:
        return node.as_floating_point()->get();
    case toml::node_type::boolean:
        return node.as_boolean()->get();
    case toml::node_type::date:
        return fromToml(node.as_date()->get());
    case toml::node_type::time:
        return fromToml(node.as_time()->get());
    case toml::node_type::date_time: {
        const toml::date_time &value = node.as_date_time()->get();
        const QDate date = fromToml(value.date);
        const QTime time = fromToml(value.time);
        if (value.offset)
            return QDateTime(date, time, QTimeZone(value.offset->minutes * 60));
        // A local date-time: its zone is the site's, which the mapping knows.
        return QString(date.toString(Qt::ISODate) + u'T' + time.toString(Qt::ISODateWithMs));
    }
    case toml::node_type::none:
        break;
    }
    return {};
}

QVariant fromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) < 9.0e15)
            return qint64(number);
        return number;
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QVariantList list;
        for (const QJsonValue &item : value.toArray())
            list.append(fromJson(item));
        return list;
    }
    case QJsonValue::Object: {
        QVariantMap map;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            map.insert(it.key(), fromJson(it.value()));
        return map;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

Result<FrontMatter::Split> FrontMatter::split(QByteArrayView bytes, const QString &fileName)
{
    Split split;
    split.body = bytes;
    const Line first = lineAt(bytes, 0);
    QByteArrayView closing;
    if (isDelimiter(first.text, "---")) {
        split.format = Format::Yaml;
        closing = "---";
    } else if (isDelimiter(first.text, "+++")) {
        split.format = Format::Toml;
        closing = "+++";
    } else {
        qsizetype open = 0;
        while (open < bytes.size() && QChar::isSpace(uchar(bytes.at(open))))
            ++open;
        if (open == bytes.size() || bytes.at(open) != '{')
            return split;
        // A JSON object's first token is a key or its end; "{{<" and "{%" open a body that
        // starts with a Hugo shortcode or a Liquid tag.
        qsizetype token = open + 1;
        while (token < bytes.size() && QChar::isSpace(uchar(bytes.at(token))))
            ++token;
        if (token == bytes.size() || (bytes.at(token) != '"' && bytes.at(token) != '}'))
            return split;
        const qsizetype end = jsonObjectEnd(bytes, open);
        const int line = lineOfOffset(bytes, open, 1);
        if (end < 0) {
            return Error(Error::Kind::Invalid,
                         tr("%1, front matter line %2: the JSON front matter opened here is "
                            "never closed with “}”")
                                 .arg(fileName, QString::number(line)));
        }
        split.format = Format::Json;
        split.text = bytes.sliced(open, end - open);
        split.textLine = line;
        split.body = bytes.sliced(lineAt(bytes, end).next);
        return split;
    }

    for (qsizetype pos = first.next; pos < bytes.size();) {
        const Line line = lineAt(bytes, pos);
        if (isDelimiter(line.text, closing)
            || (split.format == Format::Yaml && isDelimiter(line.text, "..."))) {
            split.text = bytes.sliced(first.next, pos - first.next);
            split.textLine = 2;
            split.body = bytes.sliced(line.next);
            return split;
        }
        pos = line.next;
    }
    return Error(Error::Kind::Invalid,
                 tr("%1, front matter line 1: the front matter opened here is never closed "
                    "with “%2”")
                         .arg(fileName, QString::fromLatin1(closing)));
}

Result<FrontMatter> FrontMatter::parse(const Split &split, const QString &fileName)
{
    FrontMatter result;
    result.m_format = split.format;
    const auto failure = [&fileName](int line, const QString &detail) {
        return Error(
                Error::Kind::Invalid,
                tr("%1, front matter line %2: %3").arg(fileName, QString::number(line), detail));
    };
    const auto notAMap = [&failure, &split] {
        return failure(split.textLine, tr("the front matter is not a set of keys and values"));
    };

    switch (split.format) {
    case Format::None:
        break;
    case Format::Yaml:
        try {
            const YAML::Node root =
                    YAML::Load(std::string(split.text.data(), size_t(split.text.size())));
            if (root.IsNull())
                break;
            if (!root.IsMap())
                return notAMap();
            YamlConverter converter;
            for (const auto &item : root) {
                if (item.first.IsScalar()) {
                    result.m_entries.append({QString::fromStdString(item.first.Scalar()),
                                             converter.convert(item.second)});
                }
            }
        } catch (const YAML::Exception &error) {
            const int line =
                    error.mark.is_null() ? split.textLine : split.textLine + error.mark.line;
            return failure(line, QString::fromStdString(error.msg));
        } catch (const TooManyValues &) {
            return failure(split.textLine,
                           tr("the front matter holds more than %L1 values").arg(MaxValues));
        }
        break;
    case Format::Toml:
        try {
            const toml::table table =
                    toml::parse(std::string_view(split.text.data(), size_t(split.text.size())));
            for (const auto &[key, value] : table)
                result.m_entries.append({QString::fromUtf8(key.str()), fromToml(value)});
        } catch (const toml::parse_error &error) {
            const int line = split.textLine + int(error.source().begin.line) - 1;
            return failure(line, QString::fromUtf8(error.description()));
        }
        break;
    case Format::Json: {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(
                QByteArray::fromRawData(split.text.data(), split.text.size()), &error);
        if (error.error != QJsonParseError::NoError)
            return failure(lineOfOffset(split.text, error.offset, split.textLine),
                           error.errorString());
        if (!document.isObject())
            return notAMap();
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it)
            result.m_entries.append({it.key(), fromJson(it.value())});
        break;
    }
    }
    return result;
}

} // namespace Newsdesk
