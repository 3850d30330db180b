#pragma once

#include <QString>

struct archive_entry;

namespace Newsdesk {

// An archive entry's name as SafeArchive reads and checks it: decoded to text whatever tool
// made the archive, normalised to a relative path, or refused with the reason.
class ArchiveEntryPath final
{
public:
    enum class Problem { None, Empty, Control, Absolute, Outside };

    // UTF-8 when the archive says so (zip's UTF-8 flag, pax headers) or when the bytes are
    // valid UTF-8; otherwise GB18030 (which extends GBK, the code page of zips made on
    // Chinese Windows). Call it with a UTF-8 LC_CTYPE in effect (see ArchivePass).
    static QString decodedName(struct archive_entry *entry);

    // "./a//b\\c" -> "a/b/c"; the archive's root folder ("./") -> "". Backslashes count as
    // separators: zips made on Windows use them, and "..\\x" must not slip through.
    static Problem clean(const QString &name, QString *path);

    // The name as a message can show it: control characters made visible.
    static QString shown(const QString &name);
};

} // namespace Newsdesk
