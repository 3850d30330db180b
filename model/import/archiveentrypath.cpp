#include "archiveentrypath.h"

#include <QStringDecoder>
#include <QStringList>

#include <algorithm>

#include <archive_entry.h>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control; // C0, DEL and C1
}

} // namespace

// libarchive's "hdrcharset" option is not used: it would re-decode every name without the
// UTF-8 flag, including the UTF-8 ones that macOS and Linux tools write without it. Without
// it, libarchive leaves such names as their bytes, and they are decoded here one by one.
QString ArchiveEntryPath::decodedName(struct archive_entry *entry)
{
    if (const char *utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    const char *raw = archive_entry_pathname(entry);
    if (!raw)
        return {};
    QStringDecoder fromUtf8(QStringDecoder::Utf8);
    const QString name = fromUtf8(QByteArrayView(raw));
    if (!fromUtf8.hasError())
        return name;
    QStringDecoder fromGb18030("GB18030");
    return fromGb18030.isValid() ? QString(fromGb18030(QByteArrayView(raw))) : name;
}

ArchiveEntryPath::Problem ArchiveEntryPath::clean(const QString &name, QString *path)
{
    if (name.isEmpty())
        return Problem::Empty;
    if (std::any_of(name.cbegin(), name.cend(), isControl))
        return Problem::Control;
    QString slashed = name;
    slashed.replace(u'\\', u'/');
    if (slashed.startsWith(u'/'))
        return Problem::Absolute; // "/etc/x", "\\server\x", "\x"
    if (slashed.size() >= 2 && slashed.at(1) == u':' && slashed.at(0).unicode() < 0x80
        && slashed.at(0).isLetter())
        return Problem::Absolute; // "C:\x", and "C:x", relative to a drive's current folder
    QStringList parts;
    for (const QString &part : slashed.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u"..")
            return Problem::Outside;
        if (part != u".")
            parts.append(part);
    }
    *path = parts.join(u'/');
    return Problem::None;
}

QString ArchiveEntryPath::shown(const QString &name)
{
    QString text = name;
    std::replace_if(text.begin(), text.end(), isControl, QChar(QChar::ReplacementCharacter));
    return text;
}

} // namespace Newsdesk
