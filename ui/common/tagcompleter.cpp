#include "tagcompleter.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <QStringListModel>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
const QRegularExpression &separators()
{
    static const QRegularExpression pattern(u"[,，、;；]"_s);
    return pattern;
}

// Where the tag being typed starts in text.
qsizetype lastTagStart(const QString &text)
{
    qsizetype start = 0;
    QRegularExpressionMatchIterator it = separators().globalMatch(text);
    while (it.hasNext())
        start = it.next().capturedEnd();
    return start;
}
} // namespace

TagCompleter::TagCompleter(const QStringList &tags, QObject *parent)
    : QCompleter(new QStringListModel(tags), parent)
{
    model()->setParent(this);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchStartsWith);
}

QStringList TagCompleter::splitPath(const QString &path) const
{
    return {path.mid(lastTagStart(path)).trimmed()};
}

QString TagCompleter::pathFromIndex(const QModelIndex &index) const
{
    const auto *edit = qobject_cast<const QLineEdit *>(widget());
    const QString typed = edit ? edit->text() : QString();
    const QString head = typed.left(lastTagStart(typed));
    return head + (head.isEmpty() ? QString() : u" "_s) + index.data().toString();
}

QStringList TagCompleter::tagsOf(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(separators())) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

} // namespace Newsdesk
